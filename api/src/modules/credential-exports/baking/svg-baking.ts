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
    .map(([name]) => name.slice('xmlns:'.length));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches a whole `<prefix:credential>` element, empty or with a body. */
function credentialElement(prefix: string, flags = ''): RegExp {
  const name = `${escapeRegExp(prefix)}:credential`;

  return new RegExp(
    `<${name}((?:\\s+[\\w.:-]+\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(?:/>|>([\\s\\S]*?)</${name}\\s*>)`,
    flags,
  );
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes the predefined XML entities and character references. */
function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#'))
      return String.fromCodePoint(Number(name.slice(1)));

    return ENTITIES[name] ?? whole;
  });
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
    text = text.replace(credentialElement(prefix, 'g'), '');
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
    startTag = `${startTag.replace(/\s*\/>$/, '>')}${element}</svg>`;
  } else {
    startTag = `${startTag}${element}`;
  }

  return text.slice(0, root.start) + startTag + text.slice(root.end);
}

/** Joins the CDATA sections and decoded text of an element's body. */
function elementText(body: string): string {
  return body
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlText(part),
    )
    .join('')
    .trim();
}

/**
 * Reads the first baked credential from an SVG, or null when it has none.
 * Raises InvalidSvgError for text that is not an SVG document.
 */
export function unbakeSvg(svg: string): UnbakedSvg | null {
  const text = svg.replace(/^\uFEFF/, '');
  const root = readRootTag(text);
  const matches = badgePrefixes(root)
    .map((prefix) => credentialElement(prefix).exec(text))
    .filter((match) => match !== null)
    .sort((a, b) => a.index - b.index);
  const match = matches[0];
  if (match === undefined) return null;
  const verify = /\sverify\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/.exec(
    match[1] ?? '',
  );
  const jwt = decodeXmlText(verify?.[1] ?? verify?.[2] ?? '').trim();
  if (jwt !== '') return { jwt };
  const json = elementText(match[2] ?? '');

  return json === '' ? null : { json };
}
