/**
 * Linear-time reading of one kind of XML element in a document handled as
 * text. Regular expressions with a lazy body, tried at every start tag,
 * take time that grows with the square of the document's size, so these
 * helpers find tags with indexOf and read each byte a bounded number of
 * times.
 */

/**
 * The most namespace prefixes read for one element name. Each prefix
 * costs one pass over the document, so a document declaring thousands of
 * prefixes for one namespace must not cost thousands of passes.
 */
export const MAX_PREFIXES_READ = 16;

/** One element found by `findXmlElements`, with offsets into the text. */
export interface XmlElement {
  /** Offset of the element's `<`. */
  start: number;
  /** Offset just past the element's end tag, or its `/>`. */
  end: number;
  /** The start tag's attributes, by qualified name, with entities decoded. */
  attributes: Map<string, string>;
  /** The raw text between the start and end tags; '' when self-closing. */
  body: string;
}

const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const END_TAG_CLOSE = /\s*>/y;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Decodes the predefined XML entities and character references. A
 * reference to a code point outside Unicode is kept as written.
 */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (/^#x/i.test(name)) {
      return safeCodePoint(parseInt(name.slice(2), 16), whole);
    }
    if (name.startsWith('#')) {
      return safeCodePoint(Number(name.slice(1)), whole);
    }

    return ENTITIES[name] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}

/** Joins the CDATA sections and decoded text of an element's body. */
export function xmlElementText(body: string): string {
  const parts: string[] = [];
  let offset = 0;
  while (offset < body.length) {
    const open = body.indexOf('<![CDATA[', offset);
    if (open < 0) break;
    const close = body.indexOf(']]>', open + 9);
    if (close < 0) break;
    parts.push(decodeXmlText(body.slice(offset, open)));
    parts.push(body.slice(open + 9, close));
    offset = close + 3;
  }
  parts.push(decodeXmlText(body.slice(offset)));

  return parts.join('').trim();
}

/**
 * Reads the attributes of a start tag from just past its name. Returns
 * null when the tag is malformed, else the attributes, the offset past
 * its `>` and whether it closes itself.
 */
function readStartTag(
  text: string,
  offset: number,
): { attributes: Map<string, string>; end: number; empty: boolean } | null {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = offset;
  for (let match = ATTRIBUTE.exec(text); match; match = ATTRIBUTE.exec(text)) {
    attributes.set(match[1]!, decodeXmlText(match[2] ?? match[3] ?? ''));
    offset = ATTRIBUTE.lastIndex;
  }
  TAG_END.lastIndex = offset;
  const close = TAG_END.exec(text);
  if (close === null) return null;

  return { attributes, end: TAG_END.lastIndex, empty: close[1] === '/' };
}

/** True when `name` ends at `offset`: followed by space, `/` or `>`. */
function nameEndsAt(text: string, offset: number): boolean {
  const next = text.charAt(offset);

  return next === '>' || next === '/' || /\s/.test(next);
}

/** Offset of the first `</name>` at or after `from`, with its end, or null. */
function findEndTag(
  text: string,
  name: string,
  from: number,
): { start: number; end: number } | null {
  const marker = `</${name}`;
  for (
    let start = text.indexOf(marker, from);
    start >= 0;
    start = text.indexOf(marker, start + marker.length)
  ) {
    END_TAG_CLOSE.lastIndex = start + marker.length;
    if (END_TAG_CLOSE.exec(text) !== null) {
      return { start, end: END_TAG_CLOSE.lastIndex };
    }
  }

  return null;
}

/**
 * Yields the `<name>` elements of `text` in document order, each empty
 * (`<name/>`) or running to the first `</name>` after its start tag, as
 * the document's elements of one name do not nest. Malformed start tags
 * are skipped. Runs in time linear in the text's length: once no end tag
 * follows a start tag, none follows any later one either, so only empty
 * elements can still be found.
 */
export function* findXmlElements(
  text: string,
  name: string,
): Generator<XmlElement> {
  const marker = `<${name}`;
  let endTagMissing = false;
  let offset = 0;
  for (;;) {
    const start = text.indexOf(marker, offset);
    if (start < 0) return;
    offset = start + marker.length;
    if (!nameEndsAt(text, offset)) continue;
    const tag = readStartTag(text, offset);
    if (tag === null) continue;
    if (tag.empty) {
      yield { start, end: tag.end, attributes: tag.attributes, body: '' };
      offset = tag.end;
      continue;
    }
    const endTag = endTagMissing ? null : findEndTag(text, name, tag.end);
    if (endTag === null) {
      endTagMissing = true;
      continue;
    }
    const body = text.slice(tag.end, endTag.start);
    yield { start, end: endTag.end, attributes: tag.attributes, body };
    offset = endTag.end;
  }
}

/** The first `<name>` element of `text`, or null; see `findXmlElements`. */
export function findXmlElement(text: string, name: string): XmlElement | null {
  for (const element of findXmlElements(text, name)) return element;

  return null;
}
