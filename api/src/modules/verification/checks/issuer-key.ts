import type { DocumentLoader } from '../../credentials/jsonld/document-loader.js';
import {
  failed,
  passed,
  type VerificationCheck,
  VerificationCheckName,
} from '../verification-result.js';
import { asArray, isObject, type JsonObject } from './credential-fields.js';

export interface ResolvedKey {
  check: VerificationCheck;
  /** The verification method, when it could be loaded. */
  method: JsonObject | null;
}

const ISSUER_KEY = VerificationCheckName.ISSUER_KEY;

async function load(
  loader: DocumentLoader,
  url: string,
): Promise<JsonObject | null> {
  try {
    const { document } = await loader(url);

    return isObject(document) ? document : null;
  } catch {
    return null;
  }
}

function listsMethod(controller: JsonObject, methodId: string): boolean {
  return asArray(controller.assertionMethod).some(
    (entry) => entry === methodId || (isObject(entry) && entry.id === methodId),
  );
}

/**
 * Resolves a proof's verification method through the offline loader and
 * checks that it belongs to the issuer: its controller is the issuer's id
 * and the issuer's DID document lists it for `assertionMethod`.
 */
export async function resolveIssuerKey(
  loader: DocumentLoader,
  methodId: string | null,
  issuerId: string | null,
): Promise<ResolvedKey> {
  if (methodId === null) {
    return {
      check: failed(
        ISSUER_KEY,
        'The proof names no verificationMethod, so the signing key is unknown.',
      ),
      method: null,
    };
  }
  const method = await load(loader, methodId);
  if (method === null) {
    return {
      check: failed(
        ISSUER_KEY,
        `The signing key ${methodId} could not be resolved. Only this site's issuers and did:key keys can be checked; keys are never fetched from other servers.`,
      ),
      method: null,
    };
  }
  const controllerId =
    typeof method.controller === 'string' ? method.controller : null;
  if (controllerId === null || controllerId !== issuerId) {
    return {
      check: failed(
        ISSUER_KEY,
        `The signing key ${methodId} belongs to ${controllerId ?? 'no controller'}, not to the issuer ${issuerId ?? '(none named)'}.`,
      ),
      method,
    };
  }
  const controller = await load(loader, controllerId);
  if (controller === null || !listsMethod(controller, methodId)) {
    return {
      check: failed(
        ISSUER_KEY,
        `The issuer ${controllerId} does not list the key ${methodId} for signing credentials (assertionMethod).`,
      ),
      method,
    };
  }

  return {
    check: passed(
      ISSUER_KEY,
      `The signing key ${methodId} is published by the issuer ${controllerId}.`,
    ),
    method,
  };
}
