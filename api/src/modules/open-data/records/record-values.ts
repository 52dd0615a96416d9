import { SDGS, SKILLS } from '@learnscape/db';

import { OpportunityMode } from '../../opportunities/opportunity.entity.js';
import type { OpportunityRecord } from './opportunity-record.js';

const SDG_TITLES = new Map(SDGS.map((sdg) => [sdg.number, sdg.shortTitle]));
const SKILL_NAMES = new Map(SKILLS.map((skill) => [skill.id, skill.name]));

/** Labels an SDG as `SDG 4: Quality Education`. */
export function sdgLabel(sdg: number): string {
  const title = SDG_TITLES.get(sdg);

  return title === undefined ? `SDG ${sdg}` : `SDG ${sdg}: ${title}`;
}

/** Returns the skill's name, or its id when the reference data lacks it. */
export function skillName(skillId: string): string {
  return SKILL_NAMES.get(skillId) ?? skillId;
}

/** The SDG labels, then the skill names, as free-text keywords. */
export function keywordsOf(record: OpportunityRecord): string[] {
  return [...record.sdgs.map(sdgLabel), ...record.skills.map(skillName)];
}

/**
 * Converts a price in minor units to the currency's major unit, with as
 * many decimals as ISO 4217 gives the currency (2 for AUD, 0 for JPY).
 * A free opportunity costs 0.
 */
export function majorUnitPrice(
  cost: Pick<OpportunityRecord, 'costMinor' | 'currency'>,
): number {
  if (cost.costMinor === null || cost.currency === null) return 0;

  return cost.costMinor / 10 ** currencyDigits(cost.currency);
}

/** The decimals of a currency's major unit, from ISO 4217 via Intl. */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
    }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** Whether people meet online, at the venue, or either. */
export function attendsOnline(record: OpportunityRecord): boolean {
  return record.mode !== OpportunityMode.IN_PERSON;
}

export function attendsInPerson(record: OpportunityRecord): boolean {
  return record.mode !== OpportunityMode.ONLINE;
}
