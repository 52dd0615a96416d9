import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { loadConfig } from '../../config/app-config.js';
import {
  KeyVault,
  KeyVaultError,
  open,
  readOrCreateKeyFile,
  seal,
} from './key-vault.js';

const KEY = randomBytes(32);

describe('seal and open', () => {
  it('round-trips a secret', () => {
    const sealed = seal(KEY, 'z3u2secret', 'key-1');

    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('z3u2secret');
    expect(open(KEY, sealed, 'key-1')).toBe('z3u2secret');
  });

  it('uses a new nonce each time', () => {
    expect(seal(KEY, 'same', 'key-1')).not.toBe(seal(KEY, 'same', 'key-1'));
  });

  it('rejects the wrong key', () => {
    const sealed = seal(KEY, 'secret', 'key-1');

    expect(() => open(randomBytes(32), sealed, 'key-1')).toThrow(
      /failed authentication/,
    );
  });

  it('rejects another context', () => {
    const sealed = seal(KEY, 'secret', 'key-1');

    expect(() => open(KEY, sealed, 'key-2')).toThrow(KeyVaultError);
  });

  it('rejects a changed ciphertext', () => {
    const parts = seal(KEY, 'secret', 'key-1').split('.');
    const ciphertext = Buffer.from(parts[3]!, 'base64url');
    ciphertext[0] = ciphertext[0]! ^ 1;
    parts[3] = ciphertext.toString('base64url');

    expect(() => open(KEY, parts.join('.'), 'key-1')).toThrow(
      /failed authentication/,
    );
  });

  it('rejects a malformed value', () => {
    expect(() => open(KEY, 'v2.a.b.c', 'key-1')).toThrow(/format/);
    expect(() => open(KEY, 'v1.AAAA.AAAA.AAAA', 'key-1')).toThrow(/malformed/);
  });

  it('rejects a key of the wrong size', () => {
    expect(() => seal(randomBytes(16), 'secret', 'key-1')).toThrow(
      /16 bytes; expected 32/,
    );
  });
});

describe('readOrCreateKeyFile', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'learnscape-kek-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('creates a private key file and reads it back', async () => {
    const file = path.join(folder, 'nested', 'key-encryption-key');

    const created = await readOrCreateKeyFile(file);
    const again = await readOrCreateKeyFile(file);

    expect(created).toHaveLength(32);
    expect(again.equals(created)).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects a file without 64 hex digits', async () => {
    const file = path.join(folder, 'key');
    await writeFile(file, 'not a key');

    await expect(readOrCreateKeyFile(file)).rejects.toThrow(/64 hex digits/);
  });
});

describe('KeyVault', () => {
  it('uses the configured key', async () => {
    const config = loadConfig({ KEY_ENCRYPTION_KEY: KEY.toString('hex') });
    const vault = new KeyVault(config);

    const sealed = await vault.seal('secret', 'key-1');

    expect(open(KEY, sealed, 'key-1')).toBe('secret');
  });

  it('falls back to the development key file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'learnscape-kek-'));
    const file = path.join(folder, 'kek');
    const config = loadConfig({ KEY_ENCRYPTION_KEY_FILE: file });
    try {
      const sealed = await new KeyVault(config).seal('secret', 'key-1');
      const reopened = await new KeyVault(config).open(sealed, 'key-1');
      const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'hex');

      expect(reopened).toBe('secret');
      expect(open(key, sealed, 'key-1')).toBe('secret');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
