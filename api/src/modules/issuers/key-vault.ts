import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { Inject, Injectable, Logger } from '@nestjs/common';

import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

const FORMAT_VERSION = 'v1';
const KEY_BYTES = 32;
/** 96-bit nonces, the size GCM is specified for (NIST SP 800-38D). */
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Raised when a sealed value cannot be opened, or the key is unusable. */
export class KeyVaultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyVaultError';
  }
}

/**
 * Encrypts `plaintext` with AES-256-GCM. `context` is bound as additional
 * authenticated data, so a sealed value moved to another record fails to
 * open. Returns `v1.<iv>.<tag>.<ciphertext>` in base64url.
 */
export function seal(key: Buffer, plaintext: string, context: string): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([
    cipher.update(plaintext, 'utf8'),
    cipher.final(),
  ]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) =>
    part.toString('base64url'),
  );

  return [FORMAT_VERSION, ...parts].join('.');
}

/** Decrypts a value made by `seal` with the same key and context. */
export function open(key: Buffer, sealed: string, context: string): string {
  checkKey(key);
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== FORMAT_VERSION) {
    throw new KeyVaultError(
      `The sealed value is not in the ${FORMAT_VERSION}.<iv>.<tag>.<ciphertext> format.`,
    );
  }
  const [iv, tag, ciphertext] = parts
    .slice(1)
    .map((part) => Buffer.from(part, 'base64url'));
  if (iv!.length !== IV_BYTES || tag!.length !== TAG_BYTES) {
    throw new KeyVaultError('The sealed value has a malformed nonce or tag.');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, iv!);
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tag!);
  try {
    return Buffer.concat([
      decipher.update(ciphertext!),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new KeyVaultError(
      'The sealed value failed authentication: the key encryption key is not the one it was sealed with, or the stored value was changed.',
    );
  }
}

function checkKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) {
    throw new KeyVaultError(
      `The key encryption key has ${key.length} bytes; expected ${KEY_BYTES}.`,
    );
  }
}

/**
 * Reads the development key encryption key from `file` (64 hex digits), or
 * creates it with mode 0600 when it does not exist yet.
 */
export async function readOrCreateKeyFile(file: string): Promise<Buffer> {
  try {
    return parseKeyFile(file, await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  try {
    // `wx` fails if another process created the file first; then read it.
    await writeFile(file, `${key.toString('hex')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;

    return parseKeyFile(file, await readFile(file, 'utf8'));
  }

  return key;
}

function parseKeyFile(file: string, text: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new KeyVaultError(
      `The key encryption key file ${file} does not hold 64 hex digits; restore it, or set KEY_ENCRYPTION_KEY.`,
    );
  }

  return Buffer.from(hex, 'hex');
}

/**
 * Encrypts issuers' private keys at rest under the configured key
 * encryption key, or in development under a key kept in a local file.
 */
@Injectable()
export class KeyVault {
  private readonly logger = new Logger(KeyVault.name);
  private key: Promise<Buffer> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async seal(plaintext: string, context: string): Promise<string> {
    return seal(await this.encryptionKey(), plaintext, context);
  }

  async open(sealed: string, context: string): Promise<string> {
    return open(await this.encryptionKey(), sealed, context);
  }

  private encryptionKey(): Promise<Buffer> {
    this.key ??= this.loadKey();

    return this.key;
  }

  private async loadKey(): Promise<Buffer> {
    if (this.config.keyEncryptionKey !== null) {
      return this.config.keyEncryptionKey;
    }
    const file = this.config.keyEncryptionKeyFile;
    this.logger.warn(
      `KEY_ENCRYPTION_KEY is not set; using the development key file ${file}. Set KEY_ENCRYPTION_KEY in production.`,
    );
    try {
      return await readOrCreateKeyFile(file);
    } catch (error) {
      // A failed read is not cached, so a fixed file is picked up later.
      this.key = undefined;
      throw error;
    }
  }
}
