import {
  InvalidPngError,
  isPng,
  unbakePng,
} from '../credential-exports/baking/png-baking.js';
import {
  InvalidSvgError,
  looksLikeSvg,
  unbakeSvg,
} from '../credential-exports/baking/svg-baking.js';
import { jsonDepthProblem } from './json-depth.js';
import { CredentialFormat } from './verification-result.js';

/** A compact JWS: three base64url segments separated by dots. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** A PNG pasted as a data URL, as a browser's FileReader produces. */
const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/=\s]+)$/;

export type DecodedPayload =
  | { kind: 'json'; credential: Record<string, unknown> }
  | { kind: 'jwt'; token: string };

export type DecodedInput =
  | { format: CredentialFormat; payload: DecodedPayload; container: string }
  | { format: CredentialFormat; error: string };

/** Describes what was inside a baked image, for the FORMAT message. */
function containerOf(payload: DecodedPayload): string {
  if (payload.kind === 'jwt') return 'a VC-JWT (compact JWS)';

  return 'proof' in payload.credential
    ? 'a JSON-LD credential with an embedded proof'
    : 'a JSON-LD credential without an embedded proof';
}

/** Parses text as a JSON credential or a compact JWS. */
function decodeText(
  text: string,
): { payload: DecodedPayload } | { error: string } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      return {
        error: `The JSON could not be parsed: ${(error as Error).message}.`,
      };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { error: 'The JSON must be one credential object.' };
    }
    const tooDeep = jsonDepthProblem(value);
    if (tooDeep !== null) return { error: tooDeep };
    if (!('@context' in value) && !('type' in value)) {
      return {
        error:
          'The JSON object has neither "@context" nor "type", so it is not a credential.',
      };
    }

    return {
      payload: { kind: 'json', credential: value as Record<string, unknown> },
    };
  }
  if (COMPACT_JWS.test(trimmed)) {
    return { payload: { kind: 'jwt', token: trimmed } };
  }

  return {
    error:
      'The text is neither a JSON credential (starting with "{") nor a VC-JWT (three base64url parts separated by dots).',
  };
}

function decodePng(bytes: Buffer): DecodedInput {
  let text: string | null;
  try {
    text = unbakePng(bytes);
  } catch (error) {
    if (!(error instanceof InvalidPngError)) throw error;

    return { format: CredentialFormat.PNG, error: error.message };
  }
  if (text === null) {
    return {
      format: CredentialFormat.PNG,
      error:
        'The PNG image has no baked credential: no iTXt chunk with the keyword "openbadgecredential".',
    };
  }
  const decoded = decodeText(text);

  return 'error' in decoded
    ? {
        format: CredentialFormat.PNG,
        error: `The PNG's baked credential is unreadable. ${decoded.error}`,
      }
    : {
        format: CredentialFormat.PNG,
        payload: decoded.payload,
        container: containerOf(decoded.payload),
      };
}

function decodeSvg(text: string): DecodedInput {
  let baked: { json?: string; jwt?: string } | null;
  try {
    baked = unbakeSvg(text);
  } catch (error) {
    if (!(error instanceof InvalidSvgError)) throw error;

    return { format: CredentialFormat.SVG, error: error.message };
  }
  if (baked === null) {
    return {
      format: CredentialFormat.SVG,
      error:
        'The SVG image has no baked credential: no <openbadges:credential> element in the https://purl.imsglobal.org/ob/v3p0 namespace.',
    };
  }
  const decoded = decodeText(baked.jwt ?? baked.json ?? '');

  return 'error' in decoded
    ? {
        format: CredentialFormat.SVG,
        error: `The SVG's baked credential is unreadable. ${decoded.error}`,
      }
    : {
        format: CredentialFormat.SVG,
        payload: decoded.payload,
        container: containerOf(decoded.payload),
      };
}

/**
 * Works out what was submitted from its content, not from its declared
 * type alone: a PNG by its signature, an SVG by its root element, JSON by
 * its opening brace, a VC-JWT by its three segments.
 */
export function decodeInput(input: {
  text?: string;
  bytes?: Buffer;
  contentType?: string;
}): DecodedInput {
  const bytes = input.bytes ?? null;
  if (bytes !== null && isPng(bytes)) return decodePng(bytes);
  const text = input.text ?? bytes?.toString('utf8') ?? '';
  const dataUrl = PNG_DATA_URL.exec(text.trim());
  if (dataUrl !== null) return decodePng(Buffer.from(dataUrl[1]!, 'base64'));
  if (looksLikeSvg(text)) return decodeSvg(text);
  const unreadable = unreadableText(text, input.contentType);
  if (unreadable !== null) {
    return { format: CredentialFormat.UNKNOWN, error: unreadable };
  }
  const decoded = decodeText(text);
  if ('error' in decoded) {
    return { format: CredentialFormat.UNKNOWN, error: decoded.error };
  }
  const format =
    decoded.payload.kind === 'json'
      ? CredentialFormat.JSON_LD
      : CredentialFormat.VC_JWT;

  return {
    format,
    payload: decoded.payload,
    container: containerOf(decoded.payload),
  };
}

/**
 * Says why text that is neither a PNG nor an SVG cannot be a credential
 * before it is parsed: nothing sent, an image of another kind, or a
 * data: URL that is not a base64 PNG.
 */
function unreadableText(
  text: string,
  contentType: string | undefined,
): string | null {
  if (text.trim() === '') {
    return 'Nothing was submitted; paste a credential or upload a badge image.';
  }
  if (contentType?.toLowerCase().trim().startsWith('image/') === true) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('{') && !COMPACT_JWS.test(trimmed)) {
      return `The upload was sent as ${contentType} but is neither a PNG nor an SVG image; badge images must be PNG or SVG.`;
    }
  }
  if (/^data:/i.test(text.trim())) {
    return 'The data: URL could not be read; a badge image must be given as data:image/png;base64, followed by the PNG in base64.';
  }

  return null;
}
