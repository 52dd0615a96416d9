import { jsonDepthProblem } from '../../verification/json-depth.js';
import { ImsxError } from './imsx-error.js';

const OB3_TYPES = ['OpenBadgeCredential', 'AchievementCredential'];
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function invalid(message: string): never {
  throw new ImsxError(400, 'invalid_data', message);
}

function hasOb3Type(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  const types = Array.isArray(type) ? type : [type];

  return types.some((entry) => OB3_TYPES.includes(entry as string));
}

function parseJson(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid(`${what} is not valid JSON.`);
  }
  const tooDeep = jsonDepthProblem(value, what);

  return tooDeep === null ? value : invalid(tooDeep);
}

/**
 * Checks that the body is an Open Badges 3.0 credential, as JSON or as a
 * VC-JWT, before it is verified; upsertCredential takes nothing else.
 */
export function checkCredentialShape(text: string): void {
  const trimmed = text.trim();
  if (trimmed === '') {
    invalid(
      'The request body is empty; send an OpenBadgeCredential as JSON or as a compact JWS.',
    );
  }
  if (trimmed.startsWith('{')) {
    if (!hasOb3Type(parseJson(trimmed, 'The credential'))) {
      invalid(
        "The credential's type must include OpenBadgeCredential or AchievementCredential.",
      );
    }

    return;
  }
  if (!COMPACT_JWS.test(trimmed)) {
    invalid(
      'The body is neither a JSON credential nor a compact JWS (header.payload.signature).',
    );
  }
  const payloadText = Buffer.from(trimmed.split('.')[1]!, 'base64url').toString(
    'utf8',
  );
  const payload = parseJson(payloadText, 'The JWS payload') as {
    vc?: unknown;
  } | null;
  if (!hasOb3Type(payload) && !hasOb3Type(payload?.vc)) {
    invalid(
      'The JWS payload must be an OpenBadgeCredential or AchievementCredential.',
    );
  }
}
