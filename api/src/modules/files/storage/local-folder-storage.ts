import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import {
  checkStorageKey,
  type FileStorage,
  StoredBytesMissingError,
} from './file-storage.js';

/**
 * Keeps files in a folder on local disk, one file per key. Each write goes
 * to a temporary file that is renamed into place once complete, so a
 * reader never sees half a file.
 */
export class LocalFolderStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(key: string, source: Readable): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const partial = `${target}.${randomBytes(6).toString('hex')}.partial`;
    try {
      await pipeline(
        source,
        createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
      );
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const target = this.pathOf(key);
    // Opening first turns a missing file into an error here rather than
    // an error event after the response has started.
    let handle;
    try {
      handle = await open(target, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new StoredBytesMissingError(key);
      }
      throw error;
    }

    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Maps a checked key to a path that is always inside the root folder. */
  private pathOf(key: string): string {
    const target = path.resolve(this.root, checkStorageKey(key));
    if (!target.startsWith(this.root + path.sep)) {
      throw new Error(`Storage key ${key} resolves outside the upload folder`);
    }

    return target;
  }
}
