import { Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import { RegistrationListsRepository } from './registration-lists.repository.js';
import { csvRecordOf, exportFileName } from './registrations-csv.js';
import {
  requireUuid,
  SEE_REGISTRATIONS,
  SessionAccess,
} from './session-access.service.js';

export interface ExportFile {
  fileName: string;
  /** CSV records without the header, each cell already neutralised. */
  records: string[][];
}

/** Builds the CSV export of a session's active registrations. */
@Injectable()
export class RegistrationsExportService {
  private readonly logger = new Logger(RegistrationsExportService.name);

  constructor(
    private readonly lists: RegistrationListsRepository,
    private readonly access: SessionAccess,
  ) {}

  async prepare(viewer: Viewer, sessionId: string): Promise<ExportFile> {
    requireUuid(sessionId, 'sessionId');
    const session = await this.access.requireSession(
      viewer,
      sessionId,
      SEE_REGISTRATIONS,
    );
    const rows = await this.lists.findForExport(sessionId);
    this.logger.log(
      `User ${viewer.userId} exported ${rows.length} registrations of ${sessionId}`,
    );

    return {
      fileName: exportFileName(session),
      records: rows.map(csvRecordOf),
    };
  }
}
