import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

import { newStorageKey, StoredBytesMissingError } from './file-storage.js';
import { LocalFolderStorage } from './local-folder-storage.js';

let root: string;
let storage: LocalFolderStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'learnscape-storage-'));
  storage = new LocalFolderStorage(path.join(root, 'uploads'));
});

afterEach(() => rm(root, { recursive: true, force: true }));

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);

  return Buffer.concat(chunks).toString();
}

describe('LocalFolderStorage', () => {
  it('stores, reads and deletes bytes', async () => {
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from('hello')]));

    expect(await readAll(await storage.get(key))).toBe('hello');
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toThrow(StoredBytesMissingError);
  });

  it.each(['../escape', '00/../../x', '/etc/passwd', 'ab', ''])(
    'rejects key %p',
    async (key) => {
      await expect(storage.get(key)).rejects.toThrow(/invalid shape/);
      await expect(storage.put(key, Readable.from(['x']))).rejects.toThrow(
        /invalid shape/,
      );
    },
  );

  it('leaves nothing when the stream fails', async () => {
    const key = newStorageKey();
    const failing = new Readable({
      read() {
        this.destroy(new Error('client went away'));
      },
    });

    await expect(storage.put(key, failing)).rejects.toThrow('client went away');
    expect(await readdir(path.join(root, 'uploads', key.slice(0, 2)))).toEqual(
      [],
    );
  });
});
