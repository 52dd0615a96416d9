import { createHash, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';

import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { driver as didKeyDriver } from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalbazaar/vc';

// The API's build (made by `npm run build` before these tests) supplies the
// shipped JSON-LD contexts and the PNG baking, so this file signs exactly
// as another platform would, without network access.
import { drawBadgePng } from '../../api/dist/modules/credential-exports/baking/badge-png.js';
import { bakePng } from '../../api/dist/modules/credential-exports/baking/png-baking.js';
import { createDocumentLoader } from '../../api/dist/modules/credentials/jsonld/document-loader.js';

export interface ExternalBadge {
  /** The Achievement id, which a pathway step can name. */
  achievementId: string;
  achievementName: string;
  issuerName: string;
  recipientEmail: string;
}

/**
 * Writes a baked PNG of an Open Badges 3.0 credential signed by a new
 * did:key issuer, as a badge from another platform would arrive, and
 * returns the issuer's id.
 */
export async function writeExternalBadgePng(
  badge: ExternalBadge,
  file: string,
): Promise<string> {
  // The package's types leave out fromKeyPair, which it has.
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
  const salt = randomUUID();
  const credential = {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: didDocument.id, type: ['Profile'], name: badge.issuerName },
    validFrom: new Date(Date.now() - 86_400_000).toISOString(),
    name: badge.achievementName,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          salt,
          identityHash: `sha256$${createHash('sha256')
            .update(badge.recipientEmail + salt)
            .digest('hex')}`,
        },
      ],
      achievement: {
        id: badge.achievementId,
        type: ['Achievement'],
        name: badge.achievementName,
        description: 'Completed a first aid course with practical tests.',
        criteria: { narrative: 'Pass the practical and written tests.' },
      },
    },
  };
  const signed = await issue({
    credential,
    suite: new DataIntegrityProof({
      signer: key.signer(),
      cryptosuite: eddsaRdfc2022,
    }),
    documentLoader: createDocumentLoader([]),
  });
  writeFileSync(file, bakePng(drawBadgePng('#c5192d'), JSON.stringify(signed)));

  return didDocument.id;
}
