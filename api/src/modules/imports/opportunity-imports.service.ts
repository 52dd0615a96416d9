import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import {
  LISTING_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import type { PlaceQuery } from './cell-parsers.js';
import { type CsvRecord, readCsvRecords } from './csv-records.js';
import {
  IMPORT_MODES,
  type ImportMode,
  type ImportProblem,
  type ImportReport,
  type ImportRowReport,
} from './dto/import-report.js';
import { type ImportColumn, readHeader } from './import-columns.js';
import {
  type ImportCandidate,
  OpportunityImportsRepository,
  placeKey,
} from './opportunity-imports.repository.js';
import { decodeRow, isBlankRecord } from './row-cells.js';
import {
  type ConvertedRow,
  convertRow,
  type RowContext,
} from './row-conversion.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A data row after checking: its report entry and, if it parsed, its draft. */
interface CheckedRow {
  report: ImportRowReport;
  converted: ConvertedRow | null;
  /** The gazetteer place the row named, once looked up. */
  placeId: number | null;
}

/**
 * Imports opportunities from CSV as drafts of a provider organisation.
 * Rows are checked as they stream in. Places named by the rows are then
 * looked up together, and the valid rows are inserted in batches in one
 * transaction.
 */
@Injectable()
export class OpportunityImportsService {
  private readonly logger = new Logger(OpportunityImportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: OrganisationAccess,
    private readonly audit: AuditService,
    private readonly repository: OpportunityImportsRepository,
  ) {}

  /** Rejects unless the viewer may list opportunities for the provider. */
  async requireListingAccess(
    viewer: Viewer,
    organisationId: string,
  ): Promise<void> {
    if (!UUID.test(organisationId)) {
      throw new BadUserInputError(
        `"${organisationId}" is not an organisation id; expected a UUID.`,
        'organisationId',
      );
    }
    await this.access.require(viewer, organisationId, LISTING_ROLES);
    const kind = await this.repository.organisationKind(organisationId);
    if (kind === null) {
      throw new NotFoundError(`No organisation has the id ${organisationId}.`);
    }
    if (kind !== 'provider') {
      throw new ForbiddenError(
        `This organisation is a ${kind}; only provider organisations list opportunities.`,
      );
    }
  }

  /** Checks `mode` from the query string. */
  parseMode(mode: string | undefined): ImportMode {
    const match = IMPORT_MODES.find((candidate) => candidate === mode);
    if (match === undefined) {
      throw new BadUserInputError(
        `The mode "${mode ?? ''}" is not supported; use mode=preview, mode=valid-rows or mode=all-or-nothing.`,
        'mode',
      );
    }

    return match;
  }

  /** Checks every row of the CSV body and imports the rows `mode` selects. */
  async import(
    viewer: Viewer,
    organisationId: string,
    mode: ImportMode,
    body: Readable,
  ): Promise<ImportReport> {
    const rows = await this.checkRows(body);
    await this.resolvePlaces(rows);
    const report = summarise(mode, rows);
    if (mode !== 'preview') report.opportunityIds = [];
    const writes =
      mode === 'valid-rows' ||
      (mode === 'all-or-nothing' && report.invalidRows === 0);
    const candidates = rows.flatMap((row) =>
      row.report.status === 'valid' && row.converted !== null
        ? [{ row, id: randomUUID() }]
        : [],
    );
    if (writes && candidates.length > 0) {
      await this.write(
        viewer,
        organisationId,
        report,
        candidates.map(({ row, id }) => ({
          id,
          draft: row.converted!.draft,
          placeId: row.placeId,
        })),
      );
      for (const { row, id } of candidates) row.report.opportunityId = id;
    }
    this.logger.log(
      `Import for organisation ${organisationId} by user ${viewer.userId} (${mode}): ${report.totalRows} rows, ${report.invalidRows} invalid, ${report.imported} imported`,
    );

    return report;
  }

  private async checkRows(body: Readable): Promise<CheckedRow[]> {
    const context = await this.rowContext();
    const rows: CheckedRow[] = [];
    let columns: ImportColumn[] | null = null;
    for await (const record of readCsvRecords(body)) {
      if (columns === null) {
        columns = readHeader(record.fields);
      } else {
        rows.push(checkRecord(record, columns, context));
      }
    }

    return rows;
  }

  private async rowContext(): Promise<RowContext> {
    const skills = await this.repository.skills();
    const skillLookup = new Map<string, string>();
    for (const skill of skills) {
      skillLookup.set(skill.id.toLowerCase(), skill.id);
      skillLookup.set(skill.name.toLowerCase(), skill.id);
    }

    return {
      skillLookup,
      skillNames: skills.map((skill) => skill.name),
      knownSkills: new Set(skills.map((skill) => skill.id)),
    };
  }

  /** Looks up every named place at once and fills in the drafts' venues. */
  private async resolvePlaces(rows: CheckedRow[]): Promise<void> {
    const queries = new Map<string, PlaceQuery>();
    for (const { converted } of rows) {
      if (converted?.place) {
        queries.set(placeKey(converted.place), converted.place);
      }
    }
    if (queries.size === 0) return;

    const found = await this.repository.findPlaces([...queries.values()]);
    for (const row of rows) {
      const query = row.converted?.place;
      if (!query) continue;
      const place = found.get(placeKey(query));
      if (place === undefined) {
        row.report.status = 'invalid';
        row.report.problems.push({
          column: 'place',
          value: query.text,
          message: `place "${query.text}" is not in the gazetteer; check the spelling, add the country code (such as "Katoomba, AU"), or give latitude and longitude.`,
        });
        continue;
      }
      row.converted!.draft.location = {
        latitude: place.latitude,
        longitude: place.longitude,
      };
      row.placeId = place.id;
    }
  }

  private async write(
    viewer: Viewer,
    organisationId: string,
    report: ImportReport,
    candidates: ImportCandidate[],
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.repository.insertDrafts(manager, organisationId, candidates);
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId,
          subjectType: 'organisation',
          subjectId: organisationId,
          action: 'import',
          changes: {
            mode: report.mode,
            totalRows: report.totalRows,
            validRows: report.validRows,
            invalidRows: report.invalidRows,
            skippedRows: report.skippedRows,
            imported: candidates.length,
          },
        },
        manager,
      );
    });
    report.imported = candidates.length;
    report.opportunityIds = candidates.map((candidate) => candidate.id);
  }
}

