import { OpportunityKind } from '../../opportunities/opportunity.entity.js';

/**
 * How an opportunity is modelled in OpenActive's Modelling Opportunity
 * Data 2.0:
 * - `CourseInstance`: a course, or a workshop or work placement of several
 *   sessions, where a learner takes part in the whole run.
 * - `SessionSeries`: several sessions of a drop-in kind (event, mentoring,
 *   volunteering, youth cafe), each one complete in itself.
 * - `Event`: anything else with one session or none.
 */
export type OpportunityType = 'CourseInstance' | 'SessionSeries' | 'Event';

const WHOLE_RUN_KINDS = new Set<OpportunityKind>([
  OpportunityKind.WORKSHOP,
  OpportunityKind.WORK_EXPERIENCE,
]);

export function opportunityTypeOf(
  kind: OpportunityKind,
  sessionCount: number,
): OpportunityType {
  if (kind === OpportunityKind.COURSE) return 'CourseInstance';
  if (sessionCount <= 1) return 'Event';

  return WHOLE_RUN_KINDS.has(kind) ? 'CourseInstance' : 'SessionSeries';
}
