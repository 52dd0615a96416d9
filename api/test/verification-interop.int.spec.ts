import { randomUUID } from 'node:crypto';

import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { SignJWT } from 'jose';

import type { AppConfig } from '../src/config/app-config.js';
import { APP_CONFIG } from '../src/config/config.module.js';
import { drawBadgePng } from '../src/modules/credential-exports/baking/badge-png.js';
import { bakePng } from '../src/modules/credential-exports/baking/png-baking.js';
import { bakeSvg } from '../src/modules/credential-exports/baking/svg-baking.js';
import {
  CredentialStatus,
  CredentialType,
} from '../src/modules/credentials/credential.entity.js';
import { CredentialIssuer } from '../src/modules/credentials/credential-issuer.service.js';
import { SHIPPED_CONTEXTS } from '../src/modules/credentials/jsonld/contexts.js';
import { CredentialStatusService } from '../src/modules/credentials/status/credential-status.service.js';
import { createOrganisation, createUser } from './support/accounts.js';
import {
  buildPeerBadge,
  CODING_CLUB,
  createPeerIssuer,
  type PeerIssuer,
} from './support/peer-issuer.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- credential documents are free-form JSON

interface Check {
  check: string;
  outcome: string;
  message: string;
}

interface Result {
  verified: boolean;
  format: string;
  credentialId: string | null;
  achievementName: string | null;
  checks: Check[];
  endorsements: { verified: boolean; checks: Check[] }[];
}

const RESULT_FIELDS = `verified format credentialId name issuerId issuerName
  achievementName validFrom validUntil
  checks { check outcome message }
  endorsements { endorserName endorserId comment verified checks { check outcome message } }`;

const VERIFY = `mutation ($input: VerifyCredentialInput!) {
  verifyCredential(input: $input) { ${RESULT_FIELDS} }
}`;

function peerCredential(issuerId: string, overrides: Json = {}): Json {
  return buildPeerBadge({
    issuerId,
    issuerName: 'Peer Academy',
    name: 'Peer Academy Coding Badge',
    email: 'learner@example.org',
    salt: 'pepper-42',
    subjectId: `urn:uuid:${randomUUID()}`,
    achievement: {
      ...CODING_CLUB,
      alignment: [
        {
          type: ['Alignment'],
          targetName: 'Quality Education',
          targetUrl: 'https://sdgs.un.org/goals/goal4',
          targetFramework: 'UN Sustainable Development Goals',
          targetCode: '4',
        },
      ],
    },
    overrides,
  });
}

function outcome(result: Result, check: string): string | undefined {
  return result.checks.find((entry) => entry.check === check)?.outcome;
}

function message(result: Result, check: string): string {
  return result.checks.find((entry) => entry.check === check)?.message ?? '';
}

