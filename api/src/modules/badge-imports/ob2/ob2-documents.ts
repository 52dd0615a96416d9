import {
  isObject,
  type JsonObject,
} from '../../verification/checks/credential-fields.js';
import { jsonDepthProblem } from '../../verification/json-depth.js';
import {
  FetchRejectedError,
  type SafeFetcher,
} from '../safe-fetch/safe-fetcher.js';

/** Media types Open Badges 2.0 documents are served as. */
export const JSON_TYPES = ['application/ld+json', 'application/json'];

export type Loaded =
  | { ok: true; document: JsonObject; status: number }
  | { ok: false; reason: string; status?: number; body?: JsonObject };

/**
 * Fetches a JSON document through the guarded fetcher. HTTP 410 is passed
 * back with its body, because a hosted assertion answers 410 when revoked.
 */
export async function loadJson(
  fetcher: SafeFetcher,
  url: string,
): Promise<Loaded> {
  let fetched;
  try {
    fetched = await fetcher.fetch({
      url,
      accept: 'application/ld+json, application/json',
      allowedTypes: JSON_TYPES,
      acceptStatuses: [410],
    });
  } catch (error) {
    if (error instanceof FetchRejectedError) {
      return { ok: false, reason: error.message };
    }
    throw error;
  }
  const body = parseObject(fetched.body);
  if (fetched.status === 410) {
    return {
      ok: false,
      status: 410,
      reason: `${url} answered HTTP 410 Gone: the issuer has revoked it.`,
      ...(body === null ? {} : { body }),
    };
  }
  if (body === null) {
    return { ok: false, reason: `${url} did not return a JSON object.` };
  }
  const tooDeep = jsonDepthProblem(body, `The JSON from ${url}`);
  if (tooDeep !== null) return { ok: false, reason: tooDeep };

  return { ok: true, document: body, status: fetched.status };
}

function parseObject(body: Buffer): JsonObject | null {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));

    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}
