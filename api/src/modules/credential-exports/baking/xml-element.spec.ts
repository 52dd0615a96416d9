import { unbakeOb2Svg } from '../../badge-imports/input/ob2-baking.js';
import { bakeSvg, OB3_SVG_NAMESPACE, unbakeSvg } from './svg-baking.js';
import {
  decodeXmlText,
  findXmlElement,
  findXmlElements,
  xmlElementText,
} from './xml-element.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** About 1 MiB of start tags that are never closed. */
function unclosedStartTags(prefix: string, name: string): string {
  return `<${prefix}:${name}>`.repeat(70_000);
}

describe('findXmlElements', () => {
  it('reads empty and closed elements in order', () => {
    const text = '<a:c verify="x"/><b/><a:c k=\'1\'>body</a:c ><a:cx>no</a:cx>';
    const found = [...findXmlElements(text, 'a:c')];

    expect(found).toHaveLength(2);
    expect(found[0]!.attributes.get('verify')).toBe('x');
    expect(found[0]!.body).toBe('');
    expect(found[1]!.attributes.get('k')).toBe('1');
    expect(found[1]!.body).toBe('body');
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe(
      "<a:c k='1'>body</a:c >",
    );
  });

  it('skips malformed start tags', () => {
    const text = '<a:c verify=x><a:c verify="y"/>';

    expect(findXmlElement(text, 'a:c')?.attributes.get('verify')).toBe('y');
  });

  it('returns null for unclosed start tags', () => {
    expect(
      findXmlElement(unclosedStartTags('ob', 'credential'), 'ob:credential'),
    ).toBeNull();
  });

  it('finds an empty element after unclosed ones', () => {
    const text = `${'<a:c>'.repeat(1000)}<a:c verify="z"/>`;

    expect(findXmlElement(text, 'a:c')?.attributes.get('verify')).toBe('z');
  });
});

describe('xmlElementText', () => {
  it('joins CDATA sections and decoded text', () => {
    expect(xmlElementText(' &lt;<![CDATA[a&amp;]]>b<![CDATA[c]]> ')).toBe(
      '<a&amp;bc',
    );
  });

  it('keeps an unclosed CDATA section as text', () => {
    const body = '<![CDATA['.repeat(100_000);

    expect(xmlElementText(body)).toBe(body);
  });
});

describe('decodeXmlText', () => {
  it('keeps references outside Unicode as written', () => {
    expect(decodeXmlText('&#x110000;&#99999999;&#0;')).toBe(
      '&#x110000;&#99999999;&#0;',
    );
  });

  it('decodes character references', () => {
    expect(decodeXmlText('&#x41;&#66;&quot;')).toBe('AB"');
  });
});

describe('unbaking hostile SVG', () => {
  it('returns null for 1 MiB of unclosed credential tags', () => {
    const svg = `<svg xmlns="${SVG_NS}" xmlns:ob="${OB3_SVG_NAMESPACE}">${unclosedStartTags('ob', 'credential')}`;

    expect(unbakeSvg(svg)).toBeNull();
  });

  it('returns null for 1 MiB of unclosed assertion tags', () => {
    const svg = `<svg xmlns="${SVG_NS}" xmlns:ob="http://openbadges.org">${unclosedStartTags('ob', 'assertion')}`;

    expect(unbakeOb2Svg(svg)).toBeNull();
  });

  it('reads a credential behind many namespace prefixes', () => {
    const prefixes = Array.from(
      { length: 5000 },
      (_, index) => ` xmlns:p${index}="${OB3_SVG_NAMESPACE}"`,
    ).join('');
    const svg = `<svg xmlns="${SVG_NS}"${prefixes}><p0:credential verify="a.b.c"/></svg>`;

    expect(unbakeSvg(svg)).toEqual({ jwt: 'a.b.c' });
  });

  it('replaces every earlier credential when baking', () => {
    const svg = `<svg xmlns="${SVG_NS}" xmlns:openbadges="${OB3_SVG_NAMESPACE}"><openbadges:credential verify="old.old.old"/><openbadges:credential>x</openbadges:credential><rect/></svg>`;
    const baked = bakeSvg(svg, { id: 'urn:x' });

    expect(baked.match(/<openbadges:credential/g)).toHaveLength(1);
    expect(baked).not.toContain('old.old.old');
    expect(unbakeSvg(baked)?.json).toContain('"urn:x"');
  });

  it('bakes into a self-closing root', () => {
    const baked = bakeSvg(`<svg xmlns="${SVG_NS}"  />`, {}, 'h.p.s');

    expect(unbakeSvg(baked)).toEqual({ jwt: 'h.p.s' });
    expect(baked.endsWith('</svg>')).toBe(true);
  });
});
