import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

import {
  base58btc,
  generateEd25519,
  generateP256,
  p256Multibase,
} from './key-material.js';

describe('base58btc', () => {
  it.each([
    ['', ''],
    ['00', '1'],
    ['0000ff', '115Q'],
    ['68656c6c6f20776f726c64', 'StV1DL6CwTryKyV'],
  ])('encodes %s', (hex, expected) => {
    expect(base58btc(Buffer.from(hex, 'hex'))).toBe(expected);
  });
});

describe('generateEd25519', () => {
  it('returns a key pair that signs', async () => {
    const material = await generateEd25519();
    const keyPair = await Ed25519Multikey.from({
      type: 'Multikey',
      publicKeyMultibase: material.publicKeyMultibase,
      secretKeyMultibase: material.secret,
    });
    const data = new TextEncoder().encode('hello');
    const signature = await keyPair.signer().sign({ data });

    expect(material.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(material.publicJwk).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: expect.any(String),
    });
    expect(await keyPair.verifier().verify({ data, signature })).toBe(true);
  });
});

describe('generateP256', () => {
  it('keeps the private part out of the public JWK', async () => {
    const material = await generateP256();

    expect(Object.keys(material.publicJwk).sort()).toEqual([
      'crv',
      'kty',
      'x',
      'y',
    ]);
    expect(JSON.parse(material.secret).d).toEqual(expect.any(String));
  });

  it('encodes the key as a P-256 Multikey', async () => {
    const material = await generateP256();

    // The p256-pub multicodec with a compressed point starts with zDn.
    expect(material.publicKeyMultibase).toMatch(/^zDn[1-9A-HJ-NP-Za-km-z]+$/);
    expect(p256Multibase(material.publicJwk)).toBe(material.publicKeyMultibase);
  });
});
