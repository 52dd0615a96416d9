import { randomUUID } from 'node:crypto';

import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

import { CredentialType } from '../src/modules/credentials/credential.entity.js';
import { CredentialIssuer } from '../src/modules/credentials/credential-issuer.service.js';
import { createOrganisation } from './support/accounts.js';
import {
  buildPeerBadge,
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
  issuerId: string | null;
  issuerName: string | null;
  issuerKnown: boolean;
  checks: Check[];
}

const VERIFY = `mutation ($input: VerifyCredentialInput!) {
  verifyCredential(input: $input) {
    verified format issuerId issuerName issuerKnown
    checks { check outcome message }
  }
}`;

function badge(issuerId: string, issuerName: string): Json {
  return buildPeerBadge({
    issuerId,
    issuerName,
    subjectId: `urn:uuid:${randomUUID()}`,
    achievement: {
      id: 'https://peer.example/achievements/bushcare',
      name: 'Bushcare Volunteer',
      description: 'Helped restore native bushland.',
      narrative: 'Attend four working bees.',
    },
    overrides: { validUntil: '2040-01-01T00:00:00Z' },
  });
}

function check(result: Result, name: string): Check {
  return result.checks.find((entry) => entry.check === name)!;
}

/** An RS256 VC-JWT whose `jwk` header carries a key no issuer publishes. */
async function rs256Token(
  credential: Json,
  extraHeader: Record<string, unknown> = {},
): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', {
    extractable: true,
  });
  const jwk: JWK = await exportJWK(publicKey);

  return new SignJWT({
    ...credential,
    iss: credential.issuer.id,
    jti: credential.id,
    sub: credential.credentialSubject.id,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', jwk, ...extraHeader })
    .setNotBefore(new Date(credential.validFrom))
    .setExpirationTime(new Date(credential.validUntil))
    .sign(privateKey);
}

function unsignedToken(header: Json, payload: Json): string {
  const part = (value: Json) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');

  return `${part(header)}.${part(payload)}.`;
}

describe('verification trust and messages', () => {
  let api: TestApp;
  let signer: PeerIssuer;

  async function verify(credential: string): Promise<Result> {
    const response = await api.graphql<{ verifyCredential: Result }>(VERIFY, {
      input: { credential },
    });
    expect(response.errors).toBeUndefined();

    return response.data!.verifyCredential;
  }

  function upload(body: string, contentType: string): Promise<Response> {
    return fetch(`${api.baseUrl}/api/verify`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
  }

  beforeAll(async () => {
    api = await startTestApp();
    signer = await createPeerIssuer();
  });

  afterAll(async () => {
    await api.close();
  });

  describe('issuer names', () => {
    let councilId: string;

    beforeAll(async () => {
      councilId = await createOrganisation(api.dataSource, 'council', {
        name: `Blue Mountains Council ${randomUUID().slice(0, 6)}`,
      });
    });

    it('marks an issuer that only names itself after a council as unknown', async () => {
      const signed = await signer.sign(
        badge(signer.did, 'Blue Mountains Council'),
      );
      const result = await verify(JSON.stringify(signed));

      expect(result.verified).toBe(true);
      expect(result.issuerKnown).toBe(false);
      expect(result.issuerId).toBe(signer.did);
      expect(result.issuerName).toBe('Blue Mountains Council');
    });

    it("takes a known issuer's name from this site, not from the credential", async () => {
      const row = await api.dataSource.transaction((manager) =>
        api.app.get(CredentialIssuer).issue(manager, {
          type: CredentialType.ENDORSEMENT,
          organisationId: councilId,
          issuedById: null,
          endorsedOrganisationId: councilId,
          endorsementComment: 'Runs careful programmes.',
        }),
      );
      await api.dataSource.query(
        'UPDATE organisations SET name = $2 WHERE id = $1',
        [councilId, 'Renamed Council'],
      );
      const result = await verify(JSON.stringify(row.document));

      expect(result.issuerKnown).toBe(true);
      expect(result.issuerName).toBe('Renamed Council');
      // A standalone EndorsementCredential is checked as one.
      expect(check(result, 'STRUCTURE')).toMatchObject({
        outcome: 'PASSED',
        message: expect.stringContaining('EndorsementCredential'),
      });
      expect(result.verified).toBe(true);
      const jwt = await verify(row.jwt);
      expect(jwt.verified).toBe(true);
      expect(jwt.issuerKnown).toBe(true);
    });
  });

  describe('VC-JWT', () => {
    it('checks an RS256 signature but not trust in a key no issuer publishes', async () => {
      const result = await verify(
        await rs256Token(badge(signer.did, 'Peer Academy')),
      );

      expect(result.format).toBe('VC_JWT');
      expect(check(result, 'PROOF')).toMatchObject({
        outcome: 'PASSED',
        message: expect.stringContaining('RS256'),
      });
      expect(check(result, 'ISSUER_KEY').outcome).toBe('FAILED');
      expect(result.verified).toBe(false);
    });

    it('rejects a header parameter Open Badges does not allow', async () => {
      const result = await verify(
        await rs256Token(badge(signer.did, 'Peer Academy'), {
          jku: 'https://attacker.example/keys.json',
        }),
      );

      expect(check(result, 'PROOF')).toMatchObject({
        outcome: 'FAILED',
        message: expect.stringContaining('"jku"'),
      });
      expect(check(result, 'STRUCTURE').outcome).toBe('PASSED');
      expect(result.verified).toBe(false);
    });

    it.each([
      [{ alg: 'none' }, 'only ES256 and RS256'],
      [{ alg: 'HS256' }, 'only ES256 and RS256'],
      [{ alg: 'ES256', typ: 'vc+ld' }, '"typ"'],
    ])('says what is wrong with header %j', async (header, words) => {
      const credential = badge(signer.did, 'Peer Academy');
      const result = await verify(unsignedToken(header, credential));

      expect(check(result, 'PROOF')).toMatchObject({
        outcome: 'FAILED',
        message: expect.stringContaining(words),
      });
      expect(check(result, 'STRUCTURE').message).not.toContain('no credential');
    });
  });

  describe('messages', () => {
    it('reports a changed date as a signature problem in plain words', async () => {
      const signed = await signer.sign(badge(signer.did, 'Peer Academy'));
      const result = await verify(
        JSON.stringify({ ...signed, validUntil: '2024-01-01T00:00:00Z' }),
      );
      const proof = check(result, 'PROOF');

      expect(proof.outcome).toBe('FAILED');
      expect(proof.message).toContain('changed after it was signed');
      expect(proof.message).not.toContain('current date time');
    });

    it('names a context the verifier does not have', async () => {
      const signed = await signer.sign(badge(signer.did, 'Peer Academy'));
      const context = 'https://example.org/contexts/extra.json';
      signed['@context'] = [...signed['@context'], context];
      const result = await verify(JSON.stringify(signed));

      expect(check(result, 'PROOF').message).toBe(
        `The credential names the context ${context}, which this verifier does not have; it fetches no contexts from the network.`,
      );
    });

    it('lists schema problems by property path', async () => {
      const credential = badge(signer.did, 'Peer Academy');
      credential.type = ['VerifiableCredential'];
      delete credential.credentialSubject.achievement.criteria;
      const result = await verify(JSON.stringify(credential));
      const structure = check(result, 'STRUCTURE').message;

      expect(structure).toContain(
        'type: must include AchievementCredential or OpenBadgeCredential',
      );
      expect(structure).toContain(
        'credentialSubject.achievement.criteria: is required',
      );
    });

    it('fails FORMAT for an empty object', async () => {
      const result = await verify('{}');

      expect(check(result, 'FORMAT')).toMatchObject({
        outcome: 'FAILED',
        message: expect.stringContaining('not a credential'),
      });
    });

    it.each(['{"type": ', 'data:image/png;base64,@@@'])(
      'does not mention images for text %j',
      async (text) => {
        const format = check(await verify(text), 'FORMAT');

        expect(format.outcome).toBe('FAILED');
        expect(format.message).not.toContain('PNG or SVG');
        expect(format.message).not.toMatch(/\.\.$/);
      },
    );

    it('mentions images for an upload sent as an image', async () => {
      const response = await upload('hello', 'image/png');
      const result = (await response.json()) as Result;

      expect(check(result, 'FORMAT').message).toContain(
        'badge images must be PNG or SVG',
      );
    });

    it('ends no message with two periods', async () => {
      const signed = await signer.sign(badge(signer.did, 'Peer Academy'));
      const inputs = [
        JSON.stringify({ ...signed, name: 'Changed' }),
        JSON.stringify({ ...signed, type: ['OpenBadgeCredential'] }),
        '{"type": ',
      ];
      for (const input of inputs) {
        for (const entry of (await verify(input)).checks) {
          expect(entry.message).not.toMatch(/\.\.$/);
        }
      }
    });
  });
});
