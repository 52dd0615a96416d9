import {
  didDocumentUrl,
  issuerDid,
  parseVerificationMethodId,
  verificationMethodId,
} from './issuer-did.js';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('issuerDid', () => {
  it.each([
    [
      'https://learnscape.example.org',
      `did:web:learnscape.example.org:issuers:${ID}`,
    ],
    ['http://localhost:3000', `did:web:localhost%3A3000:issuers:${ID}`],
    [
      'https://example.org/cities/katoomba',
      `did:web:example.org:cities:katoomba:issuers:${ID}`,
    ],
  ])('maps %s', (publicUrl, did) => {
    expect(issuerDid(publicUrl, ID)).toBe(did);
  });

  it('names the path of the DID document', () => {
    expect(didDocumentUrl('http://localhost:3000', ID)).toBe(
      `http://localhost:3000/issuers/${ID}/did.json`,
    );
  });
});

describe('parseVerificationMethodId', () => {
  it('splits a key id', () => {
    const did = issuerDid('http://localhost:3000', ID);

    expect(parseVerificationMethodId(verificationMethodId(did, ID))).toEqual({
      did,
      keyId: ID,
    });
  });

  it.each([
    `did:web:example.org:issuers:${ID}`,
    `did:web:example.org#key-nope`,
    `did:key:z6Mk#key-${ID}`,
  ])('returns null for %s', (id) => {
    expect(parseVerificationMethodId(id)).toBeNull();
  });
});
