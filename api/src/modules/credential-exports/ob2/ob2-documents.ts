import type {
  ExportableCredential,
  Ob2Achievement,
  Ob2Organisation,
} from '../credential-exports.repository.js';

/** The Open Badges 2.0 JSON-LD context. */
export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

type Json = Record<string, unknown>;

export function ob2AssertionUrl(
  publicUrl: string,
  credentialId: string,
): string {
  return `${publicUrl}/ob2/assertions/${credentialId}`;
}

export function ob2BadgeUrl(publicUrl: string, achievementId: string): string {
  return `${publicUrl}/ob2/badges/${achievementId}`;
}

export function ob2IssuerUrl(
  publicUrl: string,
  organisationId: string,
): string {
  return `${publicUrl}/ob2/issuers/${organisationId}`;
}

function asObject(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : {};
}

/**
 * Builds the OB 2.0 recipient, reusing the salted SHA-256 identity of the OB 3.0
 * credential: both specifications hash the address followed by the salt.
 */
function recipientOf(document: Json): Json | null {
  const subject = asObject(document.credentialSubject);
  const identity = (Array.isArray(subject.identifier) ? subject.identifier : [])
    .map(asObject)
    .find(
      (entry) => entry.identityType === 'emailAddress' && entry.hashed === true,
    );
  if (identity === undefined) return null;

  return {
    type: 'email',
    hashed: true,
    salt: identity.salt,
    identity: identity.identityHash,
  };
}

function evidenceOf(document: Json): Json[] {
  const evidence = Array.isArray(document.evidence) ? document.evidence : [];

  return evidence.map(asObject).map((item) => ({
    ...(typeof item.id === 'string' ? { id: item.id } : {}),
    ...(typeof item.name === 'string' ? { name: item.name } : {}),
    ...(typeof item.narrative === 'string'
      ? { narrative: item.narrative }
      : {}),
  }));
}

/** Builds a hosted OB 2.0 Assertion for an OB 3.0 credential we issued. */
export function buildAssertion(
  publicUrl: string,
  credential: ExportableCredential,
): Json {
  const document = credential.document;
  const narrative = asObject(document.credentialSubject).narrative;
  const evidence = evidenceOf(document);

  return {
    '@context': OB2_CONTEXT,
    type: 'Assertion',
    id: ob2AssertionUrl(publicUrl, credential.id),
    recipient: recipientOf(document),
    badge: ob2BadgeUrl(publicUrl, credential.achievementId ?? ''),
    issuedOn: credential.validFrom.toISOString(),
    ...(credential.validUntil === null
      ? {}
      : { expires: credential.validUntil.toISOString() }),
    verification: { type: 'hosted' },
    ...(typeof narrative === 'string' ? { narrative } : {}),
    ...(evidence.length === 0 ? {} : { evidence }),
  };
}

/** Builds the body of a revoked assertion's 410 response. */
export function buildRevokedAssertion(
  publicUrl: string,
  credential: ExportableCredential,
): Json {
  return {
    '@context': OB2_CONTEXT,
    id: ob2AssertionUrl(publicUrl, credential.id),
    revoked: true,
    revocationReason:
      credential.status === 'suspended'
        ? 'The issuer has suspended this badge.'
        : (credential.revocationReason ?? 'The issuer has revoked this badge.'),
  };
}

const SDG_FRAMEWORK = 'UN Sustainable Development Goals';

function alignmentsOf(achievement: Ob2Achievement): Json[] {
  const goals = achievement.sdgs.map((sdg) => ({
    targetName: `Goal ${sdg.number}: ${sdg.title}`,
    targetUrl: `https://sdgs.un.org/goals/goal${sdg.number}`,
    targetFramework: SDG_FRAMEWORK,
    targetCode: String(sdg.number),
  }));
  const targets = achievement.sdgTargets.map((target) => ({
    targetName: `Target ${target}`,
    targetUrl: `https://sdgs.un.org/goals/goal${target.split('.')[0]}`,
    targetFramework: SDG_FRAMEWORK,
    targetCode: target,
  }));
  const esco = achievement.escoSkillUris.map((uri) => ({
    targetName: uri.split('/').at(-1) ?? uri,
    targetUrl: uri,
    targetFramework: 'ESCO',
    targetCode: uri,
  }));

  return [...goals, ...targets, ...esco];
}

/** Builds a hosted OB 2.0 BadgeClass for an achievement. */
export function buildBadgeClass(
  publicUrl: string,
  achievement: Ob2Achievement,
): Json {
  return {
    '@context': OB2_CONTEXT,
    type: 'BadgeClass',
    id: ob2BadgeUrl(publicUrl, achievement.id),
    name: achievement.name,
    description: achievement.description,
    image: `${publicUrl}/api/achievements/${achievement.id}/image`,
    criteria: { narrative: achievement.criteriaNarrative },
    issuer: ob2IssuerUrl(publicUrl, achievement.organisationId),
    alignment: alignmentsOf(achievement),
    tags: achievement.tags,
  };
}

/**
 * Builds a hosted OB 2.0 Issuer profile. It carries no e-mail address, because
 * the only addresses on record belong to people.
 */
export function buildIssuer(
  publicUrl: string,
  organisation: Ob2Organisation,
): Json {
  return {
    '@context': OB2_CONTEXT,
    type: 'Issuer',
    id: ob2IssuerUrl(publicUrl, organisation.id),
    name: organisation.name,
    url: organisation.website ?? publicUrl,
    ...(organisation.description === ''
      ? {}
      : { description: organisation.description }),
  };
}
