import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import type { LoaderRegistry } from '../../common/graphql/loader-registry.js';
import { cursorScope } from '../../common/pagination/cursor.js';
import {
  MAX_SUPPRESSED_COUNT,
  type SuppressedCount,
  suppressSmallCount,
} from '../../common/privacy/suppressed-count.model.js';
import { currentYear, isMinor } from '../accounts/rules/age.js';
import { DEFAULT_LISTINGS_PAGE } from '../listings/listing-page.js';
import {
  decodeCompositeCursor,
  encodeCompositeCursor,
  INTEGER_TEXT,
} from './composite-cursor.js';
import type {
  LearnerContactBadgeModel,
  LearnerContactConnection,
  LearnerContactModel,
} from './dto/learner-contact.model.js';
import type { SkillNeedPageArgs } from './dto/skill-need.args.js';
import type { SkillNeedModel } from './dto/skill-need.model.js';
import {
  type ContactBadgeRow,
  type ContactRow,
  LearnerReachRepository,
} from './learner-reach.repository.js';
import { SkillNeedAccess } from './skill-need-access.service.js';
import { checkPageSize } from './skill-need-search.service.js';

/** Learner counts are rounded down to a multiple of this. */
export const LEARNER_COUNT_STEP = MAX_SUPPRESSED_COUNT + 1;

/**
 * Withholds a count from 1 to 4 and rounds a larger one down to a
 * multiple of 5, so that moving a need or changing its radius or skills
 * shows a change only when the count crosses a multiple of 5, not when
 * one learner comes into the area.
 */
export function roundedCount(count: number): SuppressedCount {
  const shown = suppressSmallCount(count);
  if (shown.value === null) return shown;

  return {
    ...shown,
    value: Math.floor(shown.value / LEARNER_COUNT_STEP) * LEARNER_COUNT_STEP,
  };
}

/**
 * The learners a need reaches, for members of its employer and admins.
 * Only learners with employer contact on count. The count is of those
 * living near the need; the contacts are those who consented to this
 * employer, wherever they live. Turning the setting off hides a learner
 * everywhere, but their consents stay stored.
 */
@Injectable()
export class LearnerReachService {
  constructor(
    private readonly repository: LearnerReachRepository,
    private readonly access: SkillNeedAccess,
  ) {}

  async learnerCount(
    viewer: Viewer,
    need: SkillNeedModel,
    loaders: LoaderRegistry,
  ): Promise<SuppressedCount> {
    await this.access.requireMember(viewer, need, loaders, 'learner count');

    return roundedCount(await this.repository.countReached(need.id));
  }

  async contacts(
    viewer: Viewer,
    need: SkillNeedModel,
    args: SkillNeedPageArgs,
    loaders: LoaderRegistry,
  ): Promise<LearnerContactConnection> {
    await this.access.requireMember(viewer, need, loaders, 'contacts');
    const first = checkPageSize('first', args.first ?? DEFAULT_LISTINGS_PAGE);
    const scope = cursorScope(['skillNeedContacts', need.id]);
    const position = args.after
      ? decodeCompositeCursor(args.after, scope, INTEGER_TEXT)
      : null;
    const rows = await this.repository.findContacts(
      need.id,
      first + 1,
      position === null
        ? null
        : {
            covered: position.count,
            consentedMicros: position.second,
            id: position.id,
          },
    );
    const page = rows.slice(0, first);
    const badges = await this.repository.findAlignedBadges(
      page.map((row) => row.id),
      need.skillIds,
    );
    const edges = page.map((row) => ({
      node: toContact(row, badges),
      cursor: encodeCompositeCursor(
        { count: row.covered.length, second: row.consented_micros, id: row.id },
        scope,
      ),
    }));

    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      countAll: () => this.repository.countContacts(need.id),
    };
  }
}

/**
 * Shows a minor by first name only and never with an area. An adult's
 * area is the name of their home place, shown only when they share a
 * location and have a home place.
 */
function toContact(
  row: ContactRow,
  badges: readonly ContactBadgeRow[],
): LearnerContactModel {
  const minor = isMinor(row.birth_year, currentYear());

  return {
    id: row.id,
    name: minor ? firstName(row.name) : row.name,
    email: row.email,
    isMinor: minor,
    area: !minor && row.share_location ? row.place_name : null,
    coveredSkillIds: row.covered,
    badges: badges
      .filter((badge) => badge.user_id === row.id)
      .map((badge): LearnerContactBadgeModel => ({
        name: badge.name,
        issuerName: badge.issuer_name,
        issuedAt: badge.issued_at,
        skillIds: badge.skills,
      })),
    consentedAt: row.consented_at,
  };
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
