import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where uploaded bytes live, by key. Keys come from `newStorageKey` only,
 * never from a client, so an implementation may map them to paths or
 * object names directly.
 */
export interface FileStorage {
  /** Stores the stream's bytes under `key`; a failed stream stores nothing. */
  put(key: string, source: Readable): Promise<void>;
  /** Opens the bytes stored under `key`; rejects when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes under `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** The Nest injection token of the app's FileStorage. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Shape of every key: a two-digit shard folder and 32 random hex digits. */
export const STORAGE_KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;

/** Creates a random key; the first byte picks one of 256 shard folders. */
export function newStorageKey(): string {
  const hex = randomBytes(16).toString('hex');

  return `${hex.slice(0, 2)}/${hex}`;
}

/** Raises unless `key` has the shape that `newStorageKey` makes. */
export function checkStorageKey(key: string): string {
  if (!STORAGE_KEY_PATTERN.test(key)) {
    throw new Error(`Storage key "${key.slice(0, 80)}" has an invalid shape`);
  }

  return key;
}

/** The stored bytes under `key` are missing. */
export class StoredBytesMissingError extends Error {
  constructor(key: string) {
    super(`No bytes are stored under key ${key}`);
    this.name = 'StoredBytesMissingError';
  }
}
