import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { verifiedAddressesSql } from '../accounts/learner-addresses.service.js';
import type { StoredFileRecord } from './dto/stored-file.dto.js';
import type { StoredFilePurpose } from './stored-file.entity.js';

const COLUMNS = `id, organisation_id AS "organisationId", purpose,
  storage_key AS "storageKey", content_type AS "contentType",
  byte_size AS "byteSize", sha256, original_name AS "originalName",
  created_at AS "createdAt"`;

/** A file to record after its bytes are stored. */
export interface NewStoredFile {
  organisationId: string;
  uploadedById: string;
  purpose: StoredFilePurpose;
  storageKey: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  originalName: string;
}

/** SQL for stored files and who may read them. */
@Injectable()
export class FilesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    file: NewStoredFile,
  ): Promise<StoredFileRecord> {
    const [row]: StoredFileRecord[] = await manager.query(
      `INSERT INTO stored_files (organisation_id, uploaded_by_id, purpose,
         storage_key, content_type, byte_size, sha256, original_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING ${COLUMNS}`,
      [
        file.organisationId,
        file.uploadedById,
        file.purpose,
        file.storageKey,
        file.contentType,
        file.byteSize,
        file.sha256,
        file.originalName,
      ],
    );

    return row!;
  }

  async findById(id: string): Promise<StoredFileRecord | null> {
    const rows: StoredFileRecord[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM stored_files WHERE id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  /**
   * Whether a credential with this file as evidence is shared, or was
   * issued to the user: by user id, or to any of the user's verified
   * addresses. `userId` null checks sharing only.
   */
  async isEvidenceVisible(
    fileId: string,
    userId: string | null,
  ): Promise<boolean> {
    const [row]: { visible: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM credential_evidence e
           JOIN credentials c ON c.id = e.credential_id
          WHERE e.file_id = $1
            AND (c.shared_at IS NOT NULL
                 OR c.recipient_user_id = $2
                 OR lower(c.recipient_email) IN ${verifiedAddressesSql('$2::uuid')})
       ) AS visible`,
      [fileId, userId],
    );

    return row?.visible ?? false;
  }
}
