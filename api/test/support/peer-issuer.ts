import { createHash, randomUUID } from 'node:crypto';

import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { driver as didKeyDriver } from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalbazaar/vc';

import { createDocumentLoader } from '../../src/modules/credentials/jsonld/document-loader.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- credential documents are free-form JSON

/** Overrides for the proof's verification method, to sign as someone else. */
export interface PeerSignOptions {
  methodId?: string;
  controller?: string;
}

/**
 * An issuer of another platform with its own did:key Ed25519 key, such as
 * anyone can make for themselves.
 */
export interface PeerIssuer {
  did: string;
  /**
   * Signs a copy of `credential` with an eddsa-rdfc-2022 Data Integrity
   * proof. By default the proof names the DID's assertion method.
   */
  sign(credential: Json, options?: PeerSignOptions): Promise<Json>;
}

const contexts = createDocumentLoader([]);

export async function createPeerIssuer(): Promise<PeerIssuer> {
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
  const methodId = methodFor({ purpose: 'assertionMethod' }).id;

  return {
    did: didDocument.id,
    sign(credential, options = {}) {
      key.id = options.methodId ?? methodId;
      key.controller = options.controller ?? didDocument.id;

      return issue({
        credential: structuredClone(credential),
        suite: new DataIntegrityProof({
          signer: key.signer(),
          cryptosuite: eddsaRdfc2022,
        }),
        documentLoader: contexts,
      });
    },
  };
}

export interface PeerAchievement {
  id: string;
  name: string;
  description: string;
  /** The narrative of the achievement's criteria. */
  narrative: string;
  alignment?: Json[];
}

/** The achievement of a typical peer badge. */
export const CODING_CLUB: PeerAchievement = {
  id: 'https://peer.example/achievements/coding',
  name: 'Coding Club',
  description: 'Built and shipped a small web app.',
  narrative: 'Attend six sessions and demo an app.',
};

export interface PeerBadgeOptions {
  issuerId: string;
  issuerName: string;
  achievement: PeerAchievement;
  /** The credential's name, by default the achievement's name. */
  name?: string;
  /**
   * The recipient's e-mail address, written as a salted SHA-256 identity
   * hash. Without it the subject has no identifier.
   */
  email?: string;
  /** The salt of the e-mail hash, by default a random UUID. */
  salt?: string;
  /** The subject's id. By default the subject has none. */
  subjectId?: string;
  /** Top-level properties to add or replace, such as validUntil. */
  overrides?: Json;
}

/** Hashes `email` as an Open Badges 3.0 IdentityObject. */
function hashedEmailIdentity(email: string, salt: string): Json {
  const hash = createHash('sha256')
    .update(email + salt)
    .digest('hex');

  return {
    type: 'IdentityObject',
    identityType: 'emailAddress',
    hashed: true,
    salt,
    identityHash: `sha256$${hash}`,
  };
}

/** Builds an unsigned OpenBadgeCredential as a peer platform would issue it. */
export function buildPeerBadge(options: PeerBadgeOptions): Json {
  const { achievement, email, subjectId } = options;
  const salt = options.salt ?? randomUUID();

  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {
      id: options.issuerId,
      type: ['Profile'],
      name: options.issuerName,
    },
    validFrom: '2025-01-01T00:00:00Z',
    name: options.name ?? achievement.name,
    credentialSubject: {
      ...(subjectId === undefined ? {} : { id: subjectId }),
      type: ['AchievementSubject'],
      ...(email === undefined
        ? {}
        : { identifier: [hashedEmailIdentity(email, salt)] }),
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.narrative },
        ...(achievement.alignment === undefined
          ? {}
          : { alignment: achievement.alignment }),
      },
    },
    ...options.overrides,
  };
}
