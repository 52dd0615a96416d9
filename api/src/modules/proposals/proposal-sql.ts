import { LISTING_ROLES } from '../organisations/organisation-access.service.js';
import type { ProposalModel } from './dto/proposal.model.js';
import type { ProposalKind, ProposalStatus } from './proposal.entity.js';

/** Collects query parameters and returns their `$n` placeholders. */
export class SqlParameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);

    return `$${this.values.length}`;
  }
}

/** The viewer identity that the visibility conditions use. */
export interface ViewerScope {
  userId: string | null;
  isAdmin: boolean;
}

/** The first word of a person's name, the only part shown with their content. */
export const FIRST_NAME_SQL = (alias: string) =>
  `split_part(btrim(${alias}.name), ' ', 1)`;

export const PROPOSAL_COLUMNS = `p.id, p.kind, p.title, p.description,
  ST_Y(p.location::geometry) AS latitude, ST_X(p.location::geometry) AS longitude,
  p.place_name, p.sdg_numbers, p.skill_ids, p.status, p.author_id,
  ${FIRST_NAME_SQL('u')} AS author_first_name,
  p.hidden_at IS NOT NULL AS hidden, p.hidden_reason,
  p.created_at, p.updated_at,
  (SELECT count(*)::int FROM proposal_supports s WHERE s.proposal_id = p.id)
    AS support_count,
  (SELECT count(*)::int FROM proposal_comments c
    WHERE c.proposal_id = p.id AND c.hidden_at IS NULL) AS comment_count`;

export const PROPOSAL_FROM = 'proposals p JOIN users u ON u.id = p.author_id';

export interface ProposalRow {
  id: string;
  kind: ProposalKind;
  title: string;
  description: string;
  latitude: number;
  longitude: number;
  place_name: string | null;
  sdg_numbers: number[];
  skill_ids: string[];
  status: ProposalStatus;
  author_id: string;
  author_first_name: string;
  hidden: boolean;
  hidden_reason: string | null;
  created_at: Date;
  updated_at: Date;
  support_count: number;
  comment_count: number;
}

export function toProposal(row: ProposalRow): ProposalModel {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    location: { latitude: row.latitude, longitude: row.longitude },
    placeName: row.place_name,
    sdgNumbers: row.sdg_numbers,
    skillIds: row.skill_ids,
    status: row.status,
    authorId: row.author_id,
    authorFirstName: row.author_first_name,
    hidden: row.hidden,
    hiddenReason: row.hidden_reason,
    supportCount: row.support_count,
    commentCount: row.comment_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * True when the user is an owner or editor of a verified council whose
 * area covers the point of proposal `p`. `ST_Covers` on the area (a
 * geometry) uses the councils' GiST index.
 */
export function moderatesSql(params: SqlParameters, userId: string | null) {
  return `EXISTS (
    SELECT 1 FROM organisations mc
      JOIN organisation_members mm ON mm.organisation_id = mc.id
     WHERE mc.kind = 'council' AND mc.verified_at IS NOT NULL
       AND mm.user_id = ${params.add(userId)}::uuid
       AND mm.role = ANY(${params.add(LISTING_ROLES)}::organisation_role[])
       AND ST_Covers(mc.area, p.location::geometry))`;
}

/**
 * Builds the condition that the viewer may see proposal `p`: it is not hidden, or
 * the viewer wrote it, is an admin or moderates its place.
 */
export function proposalVisibleSql(
  params: SqlParameters,
  viewer: ViewerScope,
): string {
  if (viewer.isAdmin) return 'TRUE';
  if (viewer.userId === null) return 'p.hidden_at IS NULL';

  return `(p.hidden_at IS NULL OR p.author_id = ${params.add(viewer.userId)}::uuid
    OR ${moderatesSql(params, viewer.userId)})`;
}

/**
 * Builds the condition that the viewer may see comment `c` of proposal `p`, as
 * for proposals, with the comment's author in place of the proposal's.
 */
export function commentVisibleSql(
  params: SqlParameters,
  viewer: ViewerScope,
): string {
  if (viewer.isAdmin) return 'TRUE';
  if (viewer.userId === null) return 'c.hidden_at IS NULL';

  return `(c.hidden_at IS NULL OR c.author_id = ${params.add(viewer.userId)}::uuid
    OR ${moderatesSql(params, viewer.userId)})`;
}
