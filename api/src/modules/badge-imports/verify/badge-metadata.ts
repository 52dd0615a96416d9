import {
  achievementOf,
  asArray,
  dateOf,
  isObject,
  issuerIdOf,
  issuerNameOf,
  type JsonObject,
  stringOrNull,
  validFromOf,
  validUntilOf,
} from '../../verification/checks/credential-fields.js';
import { idOf, ob2Date } from '../ob2/ob2-fields.js';

/** The columns read from an imported badge for lists, filters and pathways. */
export interface BadgeMetadata {
  achievementUri: string | null;
  achievementName: string | null;
  achievementDescription: string | null;
  issuerUri: string | null;
  issuerName: string | null;
  issuedAt: Date | null;
  expiresAt: Date | null;
  /** The image reference (URL or data: URI), not yet fetched. */
  imageRef: string | null;
  alignments: JsonObject[];
}

export function ob3Metadata(credential: JsonObject): BadgeMetadata {
  const achievement = achievementOf(credential);

  return {
    achievementUri: stringOrNull(achievement?.id),
    achievementName:
      stringOrNull(achievement?.name) ?? stringOrNull(credential.name),
    achievementDescription:
      stringOrNull(achievement?.description) ??
      stringOrNull(credential.description),
    issuerUri: issuerIdOf(credential),
    issuerName: issuerNameOf(credential),
    issuedAt: dateOf(validFromOf(credential)),
    expiresAt: dateOf(validUntilOf(credential)),
    imageRef: idOf(achievement?.image) ?? idOf(credential.image),
    alignments: asArray(achievement?.alignment).filter(isObject),
  };
}

/**
 * Reads an Open Badges 2.0 badge: the BadgeClass and issuer as fetched,
 * or, when they could not be loaded, what the assertion embeds.
 */
export function ob2Metadata(
  assertion: JsonObject | null,
  badgeClass: JsonObject | null,
  issuer: JsonObject | null,
): BadgeMetadata {
  const embedded = isObject(assertion?.badge) ? assertion.badge : null;
  const badge = badgeClass ?? embedded;
  const embeddedIssuer = isObject(badge?.issuer) ? badge.issuer : null;
  const profile = issuer ?? embeddedIssuer;

  return {
    achievementUri: idOf(assertion?.badge),
    achievementName: stringOrNull(badge?.name),
    achievementDescription: stringOrNull(badge?.description),
    issuerUri: idOf(profile) ?? idOf(badge?.issuer),
    issuerName: stringOrNull(profile?.name),
    issuedAt: ob2Date(assertion?.issuedOn),
    expiresAt: ob2Date(assertion?.expires),
    imageRef: idOf(assertion?.image) ?? idOf(badge?.image),
    alignments: asArray(badge?.alignment).filter(isObject),
  };
}

export interface ReferenceData {
  sdgs: readonly { number: number; shortTitle: string }[];
  skillIds: ReadonlySet<string>;
}

const SDG_URL =
  /^https?:\/\/(?:www\.)?sdgs\.un\.org\/goals\/goal(\d{1,2})\/?$/i;
const SDG_NAME = /\b(?:SDG|Goal)\s*(\d{1,2})\b/i;

/**
 * Reads SDG numbers and WEF skill ids from alignments. An SDG is known by
 * its UN page (`https://sdgs.un.org/goals/goalN`, which this site also
 * writes), an SDG code or "Goal N"/"SDG N" in the SDG framework, or its
 * short title as the target name. A skill is known by this site's skill
 * URL (`<PUBLIC_URL>/api/skills/<id>`) or by its id as the code in the WEF
 * framework.
 */
export function readAlignments(
  alignments: readonly JsonObject[],
  reference: ReferenceData,
  publicUrl: string,
): { sdgNumbers: number[]; skillIds: string[] } {
  const sdgs = new Set<number>();
  const skills = new Set<string>();
  const skillPrefix = `${publicUrl.replace(/\/+$/, '')}/api/skills/`;
  for (const alignment of alignments) {
    const sdg = sdgOf(alignment, reference);
    if (sdg !== null) sdgs.add(sdg);
    const skill = skillOf(alignment, reference, skillPrefix);
    if (skill !== null) skills.add(skill);
  }

  return {
    sdgNumbers: [...sdgs].sort((a, b) => a - b),
    skillIds: [...skills].sort(),
  };
}

function sdgOf(alignment: JsonObject, reference: ReferenceData): number | null {
  const url = stringOrNull(alignment.targetUrl) ?? '';
  const name = stringOrNull(alignment.targetName) ?? '';
  const framework = stringOrNull(alignment.targetFramework) ?? '';
  const code = stringOrNull(alignment.targetCode) ?? '';
  const candidates = [SDG_URL.exec(url)?.[1]];
  if (/sustainable development goal|\bSDGs?\b/i.test(framework)) {
    candidates.push(/^(\d{1,2})(?:\.\w+)?$/.exec(code)?.[1]);
  }
  candidates.push(SDG_NAME.exec(name)?.[1]);
  for (const candidate of candidates) {
    const number = Number(candidate);
    if (Number.isInteger(number) && number >= 1 && number <= 17) return number;
  }
  const title = reference.sdgs.find(
    (sdg) => sdg.shortTitle.toLowerCase() === name.trim().toLowerCase(),
  );

  return title?.number ?? null;
}

function skillOf(
  alignment: JsonObject,
  reference: ReferenceData,
  skillPrefix: string,
): string | null {
  const url = stringOrNull(alignment.targetUrl) ?? '';
  const fromUrl = url.startsWith(skillPrefix)
    ? url.slice(skillPrefix.length).replace(/\/$/, '')
    : null;
  if (fromUrl !== null && reference.skillIds.has(fromUrl)) return fromUrl;
  const framework = stringOrNull(alignment.targetFramework) ?? '';
  const code = stringOrNull(alignment.targetCode) ?? '';

  return /world economic forum/i.test(framework) && reference.skillIds.has(code)
    ? code
    : null;
}
