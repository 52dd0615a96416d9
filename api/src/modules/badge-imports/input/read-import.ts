import { decodeJwt, decodeProtectedHeader } from 'jose';

import { BadUserInputError } from '../../../common/errors/domain-error.js';
import {
  InvalidPngError,
  isPng,
  unbakePng,
} from '../../credential-exports/baking/png-baking.js';
import {
  InvalidSvgError,
  looksLikeSvg,
  unbakeSvg,
} from '../../credential-exports/baking/svg-baking.js';
import {
  isObject,
  type JsonObject,
} from '../../verification/checks/credential-fields.js';
import { jsonDepthProblem } from '../../verification/json-depth.js';
import { ImportSource } from '../imported-credential.entity.js';
import { unbakeOb2Png, unbakeOb2Svg } from './ob2-baking.js';

/** The largest badge file or text accepted for import. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** What an import contains, before anything is verified. */
export type ReadImport =
  | {
      version: 'ob3';
      /** The credential's JSON or VC-JWT, as stored in `raw_text`. */
      text: string;
      credential: JsonObject;
      /** How the credential arrived, for the FORMAT message. */
      container: string;
    }
  | {
      version: 'ob2';
      kind: 'url';
      url: string;
      text: string;
      container: string;
    }
  | {
      version: 'ob2';
      kind: 'json';
      assertion: JsonObject;
      text: string;
      container: string;
    }
  | {
      version: 'ob2';
      kind: 'jws';
      token: string;
      assertion: JsonObject;
      text: string;
      container: string;
    };

/** A badge file with the image bytes it carries. */
export interface ReadFile {
  read: ReadImport;
  imageType: 'image/png' | 'image/svg+xml';
}

/**
 * Reads pasted text: an Open Badges 3.0 credential (JSON or VC-JWT), an
 * Open Badges 2.0 assertion (JSON or JWS), or a hosted assertion's URL.
 * Raises BadUserInputError naming what is accepted when it is none of them.
 */
export function readText(text: string, container = 'pasted text'): ReadImport {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') {
    throw new BadUserInputError(
      'The text is empty; paste an Open Badges 3.0 credential (JSON or VC-JWT) or an Open Badges 2.0 assertion (JSON or JWS).',
      'input.text',
    );
  }
  if (/^https?:\/\//i.test(trimmed) && !/\s/.test(trimmed)) {
    return {
      version: 'ob2',
      kind: 'url',
      url: trimmed,
      text: trimmed,
      container,
    };
  }
  if (trimmed.startsWith('{')) return readJson(trimmed, container);
  if (COMPACT_JWS.test(trimmed)) return readToken(trimmed, container);
  throw new BadUserInputError(
    'The text is neither JSON (starting with "{"), a JWT or JWS (three base64url parts separated by dots), nor an http(s) URL of a hosted assertion.',
    'input.text',
  );
}

function readJson(text: string, container: string): ReadImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BadUserInputError(
      `The JSON could not be parsed: ${(error as Error).message}.`,
      'input.text',
    );
  }
  if (!isObject(value)) {
    throw new BadUserInputError(
      'The JSON must be one credential or assertion object.',
      'input.text',
    );
  }
  rejectDeepJson(value, 'The JSON');
  if (isOb3(value)) {
    return { version: 'ob3', text, credential: value, container };
  }
  if (isOb2Assertion(value)) {
    return { version: 'ob2', kind: 'json', assertion: value, text, container };
  }
  throw new BadUserInputError(
    'The JSON is neither an Open Badges 3.0 credential (type OpenBadgeCredential) nor an Open Badges 2.0 assertion (type Assertion with recipient and badge).',
    'input.text',
  );
}

