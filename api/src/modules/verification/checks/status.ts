import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';

import type { DocumentLoader } from '../../credentials/jsonld/document-loader.js';
import {
  failed,
  passed,
  skipped,
  type VerificationCheck,
  VerificationCheckName,
} from '../verification-result.js';
import {
  asArray,
  isObject,
  issuerIdOf,
  type JsonObject,
  subjectOf,
} from './credential-fields.js';
import { failureMessages } from './data-integrity.js';

const STATUS = VerificationCheckName.STATUS;
const ENTRY_TYPE = 'BitstringStatusListEntry';

/** The outcome of one status entry: set, clear, or why it was not read. */
type EntryResult = { purpose: string; set: boolean } | { error: string };

async function loadStatusList(
  loader: DocumentLoader,
  url: string,
): Promise<JsonObject | string> {
  try {
    const { document } = await loader(url);
    if (isObject(document)) return document;
  } catch {
    // Reported below: an unknown list cannot be read without fetching it.
  }

  return `Status list unavailable: ${url} could not be loaded, so revocation cannot be checked. Only this site's status lists are read; other servers are never contacted.`;
}

/**
 * Verifies a status list credential: its proof, and that the credential's
 * own issuer signed it, since anyone else could publish a list of clear bits.
 */
async function verifyStatusList(
  list: JsonObject,
  url: string,
  issuerId: string | null,
  loader: DocumentLoader,
): Promise<string | null> {
  const result = await verifyCredential({
    credential: list,
    suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    documentLoader: loader,
  });
  if (!result.verified) {
    return `The status list ${url} failed verification: ${failureMessages(result)}.`;
  }
  if (issuerIdOf(list) !== issuerId) {
    return `The status list ${url} was issued by ${issuerIdOf(list) ?? 'nobody'}, not by the credential's issuer ${issuerId ?? '(none)'}.`;
  }

  return null;
}

async function checkEntry(
  entry: JsonObject,
  credential: JsonObject,
  loader: DocumentLoader,
): Promise<EntryResult> {
  if (entry.type !== ENTRY_TYPE) {
    return {
      error: `The status type ${JSON.stringify(entry.type)} is not supported; only ${ENTRY_TYPE} can be checked.`,
    };
  }
  const purpose = String(entry.statusPurpose);
  const url = String(entry.statusListCredential);
  const index =
    typeof entry.statusListIndex === 'string' &&
    /^\d+$/.test(entry.statusListIndex)
      ? Number(entry.statusListIndex)
      : -1;
  if (index < 0)
    return {
      error: `The status entry's statusListIndex ${JSON.stringify(entry.statusListIndex)} is not a non-negative integer string.`,
    };
  const list = await loadStatusList(loader, url);
  if (typeof list === 'string') return { error: list };
  const problem = await verifyStatusList(
    list,
    url,
    issuerIdOf(credential),
    loader,
  );
  if (problem !== null) return { error: problem };
  const subject = subjectOf(list);
  if (
    subject?.statusPurpose !== purpose ||
    typeof subject.encodedList !== 'string'
  ) {
    return {
      error: `The status list ${url} is for ${JSON.stringify(subject?.statusPurpose)}, not ${JSON.stringify(purpose)}.`,
    };
  }
  const bits = await decodeList({ encodedList: subject.encodedList });
  if (index >= bits.length)
    return {
      error: `Index ${index} is outside the status list ${url} of ${bits.length} entries.`,
    };

  return { purpose, set: bits.getStatus(index) };
}

function summarise(results: EntryResult[]): VerificationCheck {
  const error = results.find((result) => 'error' in result);
  if (error !== undefined && 'error' in error)
    return failed(STATUS, error.error);
  const set = results
    .filter((result) => 'set' in result && result.set)
    .map((result) => ('purpose' in result ? result.purpose : ''));
  if (set.includes('revocation'))
    return failed(STATUS, 'The issuer has revoked this credential.');
  if (set.includes('suspension'))
    return failed(
      STATUS,
      'The issuer has suspended this credential; it may be reinstated later.',
    );
  if (set.length > 0)
    return failed(
      STATUS,
      `The issuer has set the status "${set.join('", "')}" on this credential.`,
    );
  const purposes = results.map((result) =>
    'purpose' in result ? result.purpose : '',
  );

  return passed(
    STATUS,
    `Not revoked or suspended: checked the issuer's signed ${purposes.join(' and ')} status lists.`,
  );
}

/** Reads every status entry's bit from the issuer's signed status list. */
export async function checkStatus(
  credential: JsonObject,
  loader: DocumentLoader,
): Promise<VerificationCheck> {
  const entries = asArray(credential.credentialStatus);
  if (entries.length === 0) {
    return skipped(
      STATUS,
      'The credential has no credentialStatus, so its issuer cannot revoke it.',
    );
  }
  const results: EntryResult[] = [];
  for (const entry of entries) {
    results.push(
      isObject(entry)
        ? await checkEntry(entry, credential, loader)
        : { error: 'A credentialStatus entry is not an object.' },
    );
  }

  return summarise(results);
}
