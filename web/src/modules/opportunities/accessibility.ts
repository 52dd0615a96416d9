import type { AccessibilitySupport } from '@/gql/graphql';

// A record keyed by the generated union makes the compiler reject a list
// that misses a group the schema adds.
const GROUP_ORDER: Record<AccessibilitySupport, number> = {
  VISUAL_IMPAIRMENT: 1,
  HEARING_IMPAIRMENT: 2,
  PHYSICAL_IMPAIRMENT: 3,
  LEARNING_IMPAIRMENT: 4,
  MENTAL_HEALTH: 5,
  SOCIAL_OR_BEHAVIOURAL: 6,
};

/**
 * The OpenActive accessibility-support groups in display order. Their
 * labels are under `opportunityPage.accessibility.groups`.
 */
export const ACCESSIBILITY_GROUPS = (
  Object.keys(GROUP_ORDER) as AccessibilitySupport[]
).sort((a, b) => GROUP_ORDER[a] - GROUP_ORDER[b]);

/** Sorts groups into display order, so every view lists them alike. */
export function sortAccessibilityGroups(
  groups: readonly AccessibilitySupport[],
): AccessibilitySupport[] {
  return [...groups].sort((a, b) => GROUP_ORDER[a] - GROUP_ORDER[b]);
}