function readToken(token: string, container: string): ReadImport {
  let payload: JsonObject;
  try {
    decodeProtectedHeader(token);
    payload = decodeJwt(token) as JsonObject;
  } catch {
    throw new BadUserInputError(
      'The token could not be decoded: its header or payload is not base64url-encoded JSON.',
      'input.text',
    );
  }
  rejectDeepJson(payload, 'The token payload');
  const credential = isObject(payload.vc) ? payload.vc : payload;
  if (isOb3(credential)) {
    return { version: 'ob3', text: token, credential, container };
  }
  if (isOb2Assertion(payload)) {
    return {
      version: 'ob2',
      kind: 'jws',
      token,
      assertion: payload,
      text: token,
      container,
    };
  }
  throw new BadUserInputError(
    'The token carries neither an Open Badges 3.0 credential (a VC-JWT) nor an Open Badges 2.0 assertion (a signed JWS).',
    'input.text',
  );
}

/** Raises BadUserInputError naming the limit when `value` nests too deeply. */
function rejectDeepJson(value: unknown, what: string): void {
  const problem = jsonDepthProblem(value, what);
  if (problem !== null) throw new BadUserInputError(problem, 'input.text');
}

function typesOf(value: JsonObject): unknown[] {
  return Array.isArray(value.type) ? value.type : [value.type];
}

function isOb3(value: JsonObject): boolean {
  const types = typesOf(value);

  return (
    types.includes('OpenBadgeCredential') ||
    types.includes('AchievementCredential')
  );
}

function isOb2Assertion(value: JsonObject): boolean {
  const types = typesOf(value);

  return (
    (types.includes('Assertion') || value.type === undefined) &&
    value.recipient !== undefined &&
    value.badge !== undefined
  );
}

/**
 * Reads a badge file: a PNG or SVG with an Open Badges 3.0 credential or an
 * Open Badges 2.0 assertion baked in. The type is read from the bytes.
 */
export function readFile(bytes: Buffer): ReadFile {
  if (bytes.length === 0) {
    throw new BadUserInputError(
      'The file is empty; upload a baked badge image (PNG or SVG).',
      'file',
    );
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new BadUserInputError(
      `The file is ${(bytes.length / 1048576).toFixed(1)} MiB; badge files may be at most 5 MiB.`,
      'file',
    );
  }
  if (isPng(bytes)) return { read: readPng(bytes), imageType: 'image/png' };
  const text = bytes.toString('utf8');
  if (looksLikeSvg(text)) {
    return { read: readSvg(text), imageType: 'image/svg+xml' };
  }
  throw new BadUserInputError(
    'The file is neither a PNG nor an SVG image; upload a baked badge as PNG or SVG, or paste its JSON or JWT as text.',
    'file',
  );
}

function readPng(bytes: Buffer): ReadImport {
  try {
    const ob3 = unbakePng(bytes);
    if (ob3 !== null) return readText(ob3, 'a baked PNG (Open Badges 3.0)');
    const ob2 = unbakeOb2Png(bytes);
    if (ob2 !== null) return readText(ob2, 'a baked PNG (Open Badges 2.0)');
  } catch (error) {
    if (error instanceof InvalidPngError) {
      throw new BadUserInputError(error.message, 'file');
    }
    throw error;
  }
  throw new BadUserInputError(
    'The PNG has no baked badge: no iTXt chunk "openbadgecredential" (Open Badges 3.0) or "openbadges" (Open Badges 2.0).',
    'file',
  );
}

function readSvg(text: string): ReadImport {
  try {
    const ob3 = unbakeSvg(text);
    if (ob3 !== null) {
      return readText(
        ob3.jwt ?? ob3.json ?? '',
        'a baked SVG (Open Badges 3.0)',
      );
    }
  } catch (error) {
    if (error instanceof InvalidSvgError) {
      throw new BadUserInputError(error.message, 'file');
    }
    throw error;
  }
  const ob2 = unbakeOb2Svg(text);
  if (ob2 !== null) return readText(ob2, 'a baked SVG (Open Badges 2.0)');
  throw new BadUserInputError(
    'The SVG has no baked badge: no <openbadges:credential> (Open Badges 3.0) or <openbadges:assertion> (Open Badges 2.0) element.',
    'file',
  );
}

/** The source recorded for text, from what it turned out to be. */
export function sourceOfText(read: ReadImport): ImportSource {
  if (read.version === 'ob2' && read.kind === 'url') return ImportSource.URL;

  return read.text.trimStart().startsWith('{')
    ? ImportSource.JSON
    : ImportSource.JWT;
}
