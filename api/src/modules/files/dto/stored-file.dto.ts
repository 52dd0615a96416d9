import type { StoredFilePurpose } from '../stored-file.entity.js';

/** The JSON body of a successful upload. */
export interface UploadedFileBody {
  id: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  name: string;
  /** Where the file is served, `${PUBLIC_URL}/api/files/<id>`. */
  url: string;
}

/** A stored file's row, as the files repository reads it. */
export interface StoredFileRecord {
  id: string;
  organisationId: string;
  purpose: StoredFilePurpose;
  storageKey: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  originalName: string;
  createdAt: Date;
}
