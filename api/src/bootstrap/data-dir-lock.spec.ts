import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DataDirLock } from './data-dir-lock.js';

let folder: string;
let dataDir: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'learnscape-lock-'));
  dataDir = path.join(folder, 'pglite');
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('DataDirLock', () => {
  it('writes and removes a lock file with this process id', () => {
    const lock = DataDirLock.acquire(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('takes over a lock left by an ended process', () => {
    writeFileSync(`${dataDir}.lock`, '2147483646');
    const lock = DataDirLock.acquire(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('refuses a folder that a running process holds', async () => {
    const other = spawn(process.execPath, [
      '-e',
      'setTimeout(() => {}, 10000)',
    ]);
    try {
      writeFileSync(`${dataDir}.lock`, String(other.pid));
      expect(() => DataDirLock.acquire(dataDir)).toThrow(
        `process ${other.pid} is using ${dataDir}`,
      );
    } finally {
      other.kill();
    }
  });
});
