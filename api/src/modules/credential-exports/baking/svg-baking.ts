import {
  decodeXmlText,
  findXmlElement,
  findXmlElements,
  MAX_PREFIXES_READ,
  xmlElementText,
} from './xml-element.js';

/** The XML namespace Open Badges 3.0 bakes credentials under in SVG. */
export const OB3_SVG_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';

/** An SVG that cannot be read, with the reason a person can act on. */
export class InvalidSvgError extends Error {}

export interface UnbakedSvg {
  /** The credential's JSON, from the element's CDATA body. */
  json?: string;
  /** The compact JWS, from the element's `verify` attribute. */
  jwt?: string;
}

interface RootTag {
  /** Offset of `<svg`. */
  start: number;
  /** Offset just past the tag's `>`. */
  end: number;
  /** The tag's attributes, by qualified name, with entities decoded. */
  attributes: Map<string, string>;
  selfClosing: boolean;
}

const PROLOG =
  /^(?:\s+|<\?xml[^?]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*/i;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** Returns true when the text starts like an SVG document. */
export function looksLikeSvg(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '');
  const prolog = PROLOG.exec(body)?.[0].length ?? 0;

  return /^<svg[\s>/]/.test(body.slice(prolog));
}

/**
 * Finds the root `<svg>` start tag after the XML declaration, comments and
 * doctype, and reads its attributes. The SVG is handled as text, never
 * parsed with entity expansion, so a hostile doctype cannot pull in files.
 */
function readRootTag(svg: string): RootTag {
  const start = PROLOG.exec(svg)?.[0].length ?? 0;
  if (!/^<svg[\s>/]/.test(svg.slice(start))) {
    throw new InvalidSvgError(
      'The file is not an SVG image: its root element must be <svg>.',
    );
  }
  const attributes = new Map<string, string>();
  let offset = start + 4;
  ATTRIBUTE.lastIndex = offset;
  for (let match = ATTRIBUTE.exec(svg); match; match = ATTRIBUTE.exec(svg)) {
    attributes.set(match[1]!, decodeXmlText(match[2] ?? match[3] ?? ''));
    offset = ATTRIBUTE.lastIndex;
  }
  const close = /^\s*(\/?)>/.exec(svg.slice(offset));
  if (close === null) {
    throw new InvalidSvgError(
      'The SVG start tag is malformed: expected attributes in quotes and a closing ">".',
    );
  }
  if (attributes.get('xmlns') !== 'http://www.w3.org/2000/svg') {
    throw new InvalidSvgError(
      'The SVG root element must declare xmlns="http://www.w3.org/2000/svg".',
    );
  }

  return {
    start,
    end: offset + close[0].length,
    attributes,
    selfClosing: close[1] === '/',
  };
}

/** Prefixes the root tag binds to the Open Badges 3.0 namespace. */
function badgePrefixes(root: RootTag): string[] {
  return [...root.attributes]
    .filter(
      ([name, value]) =>
        name.startsWith('xmlns:') && value === OB3_SVG_NAMESPACE,
    )
    .map(([name]) => name.slice('xmlns:'.length))
    .slice(0, MAX_PREFIXES_READ);
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;');
}

/** Builds the `<openbadges:credential>` element for the credential. */
function bakedElement(credential: object, jwt: string | undefined): string {
  if (jwt !== undefined) {
    return `<openbadges:credential verify="${escapeAttribute(jwt)}"></openbadges:credential>`;
  }
  // "]]>" would end the CDATA section early, so it is split across two.
  const json = JSON.stringify(credential, null, 2).replaceAll(
    ']]>',
    ']]]]><![CDATA[>',
  );

  return `<openbadges:credential><![CDATA[${json}]]></openbadges:credential>`;
}

/**
 * Bakes a credential into an SVG: declares the `openbadges` namespace on
 * the root and puts an `<openbadges:credential>` element first inside it,
 * with the compact JWS in its `verify` attribute when `jwt` is given, or
 * else the JSON in a CDATA section. An existing credential is replaced.
 */
export function bakeSvg(svg: string, credential: object, jwt?: string): string {
  let text = svg.replace(/^\uFEFF/, '');
  for (const prefix of new Set([
    'openbadges',
    ...badgePrefixes(readRootTag(text)),
  ])) {
    text = withoutElements(text, `${prefix}:credential`);
  }
  const root = readRootTag(text);
  let startTag = text.slice(root.start, root.end);
  if (root.attributes.has('xmlns:openbadges')) {
    startTag = startTag.replace(
      /(\sxmlns:openbadges\s*=\s*)(?:"[^"]*"|'[^']*')/,
      `$1"${OB3_SVG_NAMESPACE}"`,
    );
  } else {
    startTag = startTag.replace(
      /^<svg/,
      `<svg xmlns:openbadges="${OB3_SVG_NAMESPACE}"`,
    );
  }
  const element = bakedElement(credential, jwt);
  if (root.selfClosing) {
    // The tag ends in "/>", as readRootTag found; it becomes a start tag.
    const open = startTag.slice(0, startTag.lastIndexOf('/')).trimEnd();
    startTag = `${open}>${element}</svg>`;
  } else {
    startTag = `${startTag}${element}`;
  }

  return text.slice(0, root.start) + startTag + text.slice(root.end);
}

/** Removes every `<name>` element from the text. */
function withoutElements(text: string, name: string): string {
  const parts: string[] = [];
  let offset = 0;
  for (const element of findXmlElements(text, name)) {
    parts.push(text.slice(offset, element.start));
    offset = element.end;
  }
  parts.push(text.slice(offset));

  return parts.join('');
}

/**
 * Reads the first baked credential from an SVG, or null when it has none.
 * Raises InvalidSvgError for text that is not an SVG document.
 */
export function unbakeSvg(svg: string): UnbakedSvg | null {
  const text = svg.replace(/^\uFEFF/, '');
  const root = readRootTag(text);
  const elements = badgePrefixes(root)
    .map((prefix) => findXmlElement(text, `${prefix}:credential`))
    .filter((element) => element !== null)
    .sort((a, b) => a.start - b.start);
  const element = elements[0];
  if (element === undefined) return null;
  const jwt = (element.attributes.get('verify') ?? '').trim();
  if (jwt !== '') return { jwt };
  const json = xmlElementText(element.body);

  return json === '' ? null : { json };
}
