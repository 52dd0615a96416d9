import { once } from 'node:events';
import type { Writable } from 'node:stream';

import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * Writes a zip archive to a stream file by file, so that memory holds one
 * file at a time, and waits whenever the stream asks the writer to pause.
 */
export class ZipStream {
  private readonly zip: Zip;
  private failure: Error | null = null;
  private readonly finished: Promise<void>;

  constructor(private readonly output: Writable) {
    let finish!: () => void;
    this.finished = new Promise((resolve) => (finish = resolve));
    this.zip = new Zip((error, chunk, final) => {
      if (error !== null) {
        this.failure = error;
        finish();

        return;
      }
      output.write(chunk);
      if (final) finish();
    });
  }

  /** Adds a file, compressed unless `compress` is false (images are already). */
  async add(
    name: string,
    data: Uint8Array | string,
    options: { compress?: boolean; modified?: Date } = {},
  ): Promise<void> {
    if (this.failure !== null) throw this.failure;
    const bytes =
      typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const file =
      options.compress === false
        ? new ZipPassThrough(name)
        : new ZipDeflate(name, { level: 6 });
    file.mtime = options.modified ?? new Date();
    this.zip.add(file);
    file.push(bytes, true);
    if (this.output.writableNeedDrain) await once(this.output, 'drain');
  }

  /** Writes the central directory and waits until the archive is complete. */
  async end(): Promise<void> {
    this.zip.end();
    await this.finished;
    if (this.failure !== null) throw this.failure;
  }
}
