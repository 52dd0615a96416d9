import { OB_V3_CONTEXT, VC_V2_CONTEXT } from '../jsonld/contexts.js';
import type { Alignment } from './alignments.js';
import type { IdentityObject } from './recipient-identity.js';
import { credentialUrn, STATUS_PURPOSES, statusListUrl } from './urls.js';

/** An Open Badges 3.0 `Profile` of an issuer or achievement creator. */
export interface Profile {
  id: string;
  type: ['Profile'];
  name: string;
  url?: string;
}

export interface AchievementFields {
  /** The achievement's URL, its `id`. */
  id: string;
  name: string;
  description: string;
  criteriaNarrative: string;
  achievementType: string;
  tags: readonly string[];
  imageUrl: string;
  alignments: readonly Alignment[];
  creator: Profile;
  /** Signed `EndorsementCredential` documents of the achievement. */
  endorsements: readonly Record<string, unknown>[];
}

export interface EvidenceFields {
  url: string;
  name: string | null;
  narrative: string | null;
}

/** The fields that every credential the app issues shares. */
export interface CredentialFrame {
  credentialId: string;
  issuer: Profile;
  validFrom: Date;
  validUntil: Date | null;
  publicUrl: string;
  statusListId: string;
  statusListIndex: number;
}

export function buildProfile(
  id: string,
  name: string,
  website: string | null,
): Profile {
  const profile: Profile = { id, type: ['Profile'], name };
  // `url` is an IRI; a website that is not an absolute http(s) URL would
  // stop canonicalisation, so it is left out.
  if (website !== null && /^https?:\/\/[^\s]+$/i.test(website)) {
    profile.url = website;
  }

  return profile;
}

/** XSD dateTimeStamp without fractional seconds. */
export function dateTimeStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Builds one `BitstringStatusListEntry` per purpose, with the same index. */
export function statusEntries(
  publicUrl: string,
  listId: string,
  index: number,
): Record<string, string>[] {
  return STATUS_PURPOSES.map((purpose) => {
    const list = statusListUrl(publicUrl, listId, purpose);

    return {
      id: `${list}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListIndex: String(index),
      statusListCredential: list,
    };
  });
}

/** Builds the `Achievement` of a badge, with only the fields that are set. */
export function buildAchievement(
  achievement: AchievementFields,
): Record<string, unknown> {
  const document: Record<string, unknown> = {
    id: achievement.id,
    type: ['Achievement'],
    achievementType: achievement.achievementType,
    name: achievement.name,
    description: achievement.description,
    criteria: { narrative: achievement.criteriaNarrative },
    image: {
      id: achievement.imageUrl,
      type: 'Image',
      caption: achievement.name,
    },
    creator: achievement.creator,
  };
  if (achievement.tags.length > 0) document.tag = [...achievement.tags];
  if (achievement.alignments.length > 0) {
    document.alignment = [...achievement.alignments];
  }
  if (achievement.endorsements.length > 0) {
    document.endorsement = [...achievement.endorsements];
  }

  return document;
}

function envelope(
  frame: CredentialFrame,
  type: string,
  name: string,
): Record<string, unknown> {
  const document: Record<string, unknown> = {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: credentialUrn(frame.credentialId),
    type: ['VerifiableCredential', type],
    name,
    issuer: frame.issuer,
    validFrom: dateTimeStamp(frame.validFrom),
  };
  if (frame.validUntil !== null) {
    document.validUntil = dateTimeStamp(frame.validUntil);
  }

  return document;
}

export interface OpenBadgeFields {
  /** `urn:uuid:…`, new for each credential so badges cannot be linked. */
  subjectId: string;
  identity: IdentityObject;
  achievement: AchievementFields;
  narrative: string | null;
  evidence: readonly EvidenceFields[];
}

/** Builds an unsigned `OpenBadgeCredential`. */
export function buildOpenBadgeCredential(
  frame: CredentialFrame,
  fields: OpenBadgeFields,
): Record<string, unknown> {
  const subject: Record<string, unknown> = {
    id: fields.subjectId,
    type: ['AchievementSubject'],
    identifier: [fields.identity],
    achievement: buildAchievement(fields.achievement),
  };
  if (fields.narrative !== null) subject.narrative = fields.narrative;
  const document = envelope(
    frame,
    'OpenBadgeCredential',
    fields.achievement.name,
  );
  document.credentialSubject = subject;
  if (fields.evidence.length > 0) {
    document.evidence = fields.evidence.map(evidenceObject);
  }
  document.credentialStatus = statusEntries(
    frame.publicUrl,
    frame.statusListId,
    frame.statusListIndex,
  );

  return document;
}

function evidenceObject(evidence: EvidenceFields): Record<string, unknown> {
  const object: Record<string, unknown> = {
    id: evidence.url,
    type: ['Evidence'],
  };
  if (evidence.name !== null) object.name = evidence.name;
  if (evidence.narrative !== null) object.narrative = evidence.narrative;

  return object;
}

export interface EndorsementFields {
  /** The endorsed achievement's URL or organisation's did:web. */
  subjectId: string;
  /** The endorsed achievement's or organisation's name. */
  subjectName: string;
  comment: string;
}

/** Builds an unsigned `EndorsementCredential`. */
export function buildEndorsementCredential(
  frame: CredentialFrame,
  fields: EndorsementFields,
): Record<string, unknown> {
  const document = envelope(
    frame,
    'EndorsementCredential',
    `Endorsement of ${fields.subjectName} by ${frame.issuer.name}`,
  );
  document.credentialSubject = {
    id: fields.subjectId,
    type: ['EndorsementSubject'],
    endorsementComment: fields.comment,
  };
  document.credentialStatus = statusEntries(
    frame.publicUrl,
    frame.statusListId,
    frame.statusListIndex,
  );

  return document;
}
