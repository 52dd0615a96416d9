import { Inject, Injectable, Logger } from '@nestjs/common';

import { NotFoundError } from '../../../common/errors/domain-error.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AccountExportRepository } from './account-export.repository.js';

/** Everything stored about a user, as the export file contains it. */
export interface AccountExport {
  exportedAt: string;
  account: Record<string, unknown>;
  emailAddresses: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  emailLinks: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  employerContactConsents: Record<string, unknown>[];
  registrations: RegistrationExport[];
  credentials: Record<string, unknown>[];
  auditEntries: Record<string, unknown>[];
}

interface RegistrationExport extends Record<string, unknown> {
  opportunity: { id: unknown; title: unknown };
  session: {
    id: unknown;
    startsAt: unknown;
    endsAt: unknown;
    timeZone: unknown;
  };
}

/** Gathers a user's data for download, as data protection law requires. */
@Injectable()
export class AccountExportService {
  private readonly logger = new Logger(AccountExportService.name);

  constructor(
    private readonly exports: AccountExportRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async export(userId: string, now = new Date()): Promise<AccountExport> {
    const account = await this.exports.account(userId);
    if (account === null)
      throw new NotFoundError('Your account was not found.');
    const result: AccountExport = {
      exportedAt: now.toISOString(),
      account,
      emailAddresses: await this.exports.emailAddresses(userId),
      sessions: await this.exports.sessions(userId),
      emailLinks: await this.exports.emailLinks(userId),
      memberships: await this.exports.memberships(userId),
      employerContactConsents:
        await this.exports.employerContactConsents(userId),
      registrations: (await this.exports.registrations(userId)).map(
        nestRegistration,
      ),
      credentials: (await this.exports.credentials(userId)).map((row) =>
        withEvidenceUrls(row, this.config.publicUrl),
      ),
      auditEntries: await this.exports.auditEntries(userId),
    };
    this.logger.log(`Exported the data of account ${userId}`);

    return result;
  }
}

function nestRegistration(row: Record<string, unknown>): RegistrationExport {
  const {
    opportunityId,
    opportunityTitle,
    sessionId,
    sessionStartsAt,
    sessionEndsAt,
    sessionTimeZone,
    ...registration
  } = row;

  return {
    ...registration,
    opportunity: { id: opportunityId, title: opportunityTitle },
    session: {
      id: sessionId,
      startsAt: sessionStartsAt,
      endsAt: sessionEndsAt,
      timeZone: sessionTimeZone,
    },
  };
}

interface EvidenceReference {
  name: string | null;
  narrative: string | null;
  url: string | null;
  fileId: string | null;
}

/** Evidence files are referred to by the address that serves them. */
function withEvidenceUrls(
  row: Record<string, unknown>,
  publicUrl: string,
): Record<string, unknown> {
  const base = publicUrl.replace(/\/+$/, '');
  const evidence = (row.evidence as EvidenceReference[]).map(
    ({ fileId, ...item }) => ({
      ...item,
      url: fileId === null ? item.url : `${base}/api/files/${fileId}`,
    }),
  );

  return { ...row, evidence };
}
