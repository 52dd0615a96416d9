import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { CursorPosition } from '../../common/pagination/cursor.js';
import type {
  ProposalCommentModel,
  ProposalReportModel,
} from './dto/proposal.model.js';
import {
  commentVisibleSql,
  FIRST_NAME_SQL,
  moderatesSql,
  SqlParameters,
  type ViewerScope,
} from './proposal-sql.js';

const COMMENT_COLUMNS = `c.id, c.proposal_id AS "proposalId", c.body,
  ${FIRST_NAME_SQL('u')} AS "authorFirstName", c.author_id AS "authorId",
  c.organisation_id AS "organisationId", o.name AS "organisationName",
  o.kind AS "organisationKind", c.hidden_at IS NOT NULL AS hidden,
  c.hidden_reason AS "hiddenReason", c.created_at AS "createdAt"`;

const COMMENT_FROM = `proposal_comments c
  JOIN proposals p ON p.id = c.proposal_id
  JOIN users u ON u.id = c.author_id
  LEFT JOIN organisations o ON o.id = c.organisation_id`;

/** `created_at` in microseconds since 1970, exact in a float8 until 2255. */
const CREATED_KEY =
  '(extract(epoch FROM c.created_at) * 1000000)::bigint::float8';

export interface CommentHit {
  comment: ProposalCommentModel;
  sortKey: number;
}

export interface ReportHit {
  report: ProposalReportModel;
  sortKey: number;
}

/** A council through which a user could moderate a proposal. */
export interface ModeratingCouncil {
  id: string;
  name: string;
  verified: boolean;
}