/** Checks one data record of the file. */
function checkRecord(
  record: CsvRecord,
  columns: readonly ImportColumn[],
  context: RowContext,
): CheckedRow {
  const entry = (
    status: ImportRowReport['status'],
    title: string | null,
    problems: ImportProblem[],
  ): ImportRowReport => ({ row: record.line, status, title, problems });
  if (isBlankRecord(record.fields)) {
    return {
      report: entry('skipped', null, []),
      converted: null,
      placeId: null,
    };
  }
  const decoded = decodeRow(record.fields, columns);
  // A row with too few or too many fields has its cells under the wrong
  // columns, so only the field count is reported.
  const converted = decoded.misaligned ? null : convertRow(decoded, context);
  const problems = converted?.problems ?? decoded.problems;

  return {
    report: entry(
      problems.length === 0 ? 'valid' : 'invalid',
      decoded.cells.title,
      problems,
    ),
    converted,
    placeId: null,
  };
}

function summarise(
  mode: ImportMode,
  rows: readonly CheckedRow[],
): ImportReport {
  const count = (status: ImportRowReport['status']) =>
    rows.filter((row) => row.report.status === status).length;

  return {
    mode,
    totalRows: rows.length,
    validRows: count('valid'),
    invalidRows: count('invalid'),
    skippedRows: count('skipped'),
    imported: 0,
    rows: rows.map((row) => row.report),
  };
}
