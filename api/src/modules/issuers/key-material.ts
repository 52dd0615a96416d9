import { createPublicKey } from 'node:crypto';

import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

import { KeyAlgorithm } from './issuer-key.entity.js';

/** A freshly generated key pair, ready to store. */
export interface NewKeyMaterial {
  algorithm: KeyAlgorithm;
  /** Public key as a JWK, without any private member. */
  publicJwk: Record<string, string>;
  publicKeyMultibase: string;
  /**
   * The private key to encrypt: a `secretKeyMultibase` for Ed25519, the
   * private JWK as JSON for P-256.
   */
  secret: string;
}

/** Generates an Ed25519 key pair for Data Integrity proofs. */
export async function generateEd25519(): Promise<NewKeyMaterial> {
  const keyPair = await Ed25519Multikey.generate();
  const exported = await keyPair.export({
    publicKey: true,
    secretKey: true,
    includeContext: false,
  });

  return {
    algorithm: KeyAlgorithm.ED25519,
    publicJwk: await Ed25519Multikey.toJwk({ keyPair }),
    publicKeyMultibase: keyPair.publicKeyMultibase,
    secret: exported.secretKeyMultibase!,
  };
}

/** Generates a P-256 key pair for VC-JWT (`ES256`). */
export async function generateP256(): Promise<NewKeyMaterial> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', {
    extractable: true,
  });
  const publicJwk = publicOnly(await exportJWK(publicKey));

  return {
    algorithm: KeyAlgorithm.P256,
    publicJwk,
    publicKeyMultibase: p256Multibase(publicJwk),
    secret: JSON.stringify(await exportJWK(privateKey)),
  };
}

function publicOnly(jwk: JWK): Record<string, string> {
  return { kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! };
}

/** Multicodec `p256-pub` (0x1200) as an unsigned varint. */
const P256_PUB_PREFIX = Buffer.from([0x80, 0x24]);

/**
 * Encodes a P-256 public key as a Multikey `publicKeyMultibase`: base58btc
 * (`z`) of the `p256-pub` multicodec prefix and the compressed point.
 */
export function p256Multibase(publicJwk: Record<string, string>): string {
  const point = createPublicKey({ key: publicJwk, format: 'jwk' }).export({
    format: 'jwk',
  });
  const x = Buffer.from(point.x!, 'base64url');
  const y = Buffer.from(point.y!, 'base64url');
  const parity = (y.at(-1)! & 1) === 0 ? 0x02 : 0x03;

  return `z${base58btc(Buffer.concat([P256_PUB_PREFIX, Buffer.from([parity]), x]))}`;
}

const BASE58_ALPHABET =
  '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Bitcoin's base58 alphabet, as multibase `z` uses. */
export function base58btc(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let encoded = '';
  while (value > 0n) {
    encoded = BASE58_ALPHABET[Number(value % 58n)]! + encoded;
    value /= 58n;
  }
  // Each leading zero byte is written as the alphabet's first character.
  for (const byte of bytes) {
    if (byte !== 0) break;
    encoded = BASE58_ALPHABET[0]! + encoded;
  }

  return encoded;
}