/** SQL for comments, reports and who moderates a proposal. */
@Injectable()
export class ProposalCommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    proposalId: string,
    authorId: string,
    organisationId: string | null,
    body: string,
  ): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO proposal_comments (proposal_id, author_id, organisation_id, body)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [proposalId, authorId, organisationId, body],
    );

    return row!.id;
  }

  /** Finds a comment whether hidden or not; callers check visibility. */
  async findOne(id: string): Promise<ProposalCommentModel | null> {
    const rows: ProposalCommentModel[] = await this.dataSource.query(
      `SELECT ${COMMENT_COLUMNS} FROM ${COMMENT_FROM} WHERE c.id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async findProposalIdOfComment(id: string): Promise<string | null> {
    const rows: { proposal_id: string }[] = await this.dataSource.query(
      'SELECT proposal_id FROM proposal_comments WHERE id = $1',
      [id],
    );

    return rows[0]?.proposal_id ?? null;
  }

  /** Lists the comments of a proposal the viewer may see, oldest first. */
  async findPage(
    proposalId: string,
    viewer: ViewerScope,
    limit: number,
    position: CursorPosition | null,
  ): Promise<CommentHit[]> {
    const params = new SqlParameters();
    const conditions = [
      `c.proposal_id = ${params.add(proposalId)}::uuid`,
      commentVisibleSql(params, viewer),
    ];
    if (position !== null) {
      conditions.push(
        `(${CREATED_KEY}, c.id) > (${params.add(position.key)}::float8, ${params.add(position.id)}::uuid)`,
      );
    }
    const rows: (ProposalCommentModel & { sortKey: number })[] =
      await this.dataSource.query(
        `SELECT ${COMMENT_COLUMNS}, ${CREATED_KEY} AS "sortKey"
           FROM ${COMMENT_FROM} WHERE ${conditions.join(' AND ')}
          ORDER BY c.created_at, c.id LIMIT ${params.add(limit)}`,
        params.values,
      );

    return rows.map(({ sortKey, ...comment }) => ({ comment, sortKey }));
  }

  /**
   * Sets or clears the hidden state of a proposal or comment and returns
   * whether it changed.
   */
  async setHidden(
    manager: EntityManager,
    table: 'proposals' | 'proposal_comments',
    id: string,
    hidden: { reason: string; byId: string } | null,
  ): Promise<boolean> {
    const [, count]: [unknown, number] = await manager.query(
      `UPDATE ${table}
          SET hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END,
              hidden_reason = $2, hidden_by_id = $3
        WHERE id = $1 AND (hidden_at IS NULL) = ($2::text IS NOT NULL)`,
      [id, hidden?.reason ?? null, hidden?.byId ?? null],
    );

    return count > 0;
  }

  /** Lists the councils covering the proposal where the user is an owner or editor. */
  findModeratingCouncils(
    userId: string,
    proposalId: string,
  ): Promise<ModeratingCouncil[]> {
    return this.dataSource.query(
      `SELECT c.id, c.name, c.verified_at IS NOT NULL AS verified
         FROM proposals p
         JOIN organisations c
           ON c.kind = 'council' AND ST_Covers(c.area, p.location::geometry)
         JOIN organisation_members m
           ON m.organisation_id = c.id AND m.user_id = $2
          AND m.role IN ('owner', 'editor')
        WHERE p.id = $1
        ORDER BY verified DESC, c.name`,
      [proposalId, userId],
    );
  }

  /** Finds which of the proposals the user moderates through a verified council. */
  async findModerated(
    userId: string,
    proposalIds: readonly string[],
  ): Promise<Map<string, boolean>> {
    const params = new SqlParameters();
    const ids = params.add(proposalIds);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM proposals p
        WHERE p.id = ANY(${ids}::uuid[]) AND ${moderatesSql(params, userId)}`,
      params.values,
    );

    return new Map(rows.map((row) => [row.id, true]));
  }

  /** Checks whether the user moderates any place: a verified council's editor. */
  async moderatesAnywhere(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM organisations c
         JOIN organisation_members m ON m.organisation_id = c.id
        WHERE c.kind = 'council' AND c.verified_at IS NOT NULL
          AND c.area IS NOT NULL AND m.user_id = $1
          AND m.role IN ('owner', 'editor')
        LIMIT 1`,
      [userId],
    );

    return rows.length > 0;
  }

  /** Checks whether the user already has an open report of the content. */
  async hasOpenReport(
    reporterId: string,
    proposalId: string,
    commentId: string | null,
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM proposal_reports
        WHERE reporter_id = $1 AND proposal_id = $2
          AND comment_id IS NOT DISTINCT FROM $3::uuid AND resolved_at IS NULL`,
      [reporterId, proposalId, commentId],
    );

    return rows.length > 0;
  }

  async insertReport(
    reporterId: string,
    proposalId: string,
    commentId: string | null,
    reason: string,
  ): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO proposal_reports (reporter_id, proposal_id, comment_id, reason)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [reporterId, proposalId, commentId, reason],
    );

    return row!.id;
  }

  /**
   * Resolves the open reports of a proposal (every one, with `commentId`
   * null) or of one comment.
   */
  async resolveReports(
    manager: EntityManager,
    proposalId: string,
    commentId: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE proposal_reports SET resolved_at = now()
        WHERE proposal_id = $1 AND resolved_at IS NULL
          AND comment_id IS NOT DISTINCT FROM $2::uuid`,
      [proposalId, commentId],
    );
  }

  async resolveReport(id: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE proposal_reports SET resolved_at = now() WHERE id = $1',
      [id],
    );
  }

  async findReport(id: string): Promise<ProposalReportModel | null> {
    const rows: ProposalReportModel[] = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE r.id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  /**
   * Lists the open reports the viewer moderates, oldest first: all of them
   * for an admin, else those inside the viewer's verified councils.
   */
  async findOpenReports(
    viewer: ViewerScope,
    limit: number,
    position: CursorPosition | null,
  ): Promise<ReportHit[]> {
    const params = new SqlParameters();
    const conditions = ['r.resolved_at IS NULL'];
    if (!viewer.isAdmin) conditions.push(moderatesSql(params, viewer.userId));
    const key = '(extract(epoch FROM r.created_at) * 1000000)::bigint::float8';
    if (position !== null) {
      conditions.push(
        `(${key}, r.id) > (${params.add(position.key)}::float8, ${params.add(position.id)}::uuid)`,
      );
    }
    const rows: (ProposalReportModel & { sortKey: number })[] =
      await this.dataSource.query(
        `SELECT ${REPORT_COLUMNS}, ${key} AS "sortKey" FROM ${REPORT_FROM}
          WHERE ${conditions.join(' AND ')}
          ORDER BY r.created_at, r.id LIMIT ${params.add(limit)}`,
        params.values,
      );

    return rows.map(({ sortKey, ...report }) => ({ report, sortKey }));
  }
}

const REPORT_COLUMNS = `r.id, r.proposal_id AS "proposalId",
  p.title AS "proposalTitle", r.comment_id AS "commentId",
  c.body AS "commentBody",
  CASE WHEN r.comment_id IS NULL THEN p.hidden_at IS NOT NULL
       ELSE c.hidden_at IS NOT NULL END AS "contentHidden",
  r.reason, r.resolved_at AS "resolvedAt", r.created_at AS "createdAt"`;

const REPORT_FROM = `proposal_reports r
  JOIN proposals p ON p.id = r.proposal_id
  LEFT JOIN proposal_comments c ON c.id = r.comment_id`;
