import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';

import { fileTypeFromBuffer } from 'file-type';

import { StoredFilePurpose } from '../stored-file.entity.js';
import { sanitiseSvg } from './svg-sanitiser.js';
import { tooLarge, unsupportedType } from './upload-errors.js';
import {
  type AllowedType,
  allowedType,
  describeSize,
  describeTypes,
  maxBytesOf,
} from './upload-policy.js';

/** Number of leading bytes file-type needs to recognise every format it supports. */
const HEAD_BYTES = 4100;

/** Result of inspecting an upload once it has passed through. */
export interface InspectedUpload {
  type: AllowedType;
  byteSize: number;
  /** Lower-case hex SHA-256 of the bytes passed on (after sanitising). */
  sha256: string;
}

/** Handling of the rest of the upload, decided by its first bytes. */
type Mode = 'undecided' | 'binary' | 'text' | 'svg';

/**
 * Passes an upload on to storage while checking it: the first bytes decide
 * the type (by content, with file-type), the type's size limit is enforced
 * as bytes arrive, and the SHA-256 digest is computed. Text without a known
 * signature is accepted as plain text (evidence) when it is UTF-8 without
 * NUL characters, or as SVG (badge images) when it parses as one; an SVG
 * is held until complete, sanitised, and its sanitised bytes passed on.
 */
export class UploadInspector extends Transform {
  private mode: Mode = 'undecided';
  private type: AllowedType | null = null;
  private head: Buffer[] = [];
  private headLength = 0;
  private byteSize = 0;
  private readonly hash: Hash = createHash('sha256');
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly purpose: StoredFilePurpose) {
    super();
  }

  /** The result, available once the stream has finished. */
  result(): InspectedUpload {
    if (this.type === null) throw new Error('The upload was not inspected');

    return {
      type: this.type,
      byteSize: this.byteSize,
      sha256: this.hash.digest('hex'),
    };
  }

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: TransformCallback,
  ): void {
    if (this.mode !== 'undecided') return callback(this.pass(chunk));
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < HEAD_BYTES) return callback();
    this.decideAndPassHead().then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    const finish = async () => {
      if (this.mode === 'undecided') await this.decideAndPassHead();
      if (this.mode === 'svg') await this.passSanitisedSvg();
      if (this.mode === 'text') this.endText();
    };
    finish().then(
      () => callback(),
      (error: unknown) => callback(error as Error),
    );
  }

  private async decideAndPassHead(): Promise<void> {
    const head = Buffer.concat(this.head);
    this.head = [];
    await this.decide(head);
    const error = this.pass(head);
    if (error !== null) throw error;
  }

  private async decide(head: Buffer): Promise<void> {
    const detected = await fileTypeFromBuffer(head);
    const binary =
      detected === undefined || detected.mime === 'application/xml'
        ? null
        : allowedType(this.purpose, detected.mime);
    if (binary !== null) {
      this.mode = 'binary';
      this.type = binary;

      return;
    }
    const textual =
      detected === undefined || detected.mime === 'application/xml';
    const fallback =
      this.purpose === StoredFilePurpose.ACHIEVEMENT_IMAGE ? 'svg' : 'text';
    if (!textual) throw this.rejectType(detected.mime);
    this.mode = fallback;
    this.type = allowedType(
      this.purpose,
      fallback === 'svg' ? 'image/svg+xml' : 'text/plain',
    );
  }

  private pass(chunk: Buffer): Error | null {
    const type = this.type!;
    this.byteSize += chunk.length;
    if (this.byteSize > type.maxBytes) {
      return tooLarge(
        `The ${type.label} file is larger than ${describeSize(type.maxBytes)}, the maximum for ${type.label} files; upload a smaller file.`,
        type.maxBytes,
      );
    }
    if (this.mode === 'svg') {
      this.head.push(chunk);

      return null;
    }
    if (this.mode === 'text' && !this.isText(chunk)) {
      return this.rejectType(null);
    }
    this.hash.update(chunk);
    this.push(chunk);

    return null;
  }

  private isText(chunk: Buffer): boolean {
    if (chunk.includes(0)) return false;
    try {
      this.decoder.decode(chunk, { stream: true });

      return true;
    } catch {
      return false;
    }
  }

  /** Rejects text that ends inside a multi-byte UTF-8 sequence. */
  private endText(): void {
    try {
      this.decoder.decode();
    } catch {
      throw this.rejectType(null);
    }
  }

  private async passSanitisedSvg(): Promise<void> {
    const sanitised = await sanitiseSvg(Buffer.concat(this.head));
    this.head = [];
    if (sanitised === null) throw this.rejectType(null);
    this.byteSize = sanitised.length;
    this.hash.update(sanitised);
    this.push(sanitised);
  }

  private rejectType(detected: string | null) {
    const found =
      detected === null
        ? this.purpose === StoredFilePurpose.ACHIEVEMENT_IMAGE
          ? 'The file is neither a PNG image nor a valid SVG document'
          : 'The file is not of a recognised type (text must be UTF-8 without NUL characters)'
        : `The file's content is ${detected}`;

    return unsupportedType(
      `${found}; ${this.purpose} uploads must be ${describeTypes(this.purpose)}, checked by content, at most ${describeSize(maxBytesOf(this.purpose))}.`,
    );
  }
}
