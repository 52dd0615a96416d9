import { BadUserInputError } from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import { checkStorableText } from '../../common/validation/text.js';
import { achievementUrl } from '../credentials/documents/urls.js';
import type { PathwayStepOptionInput } from './dto/pathway.inputs.js';
import type { StepOptionDefinition } from './progress/progress.js';

export const OPTION_LIMITS = { uri: 500, name: 120 };

/** What the rules need to know about a badge design named by id. */
export interface KnownAchievement {
  organisationId: string;
  archived: boolean;
  name: string;
}

export interface OptionRuleContext {
  publicUrl: string;
  achievements: ReadonlyMap<string, KnownAchievement>;
}

const URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i;
/** A DID (W3C DID Core 1.0 syntax): `did:<method>:<method-specific id>`. */
const DID = /^did:[a-z0-9]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._%-]$/;

/**
 * Checks one option of a step. A badge designed here is named by
 * achievementId, or by its Achievement URL on this site, and becomes a
 * local option. A badge from elsewhere needs its Achievement id, the
 * issuer id it must come from, and a name.
 */
export function checkOption(
  option: PathwayStepOptionInput,
  field: string,
  context: OptionRuleContext,
): StepOptionDefinition {
  const hasId = (option.achievementId ?? '') !== '';
  const hasUri = (option.achievementUri?.trim() ?? '') !== '';
  if (hasId === hasUri) {
    throw new BadUserInputError(
      `${field} needs exactly one of achievementId (a badge designed here) or achievementUri (a badge from elsewhere).`,
      field,
    );
  }
  if (hasId) {
    if ((option.issuerUri?.trim() ?? '') !== '') {
      throw new BadUserInputError(
        `${field} names a badge designed here, which only credentials issued here meet, so it takes no issuerUri; leave issuerUri empty.`,
        `${field}.issuerUri`,
      );
    }

    return localOption(option.achievementId!, field, context);
  }
  const uri = option.achievementUri!.trim();
  const local = localIdOf(uri, field, context.publicUrl);
  // A pasted URI of ours ignores issuerUri, because credentials issued here
  // are the only ones that meet a badge designed here.
  if (local !== null) return localOption(local, field, context);

  return externalOption(uri, option, field);
}

function localOption(
  rawId: string,
  field: string,
  context: OptionRuleContext,
): StepOptionDefinition {
  const id = UUID_PATTERN.test(rawId) ? rawId.toLowerCase() : null;
  const found = id === null ? undefined : context.achievements.get(id);
  if (found === undefined) {
    throw new BadUserInputError(
      `No badge design has id "${rawId.slice(0, 60)}"; search the published badges and pick one.`,
      `${field}.achievementId`,
    );
  }
  if (found.archived) {
    throw new BadUserInputError(
      `Badge "${found.name}" is archived, so learners can no longer earn it; choose another badge.`,
      `${field}.achievementId`,
    );
  }

  return {
    achievementId: id,
    achievementUri: achievementUrl(context.publicUrl, id!),
    issuerUri: null,
    name: null,
  };
}

function externalOption(
  uri: string,
  option: PathwayStepOptionInput,
  field: string,
): StepOptionDefinition {
  if (uri.length > OPTION_LIMITS.uri || !isAchievementUri(uri)) {
    throw new BadUserInputError(
      `achievementUri "${uri.slice(0, 80)}" is not an Achievement id; paste the badge's http(s) or urn: id, at most ${OPTION_LIMITS.uri} characters.`,
      `${field}.achievementUri`,
    );
  }
  const issuerUri = checkIssuerUri(option.issuerUri?.trim() ?? '', uri, field);
  const name = checkStorableText(`${field}.name`, (option.name ?? '').trim());
  if (name.length < 1 || name.length > OPTION_LIMITS.name) {
    throw new BadUserInputError(
      `A badge from elsewhere needs a name of 1 to ${OPTION_LIMITS.name} characters; ${uri.slice(0, 80)} has ${name.length}.`,
      `${field}.name`,
    );
  }

  return { achievementId: null, achievementUri: uri, issuerUri, name };
}

/**
 * Checks the issuer id of a badge from elsewhere. Imports meet the option
 * only when their verified credential names this issuer, so that a badge
 * someone signs for themselves with the same Achievement id does not count.
 */
function checkIssuerUri(issuer: string, uri: string, field: string): string {
  if (issuer === '') {
    throw new BadUserInputError(
      `A badge from elsewhere needs issuerUri, the id of the issuer it must come from (the Issuer ID on the imported badge's page); ${uri.slice(0, 80)} has none.`,
      `${field}.issuerUri`,
    );
  }
  if (issuer.length > OPTION_LIMITS.uri || !isIssuerUri(issuer)) {
    throw new BadUserInputError(
      `issuerUri "${issuer.slice(0, 80)}" is not an issuer id; paste the issuer's did:, http(s) or urn: id, at most ${OPTION_LIMITS.uri} characters.`,
      `${field}.issuerUri`,
    );
  }

  return issuer;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);

    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Whitespace and control characters, which no URI contains. */
const NOT_IN_URI = /[\s\p{Cc}]/u;

function isAchievementUri(text: string): boolean {
  if (NOT_IN_URI.test(text)) return false;

  return URN.test(text) || isHttpUrl(text);
}

/** OB 3.0 issuers are often DIDs; OB 2.0 issuers are Profile URLs. */
function isIssuerUri(text: string): boolean {
  if (NOT_IN_URI.test(text)) return false;

  return DID.test(text) || URN.test(text) || isHttpUrl(text);
}

/**
 * Reads a pasted URI that is under this site's Achievement path, over
 * http or https: returns `{ id }` with the design id it names (or null
 * when it names none), or null for a URI of another site.
 */
export function ourAchievementOf(
  uri: string,
  publicUrl: string,
): { id: string | null } | null {
  const ours = new URL(achievementUrl(publicUrl, ''));
  let pasted: URL;
  try {
    pasted = new URL(uri.trim());
  } catch {
    return null;
  }
  const sameSite =
    (pasted.protocol === 'http:' || pasted.protocol === 'https:') &&
    pasted.host === ours.host;
  // Express matches routes without regard to case, so neither does this.
  const path = pasted.pathname.toLowerCase();
  if (!sameSite || !path.startsWith(ours.pathname.toLowerCase())) return null;
  const rest = pasted.pathname.slice(ours.pathname.length);
  const plain = pasted.search === '' && pasted.hash === '';

  return { id: plain && UUID_PATTERN.test(rest) ? rest.toLowerCase() : null };
}

/**
 * The local id of a pasted URI that names one of our own badge designs,
 * or null for a URI of another site. A URI under this site's Achievement
 * path that names no design is rejected, so that it is never stored as a
 * badge from elsewhere.
 */
function localIdOf(
  uri: string,
  field: string,
  publicUrl: string,
): string | null {
  const ours = ourAchievementOf(uri, publicUrl);
  if (ours === null || ours.id !== null) return ours?.id ?? null;
  throw new BadUserInputError(
    `achievementUri ${uri.slice(0, 80)} is under this site's badges (${achievementUrl(publicUrl, '')}) but names no badge design; search for the badge and add it as a badge designed here.`,
    `${field}.achievementUri`,
  );
}
