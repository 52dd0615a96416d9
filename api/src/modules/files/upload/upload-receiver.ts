import type { Request, Response } from 'express';
import multer, { MulterError, type StorageEngine } from 'multer';

import { type FileStorage, newStorageKey } from '../storage/file-storage.js';
import type { StoredFilePurpose } from '../stored-file.entity.js';
import {
  badUpload,
  tooLarge,
  unsupportedType,
  UploadRejectedError,
} from './upload-errors.js';
import { type InspectedUpload, UploadInspector } from './upload-inspector.js';
import { describeSize, maxBytesOf } from './upload-policy.js';

/** An upload stored under `storageKey`, not yet recorded in the database. */
export interface ReceivedUpload extends InspectedUpload {
  storageKey: string;
  originalName: string;
}

/** Room for the multipart boundaries and part headers around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

type UploadedFile = Express.Multer.File & {
  storageKey?: string;
  inspected?: InspectedUpload;
};

/** A multer engine that checks each file with an UploadInspector while storing it. */
class InspectingStorageEngine implements StorageEngine {
  constructor(
    private readonly storage: FileStorage,
    private readonly purpose: StoredFilePurpose,
  ) {}

  _handleFile(
    _request: Request,
    file: UploadedFile,
    callback: (error?: unknown, info?: Partial<UploadedFile>) => void,
  ): void {
    const storageKey = newStorageKey();
    const inspector = new UploadInspector(this.purpose);
    const source = file.stream;
    source.on('error', (error) => inspector.destroy(error));
    inspector.on('error', () => {
      // Reading on discards the rest of the file, so busboy can finish.
      source.unpipe(inspector);
      source.resume();
    });
    source.pipe(inspector);
    this.storage.put(storageKey, inspector).then(
      () => callback(null, { storageKey, inspected: inspector.result() }),
      (error: unknown) => callback(error),
    );
  }

  _removeFile(
    _request: Request,
    file: UploadedFile,
    callback: (error: Error | null) => void,
  ): void {
    if (file.storageKey === undefined) return callback(null);
    this.storage.delete(file.storageKey).then(
      () => callback(null),
      (error: Error) => callback(error),
    );
  }
}

/**
 * Reads a multipart/form-data request with exactly one file in the field
 * `file` and stores it, checked, under a new random key. Raises an
 * UploadRejectedError for a request the API does not store; nothing is left
 * in storage then.
 */
export async function receiveUpload(
  request: Request,
  response: Response,
  storage: FileStorage,
  purpose: StoredFilePurpose,
): Promise<ReceivedUpload> {
  checkRequestHeaders(request, purpose);
  const middleware = multer({
    storage: new InspectingStorageEngine(storage, purpose),
    defParamCharset: 'utf8',
    limits: {
      files: 1,
      fields: 0,
      parts: 2,
      headerPairs: 20,
      // One byte over the largest allowed size, so that the inspector sees
      // an oversized file and reports the limit of its type.
      fileSize: maxBytesOf(purpose) + 1,
    },
  }).single('file');
  await new Promise<void>((resolve, reject) =>
    middleware(request, response, (error?: unknown) =>
      error === undefined || error === null
        ? resolve()
        : reject(toUploadError(error, purpose)),
    ),
  );
  const file = request.file as UploadedFile | undefined;
  if (file?.storageKey === undefined || file.inspected === undefined) {
    throw badUpload(
      'The request has no file; send it as multipart/form-data in the field "file".',
    );
  }

  return {
    ...file.inspected,
    storageKey: file.storageKey,
    originalName: file.originalname,
  };
}

function checkRequestHeaders(request: Request, purpose: StoredFilePurpose) {
  const contentType = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw unsupportedType(
      `The Content-Type is "${contentType.slice(0, 80)}"; send the file as multipart/form-data in the field "file".`,
    );
  }
  const declared = Number(request.headers['content-length']);
  const limit = maxBytesOf(purpose);
  if (declared > limit + MULTIPART_OVERHEAD_BYTES) {
    throw tooLarge(
      `The request is ${declared.toLocaleString('en')} bytes, larger than any ${purpose} file may be (${describeSize(limit)}); upload a smaller file.`,
      limit,
    );
  }
}

/** Busboy's messages for a body that is not valid multipart. */
const MALFORMED_MULTIPART =
  /^(Unexpected end of form|Unexpected end of file|Malformed part header|Multipart: Boundary not found)/;

function toUploadError(error: unknown, purpose: StoredFilePurpose): unknown {
  if (error instanceof UploadRejectedError) return error;
  if (error instanceof MulterError) return fromMulterError(error, purpose);
  if (error instanceof Error && MALFORMED_MULTIPART.test(error.message)) {
    return badUpload(
      `The multipart/form-data body is malformed (${error.message}); send one file in the field "file".`,
    );
  }

  return error;
}

function fromMulterError(error: MulterError, purpose: StoredFilePurpose) {
  const limit = maxBytesOf(purpose);
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return tooLarge(
        `The file is larger than ${describeSize(limit)}, the maximum for ${purpose} files; upload a smaller file.`,
        limit,
      );
    case 'LIMIT_FILE_COUNT':
    case 'LIMIT_PART_COUNT':
      return badUpload(
        'The request has more than one file; send one file per request.',
      );
    case 'LIMIT_UNEXPECTED_FILE':
      return badUpload(
        `The file is in the field "${String(error.field).slice(0, 40)}"; send it in the field "file".`,
      );
    case 'LIMIT_FIELD_COUNT':
      return badUpload(
        'The request has form fields besides the file; send only the field "file".',
      );
    case 'LIMIT_FIELD_KEY':
    case 'LIMIT_FIELD_VALUE':
    case 'MISSING_FIELD_NAME':
      return badUpload(
        `The multipart/form-data body was rejected (${error.code}); send one file in the field "file".`,
      );
  }
}
