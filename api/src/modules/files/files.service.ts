import type { Readable } from 'node:stream';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuditService } from '../audit/audit.service.js';
import {
  AWARDING_ROLES,
  LISTING_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import type {
  StoredFileRecord,
  UploadedFileBody,
} from './dto/stored-file.dto.js';
import { cleanFileName } from './file-name.js';
import { FilesRepository } from './files.repository.js';
import {
  FILE_STORAGE,
  type FileStorage,
  StoredBytesMissingError,
} from './storage/file-storage.js';
import { StoredFilePurpose } from './stored-file.entity.js';
import { parsePurpose } from './upload/upload-policy.js';
import { receiveUpload } from './upload/upload-receiver.js';

/** The audit log's subject type for uploaded files. */
export const STORED_FILE_SUBJECT = 'stored_file';

/** Roles that may upload each kind of file: designers images, awarders evidence. */
const UPLOAD_ROLES = {
  [StoredFilePurpose.ACHIEVEMENT_IMAGE]: LISTING_ROLES,
  [StoredFilePurpose.EVIDENCE]: AWARDING_ROLES,
};

/** A file and its bytes, for the download route. */
export interface FileDownload {
  file: StoredFileRecord;
  stream: Readable;
}

/** Uploading files of organisations and reading them back. */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FilesRepository,
    private readonly access: OrganisationAccess,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the request, then stores the one file of a multipart request and
   * records it with an audit entry. The body is read only after the viewer's
   * role is checked.
   */
  async upload(
    viewer: Viewer,
    rawOrganisationId: string,
    rawPurpose: unknown,
    request: Request,
    response: Response,
  ): Promise<UploadedFileBody> {
    const organisationId = parseId('organisationId', rawOrganisationId);
    const purpose = parsePurpose(rawPurpose);
    if (purpose === null) {
      throw new BadUserInputError(
        `purpose "${String(rawPurpose).slice(0, 40)}" is not valid; expected achievement_image or evidence.`,
        'purpose',
      );
    }
    await this.access.require(viewer, organisationId, UPLOAD_ROLES[purpose]);
    const received = await receiveUpload(
      request,
      response,
      this.storage,
      purpose,
    );
    try {
      const file = await this.record(viewer, organisationId, purpose, {
        ...received,
        originalName: cleanFileName(received.originalName),
        contentType: received.type.contentType,
      });
      this.logger.log(
        `User ${viewer.userId} uploaded file ${file.id} (${purpose}, ${file.byteSize} bytes) to organisation ${organisationId}`,
      );

      return this.toBody(file);
    } catch (error) {
      await this.storage.delete(received.storageKey);
      throw error;
    }
  }

  /**
   * Opens a file for the viewer. Badge images are public. Evidence is for
   * members of the organisation, the recipient of a credential that cites
   * it, and anyone once such a credential is shared; others get NOT_FOUND.
   */
  async open(viewer: Viewer | null, rawId: string): Promise<FileDownload> {
    const id = parseId('id', rawId, true);
    const file = id === null ? null : await this.repository.findById(id);
    if (file === null || !(await this.mayRead(viewer, file))) {
      throw new NotFoundError(
        `There is no file with id ${rawId.slice(0, 60)}.`,
      );
    }

    try {
      return { file, stream: await this.storage.get(file.storageKey) };
    } catch (error) {
      if (!(error instanceof StoredBytesMissingError)) throw error;
      this.logger.error(`The bytes of file ${file.id} are missing`);
      throw new NotFoundError(`There is no file with id ${file.id}.`);
    }
  }

  /** The address where a stored file is served. */
  urlOf(fileId: string): string {
    return `${this.config.publicUrl}/api/files/${fileId}`;
  }

  private async mayRead(
    viewer: Viewer | null,
    file: StoredFileRecord,
  ): Promise<boolean> {
    if (file.purpose === StoredFilePurpose.ACHIEVEMENT_IMAGE) return true;
    if (await this.access.isMember(viewer, file.organisationId)) return true;

    return this.repository.isEvidenceVisible(file.id, viewer?.userId ?? null);
  }

  private record(
    viewer: Viewer,
    organisationId: string,
    purpose: StoredFilePurpose,
    upload: {
      storageKey: string;
      contentType: string;
      byteSize: number;
      sha256: string;
      originalName: string;
    },
  ): Promise<StoredFileRecord> {
    return this.dataSource.transaction(async (manager) => {
      const file = await this.repository.insert(manager, {
        organisationId,
        uploadedById: viewer.userId,
        purpose,
        storageKey: upload.storageKey,
        contentType: upload.contentType,
        byteSize: upload.byteSize,
        sha256: upload.sha256,
        originalName: upload.originalName,
      });
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId,
          subjectType: STORED_FILE_SUBJECT,
          subjectId: file.id,
          action: 'upload',
          changes: {
            purpose,
            contentType: file.contentType,
            byteSize: file.byteSize,
            sha256: file.sha256,
            name: file.originalName,
          },
        },
        manager,
      );

      return file;
    });
  }

  private toBody(file: StoredFileRecord): UploadedFileBody {
    return {
      id: file.id,
      contentType: file.contentType,
      byteSize: file.byteSize,
      sha256: file.sha256,
      name: file.originalName,
      url: this.urlOf(file.id),
    };
  }
}

function parseId(field: string, raw: string, lenient: true): string | null;
function parseId(field: string, raw: string): string;
/** Lower-cases a UUID; else raises BAD_USER_INPUT, or returns null when lenient. */
function parseId(field: string, raw: string, lenient = false): string | null {
  if (UUID_PATTERN.test(raw)) return raw.toLowerCase();
  if (lenient) return null;
  throw new BadUserInputError(
    `${field} "${raw.slice(0, 60)}" is not a valid id; expected a UUID.`,
    field,
  );
}