describe('verification interop', () => {
  let api: TestApp;
  let peer: PeerIssuer;

  async function verifyText(
    credential: string,
    recipientEmail?: string,
  ): Promise<Result> {
    const response = await api.graphql<{ verifyCredential: Result }>(VERIFY, {
      input: { credential, recipientEmail },
    });
    expect(response.errors).toBeUndefined();

    return response.data!.verifyCredential;
  }

  async function verifyUpload(
    body: Blob | string,
    contentType: string,
    query = '',
  ): Promise<Result> {
    const response = await fetch(`${api.baseUrl}/api/verify${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    expect(response.status).toBe(200);

    return (await response.json()) as Result;
  }

  beforeAll(async () => {
    api = await startTestApp();
    peer = await createPeerIssuer();
  });

  afterAll(async () => {
    await api.close();
  });

  describe('a credential signed by a did:key peer', () => {
    it('verifies with every check reported', async () => {
      const signed = await peer.sign(peerCredential(peer.did));
      const result = await verifyText(
        JSON.stringify(signed),
        'learner@example.org',
      );

      expect(result.format).toBe('JSON_LD');
      expect(outcome(result, 'FORMAT')).toBe('PASSED');
      expect(outcome(result, 'STRUCTURE')).toBe('PASSED');
      expect(outcome(result, 'PROOF')).toBe('PASSED');
      expect(outcome(result, 'ISSUER_KEY')).toBe('PASSED');
      expect(outcome(result, 'STATUS')).toBe('SKIPPED');
      expect(outcome(result, 'VALID_FROM')).toBe('PASSED');
      expect(outcome(result, 'VALID_UNTIL')).toBe('SKIPPED');
      expect(outcome(result, 'RECIPIENT')).toBe('PASSED');
      expect(result.verified).toBe(true);
      expect(result.credentialId).toBe(signed.id);
      expect(result.achievementName).toBe('Coding Club');
    });

    it('fails RECIPIENT for another address', async () => {
      const signed = await peer.sign(peerCredential(peer.did));
      const result = await verifyText(
        JSON.stringify(signed),
        'someone@example.org',
      );

      expect(outcome(result, 'RECIPIENT')).toBe('FAILED');
      expect(message(result, 'RECIPIENT')).toContain('someone@example.org');
      expect(result.verified).toBe(false);
    });

    const tampering: [string, (credential: Json) => void][] = [
      ['name', (credential) => (credential.name = 'Forged Badge')],
      [
        'issuer.name',
        (credential) => (credential.issuer.name = 'Famous University'),
      ],
      [
        'validFrom',
        (credential) => (credential.validFrom = '2024-01-01T00:00:00Z'),
      ],
      [
        'achievement name',
        (credential) =>
          (credential.credentialSubject.achievement.name = 'Brain Surgery'),
      ],
      [
        'an alignment',
        (credential) =>
          (credential.credentialSubject.achievement.alignment[0].targetCode =
            '3'),
      ],
    ];

    it.each(tampering)(
      'fails PROOF when %s changes',
      async (_field, change) => {
        const signed = await peer.sign(peerCredential(peer.did));
        change(signed);
        const result = await verifyText(JSON.stringify(signed));

        expect(outcome(result, 'PROOF')).toBe('FAILED');
        expect(outcome(result, 'ISSUER_KEY')).toBe('PASSED');
        expect(result.verified).toBe(false);
      },
    );

    it('reports expiry apart from the proof', async () => {
      const signed = await peer.sign(
        peerCredential(peer.did, { validUntil: '2025-06-01T00:00:00Z' }),
      );
      const result = await verifyText(JSON.stringify(signed));

      expect(outcome(result, 'VALID_UNTIL')).toBe('FAILED');
      expect(message(result, 'VALID_UNTIL')).toContain('expired');
      expect(outcome(result, 'PROOF')).toBe('PASSED');
      expect(result.verified).toBe(false);
    });

    it('fails ISSUER_KEY for a key it cannot resolve', async () => {
      const issuerId = 'did:web:elsewhere.example';
      const signed = await peer.sign(peerCredential(issuerId), {
        methodId: `${issuerId}#key-1`,
        controller: issuerId,
      });
      const result = await verifyText(JSON.stringify(signed));

      expect(outcome(result, 'ISSUER_KEY')).toBe('FAILED');
      expect(message(result, 'ISSUER_KEY')).toContain('could not be resolved');
      expect(outcome(result, 'PROOF')).not.toBe('PASSED');
      expect(result.verified).toBe(false);
    });

    it("fails ISSUER_KEY for another issuer's key", async () => {
      const other = await createPeerIssuer();
      const signed = await peer.sign(peerCredential(other.did));
      const result = await verifyText(JSON.stringify(signed));

      expect(outcome(result, 'ISSUER_KEY')).toBe('FAILED');
      expect(message(result, 'ISSUER_KEY')).toContain(
        `not to the issuer ${other.did}`,
      );
      expect(outcome(result, 'PROOF')).not.toBe('PASSED');
      expect(result.verified).toBe(false);
    });

    it('verifies a baked PNG through POST /api/verify', async () => {
      const signed = await peer.sign(peerCredential(peer.did));
      const png = bakePng(drawBadgePng('#C5192D', 64), JSON.stringify(signed));
      const result = await verifyUpload(
        new Blob([new Uint8Array(png)]),
        'image/png',
      );

      expect(result.format).toBe('PNG');
      expect(result.verified).toBe(true);
      expect(result.credentialId).toBe(signed.id);
    });

    it('verifies a baked PNG sent as a data URL', async () => {
      const signed = await peer.sign(peerCredential(peer.did));
      const png = bakePng(drawBadgePng('#C5192D', 32), JSON.stringify(signed));
      const result = await verifyText(
        `data:image/png;base64,${png.toString('base64')}`,
      );

      expect(result.format).toBe('PNG');
      expect(result.verified).toBe(true);
    });

    it('verifies a baked SVG through both routes', async () => {
      const signed = await peer.sign(peerCredential(peer.did));
      const svg = bakeSvg(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>',
        signed,
      );
      const upload = await verifyUpload(
        svg,
        'image/svg+xml',
        '?recipientEmail=learner%40example.org',
      );
      const pasted = await verifyText(svg);

      expect(upload.format).toBe('SVG');
      expect(upload.verified).toBe(true);
      expect(outcome(upload, 'RECIPIENT')).toBe('PASSED');
      expect(pasted.format).toBe('SVG');
      expect(pasted.verified).toBe(true);
    });
  });

  describe('a credential issued here', () => {
    let config: AppConfig;
    let organisationId: string;
    let credential: { id: string; document: Json; jwt: string };

    /** Maps this site's public URLs to the test server, for a peer that fetches over HTTP. */
    function localUrl(url: string): string {
      const didWeb = /^did:web:[^#]*:issuers:([0-9a-f-]{36})$/.exec(url);
      if (didWeb !== null)
        return `${api.baseUrl}/issuers/${didWeb[1]}/did.json`;

      return url.replace(config.publicUrl, api.baseUrl);
    }

    /** A document loader like a peer verifier's: contexts offline, the rest over HTTP. */
    async function httpLoader(url: string) {
      const context = SHIPPED_CONTEXTS.get(url);
      if (context !== undefined)
        return { contextUrl: null, documentUrl: url, document: context };
      const [base, fragment] = url.split('#');
      const response = await fetch(localUrl(base!));
      if (!response.ok)
        throw new Error(`GET ${localUrl(base!)} returned ${response.status}`);
      const document = (await response.json()) as Json;
      if (fragment === undefined)
        return { contextUrl: null, documentUrl: url, document };
      const method = (document.verificationMethod as Json[]).find(
        (entry) => entry.id === url,
      );

      return {
        contextUrl: null,
        documentUrl: url,
        document: { '@context': document['@context'], ...method },
      };
    }

    beforeAll(async () => {
      config = api.app.get<AppConfig>(APP_CONFIG);
      organisationId = await createOrganisation(api.dataSource, 'provider', {
        name: 'Blue Mountains Library',
      });
      const awarder = await createUser(api.dataSource);
      const [achievement]: { id: string }[] = await api.dataSource.query(
        `INSERT INTO achievements (organisation_id, name, description, criteria_narrative, achievement_type)
         VALUES ($1, 'Bike Mechanic', 'Repairs bikes safely.', 'Repair three bikes.', 'Badge') RETURNING id`,
        [organisationId],
      );
      await api.dataSource.query(
        'INSERT INTO achievement_sdgs (achievement_id, sdg_number) VALUES ($1, 4), ($1, 11)',
        [achievement!.id],
      );
      const issuer = api.app.get(CredentialIssuer);
      const row = await api.dataSource.transaction((manager) =>
        issuer.issue(manager, {
          type: CredentialType.OPEN_BADGE,
          organisationId,
          issuedById: awarder.id,
          achievementId: achievement!.id,
          recipient: { userId: null, email: 'rider@example.org' },
        }),
      );
      credential = { id: row.id, document: row.document as Json, jwt: row.jwt };
    });

    it('verifies in Learnscape as JSON and as VC-JWT', async () => {
      const json = await verifyText(
        JSON.stringify(credential.document),
        'rider@example.org',
      );
      const jwt = await verifyText(credential.jwt, 'rider@example.org');

      for (const result of [json, jwt]) {
        expect(
          result.checks.filter((check) => check.outcome === 'FAILED'),
        ).toEqual([]);
        expect(outcome(result, 'STATUS')).toBe('PASSED');
        expect(outcome(result, 'RECIPIENT')).toBe('PASSED');
        expect(result.verified).toBe(true);
      }
      expect(json.format).toBe('JSON_LD');
      expect(jwt.format).toBe('VC_JWT');
    });

    it('verifies with @digitalbazaar/vc over HTTP', async () => {
      const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
      const result = await verifyCredential({
        credential: credential.document,
        suite,
        documentLoader: httpLoader,
        checkStatus: (options) =>
          checkStatus({ ...options, suite, documentLoader: httpLoader }),
      });

      expect(result.error).toBeUndefined();
      expect(result.verified).toBe(true);
      expect(result.statusResult?.verified).toBe(true);
    });

    it('fails PROOF for a tampered alignment', async () => {
      const tampered = structuredClone(credential.document);
      tampered.credentialSubject.achievement.alignment[0].targetCode = '5';
      const result = await verifyText(JSON.stringify(tampered));

      expect(outcome(result, 'PROOF')).toBe('FAILED');
      expect(result.verified).toBe(false);
    });

    it('fails PROOF for a tampered VC-JWT payload', async () => {
      const [header, payload, signature] = credential.jwt.split('.');
      const claims = JSON.parse(
        Buffer.from(payload!, 'base64url').toString(),
      ) as Json;
      claims.name = 'Forged';
      const forged = [
        header,
        Buffer.from(JSON.stringify(claims)).toString('base64url'),
        signature,
      ].join('.');
      const result = await verifyText(forged);

      expect(result.format).toBe('VC_JWT');
      expect(outcome(result, 'PROOF')).toBe('FAILED');
      expect(result.verified).toBe(false);
    });

    it('rejects alg none and HS256 tokens', async () => {
      const claims = JSON.parse(
        Buffer.from(credential.jwt.split('.')[1]!, 'base64url').toString(),
      ) as Json;
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${body}.`;
      const hmac = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .sign(new TextEncoder().encode('a shared secret anyone could guess'));

      for (const token of [none, hmac]) {
        const result = await verifyText(token);
        expect(outcome(result, 'PROOF')).toBe('FAILED');
        expect(message(result, 'PROOF')).toContain('only ES256');
        expect(result.verified).toBe(false);
      }
    });

    it('fails STATUS once revoked, here and in @digitalbazaar/vc', async () => {
      await api.app
        .get(CredentialStatusService)
        .changeStatus(
          credential.id,
          CredentialStatus.REVOKED,
          'Awarded in error.',
          null,
        );
      const result = await verifyText(JSON.stringify(credential.document));
      const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
      const peerStatus = await checkStatus({
        credential: credential.document,
        suite,
        documentLoader: httpLoader,
      });

      expect(outcome(result, 'STATUS')).toBe('FAILED');
      expect(message(result, 'STATUS')).toContain('revoked');
      expect(outcome(result, 'PROOF')).toBe('PASSED');
      expect(result.verified).toBe(false);
      const revocation = peerStatus.results?.find(
        (entry) =>
          (entry.credentialStatus as Json).statusPurpose === 'revocation',
      );
      expect(revocation?.status).toBe(true);
    });
  });
});
