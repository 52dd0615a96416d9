import { createHash, randomUUID } from 'node:crypto';

import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { driver as didKeyDriver } from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalbazaar/vc';

import { createDocumentLoader } from '../../src/modules/credentials/jsonld/document-loader.js';
import type { TestUser } from './accounts.js';
import type { TestApp } from './test-app.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- credential documents are free-form JSON

const IMPORT_TEXT = `mutation ($input: ImportBadgeTextInput!) {
  importBadgeText(input: $input) { badge { id status issuerUri } }
}`;

const contexts = createDocumentLoader([]);

/** An issuer with its own did:key, such as anyone can make for themselves. */
export interface DidKeyIssuer {
  did: string;
  sign(credential: Json): Promise<Json>;
}

export async function createDidKeyIssuer(): Promise<DidKeyIssuer> {
  const driver = didKeyDriver() as ReturnType<typeof didKeyDriver> & {
    fromKeyPair(options: { verificationKeyPair: unknown }): Promise<{
      didDocument: { id: string };
      methodFor(options: { purpose: string }): { id: string };
    }>;
  };
  driver.use({
    multibaseMultikeyHeader: 'z6Mk',
    fromMultibase: Ed25519Multikey.from,
  });
  const key = await Ed25519Multikey.generate();
  const { didDocument, methodFor } = await driver.fromKeyPair({
    verificationKeyPair: key,
  });
  key.id = methodFor({ purpose: 'assertionMethod' }).id;
  key.controller = didDocument.id;

  return {
    did: didDocument.id,
    sign: (credential) =>
      issue({
        credential,
        suite: new DataIntegrityProof({
          signer: key.signer(),
          cryptosuite: eddsaRdfc2022,
        }),
        documentLoader: contexts,
      }),
  };
}

export interface BadgeClaim {
  issuerName: string;
  achievementUri: string;
  achievementName: string;
  /** The recipient's e-mail address, written as a salted hash. */
  email: string;
}

/** Signs an OpenBadgeCredential for `claim` as `issuer`. */
export function signBadge(
  issuer: DidKeyIssuer,
  claim: BadgeClaim,
): Promise<Json> {
  const salt = randomUUID();
  const hash = createHash('sha256')
    .update(claim.email + salt)
    .digest('hex');

  return issuer.sign({
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer.did, type: ['Profile'], name: claim.issuerName },
    validFrom: '2025-01-01T00:00:00Z',
    name: claim.achievementName,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          salt,
          identityHash: `sha256$${hash}`,
        },
      ],
      achievement: {
        id: claim.achievementUri,
        type: ['Achievement'],
        name: claim.achievementName,
        description: `${claim.achievementName}, shown in practice.`,
        criteria: { narrative: 'Finish the practical task.' },
      },
    },
  });
}

/**
 * Imports a signed credential into the learner's backpack through
 * `importBadgeText`, as a learner would, and returns the imported badge.
 */
export async function importSigned(
  api: TestApp,
  learner: TestUser,
  credential: Json,
): Promise<{ id: string; status: string; issuerUri: string | null }> {
  const response = await api.graphql<{
    importBadgeText: {
      badge: { id: string; status: string; issuerUri: string | null };
    };
  }>(
    IMPORT_TEXT,
    { input: { text: JSON.stringify(credential) } },
    { cookie: learner.cookie },
  );
  if (response.errors !== undefined) {
    throw new Error(`importBadgeText failed: ${response.errors[0]!.message}`);
  }

  return response.data!.importBadgeText.badge;
}
