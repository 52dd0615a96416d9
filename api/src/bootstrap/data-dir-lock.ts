import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/**
 * A lock file beside the embedded database's folder, holding the id of the
 * process that uses it. PGlite opens a folder without checking whether
 * another process has it open, and two writers would damage the data.
 */
export class DataDirLock {
  private constructor(private readonly lockFile: string) {}

  /** Takes the lock, or throws an Error naming the process that holds it. */
  static acquire(dataDir: string): DataDirLock {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    const lockFile = `${dataDir}.lock`;
    try {
      closeSync(openSync(lockFile, 'wx'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8').trim());
      if (holder !== process.pid && isRunning(holder)) {
        throw new Error(
          `process ${holder} is using ${dataDir} (see ${lockFile})`,
          { cause: error },
        );
      }
    }
    // A lock left by a process that has ended is taken over.
    writeFileSync(lockFile, String(process.pid));

    return new DataDirLock(lockFile);
  }

  release(): void {
    try {
      if (readFileSync(this.lockFile, 'utf8').trim() === String(process.pid)) {
        unlinkSync(this.lockFile);
      }
    } catch {
      // Already gone: nothing to release.
    }
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);

    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
