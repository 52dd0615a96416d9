import { inflateSync } from 'node:zlib';

import {
  InvalidPngError,
  readPngChunks,
} from '../../credential-exports/baking/png-baking.js';
import {
  findXmlElement,
  MAX_PREFIXES_READ,
  xmlElementText,
} from '../../credential-exports/baking/xml-element.js';

/** The PNG text keyword Open Badges 2.0 bakes an assertion under. */
const OB2_KEYWORD = 'openbadges';

/** The XML namespace of the Open Badges 2.0 `assertion` element in SVG. */
export const OB2_SVG_NAMESPACE = 'http://openbadges.org';

/**
 * Reads an Open Badges 2.0 baked PNG: the text of an `iTXt` (or older
 * `tEXt`) chunk with keyword `openbadges`, which holds the assertion's
 * JSON, a signed JWS or the hosted assertion's URL. Returns null when the
 * PNG has none; raises InvalidPngError for a damaged PNG.
 */
export function unbakeOb2Png(png: Buffer): string | null {
  for (const chunk of readPngChunks(png)) {
    const keywordEnd = chunk.data.indexOf(0);
    if (keywordEnd < 0) continue;
    const keyword = chunk.data.toString('latin1', 0, keywordEnd);
    if (keyword !== OB2_KEYWORD) continue;
    if (chunk.type === 'tEXt') {
      return chunk.data.toString('latin1', keywordEnd + 1);
    }
    if (chunk.type === 'iTXt') return itxtText(chunk.data, keywordEnd);
  }

  return null;
}

/** Reads iTXt text after the keyword: flags, language and translated keyword. */
function itxtText(data: Buffer, keywordEnd: number): string {
  const compressed = data[keywordEnd + 1] === 1;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) {
    throw new InvalidPngError(
      'The PNG iTXt chunk "openbadges" is truncated before its text.',
    );
  }
  const text = data.subarray(translatedEnd + 1);
  try {
    return (
      compressed ? inflateSync(text, { maxOutputLength: 1 << 20 }) : text
    ).toString('utf8');
  } catch {
    throw new InvalidPngError(
      'The PNG iTXt chunk "openbadges" is compressed but cannot be inflated.',
    );
  }
}

/** Declarations of namespace prefixes, such as `xmlns:openbadges="…"`. */
const NAMESPACE_DECLARATION =
  /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

/**
 * Reads an Open Badges 2.0 baked SVG: the `<prefix:assertion>` element
 * whose prefix the document binds to http://openbadges.org. The `verify`
 * attribute holds a signed JWS or the hosted URL; otherwise the body holds
 * the assertion's JSON. Returns null when the SVG has no such element.
 */
export function unbakeOb2Svg(svg: string): string | null {
  const prefixes = new Set(
    [...svg.matchAll(NAMESPACE_DECLARATION)]
      .filter(
        (match) =>
          (match[2] ?? match[3] ?? '').replace(/\/$/, '') === OB2_SVG_NAMESPACE,
      )
      .map((match) => match[1]!),
  );
  for (const prefix of [...prefixes].slice(0, MAX_PREFIXES_READ)) {
    const element = findXmlElement(svg, `${prefix}:assertion`);
    if (element === null) continue;
    const attribute = (element.attributes.get('verify') ?? '').trim();
    if (attribute !== '') return attribute;
    const body = xmlElementText(element.body);
    if (body !== '') return body;
  }

  return null;
}
