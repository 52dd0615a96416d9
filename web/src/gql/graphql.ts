/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** The token from the link in the invitation e-mail. */
  token: string;
};

/** A group of the OpenActive accessibility-support vocabulary (https://openactive.io/accessibility-support). */
export type AccessibilitySupport =
  | 'HEARING_IMPAIRMENT'
  | 'LEARNING_IMPAIRMENT'
  | 'MENTAL_HEALTH'
  | 'PHYSICAL_IMPAIRMENT'
  | 'SOCIAL_OR_BEHAVIOURAL'
  | 'VISUAL_IMPAIRMENT';

export type AddEmailAddressInput = {
  email: string;
};

export type ApproveOpportunityInput = {
  opportunityId: string | number;
};

export type ApproveProviderInput = {
  councilId: string | number;
  providerId: string | number;
};

export type ArchiveAchievementInput = {
  achievementId: string | number;
};

export type ArchiveOpportunityInput = {
  opportunityId: string | number;
};

export type Attendance =
  | 'ABSENT'
  | 'ATTENDED';

export type AwardBadgeInput = {
  achievementId: string | number;
  email?: string | null | undefined;
  evidence?: Array<EvidenceInput> | null | undefined;
  /** A key the client makes once per award (8 to 200 characters); a retried request with it returns the same credential. */
  idempotencyKey: string;
  narrative?: string | null | undefined;
  /** A registration marked attended; give this or email. */
  registrationId?: string | number | null | undefined;
};

export type AwardJobStatus =
  | 'FINISHED'
  | 'RUNNING';

/** A badge of the backpack: its kind and id. */
export type BackpackBadgeInput = {
  id: string | number;
  kind: BackpackItemKind;
};

/** Issued badges: REVOKED or SUSPENDED by the issuer, EXPIRED after validUntil, NOT_YET_VALID before validFrom, else VALID. Imported badges: the result of their latest verification. */
export type BackpackBadgeStatus =
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'UNVERIFIABLE'
  | 'VALID';

/** Within one list any value matches; every filter given must match. */
export type BackpackFilterInput = {
  /** Issued at or after this time. */
  issuedFrom?: string | null | undefined;
  /** Issued at or before this time. */
  issuedTo?: string | null | undefined;
  /** Issuer keys from myBackpackIssuers, at most 50. */
  issuers?: Array<string> | null | undefined;
  kinds?: Array<BackpackItemKind> | null | undefined;
  /** SDG numbers 1 to 17, at most 17. */
  sdgs?: Array<number> | null | undefined;
  /** WEF skill ids, at most 16. */
  skills?: Array<string> | null | undefined;
  statuses?: Array<BackpackBadgeStatus> | null | undefined;
};

/** ISSUED: awarded on Learnscape. IMPORTED: issued elsewhere. */
export type BackpackItemKind =
  | 'IMPORTED'
  | 'ISSUED';

/** NEWEST and OLDEST by issue date; NAME by badge name; ISSUER by issuer name, then badge name. */
export type BackpackSort =
  | 'ISSUER'
  | 'NAME'
  | 'NEWEST'
  | 'OLDEST';

/** A map viewport in degrees. A west edge greater than the east edge crosses the antimeridian. */
export type BoundingBoxInput = {
  east: number;
  north: number;
  south: number;
  west: number;
};

export type ChangeCredentialStatusInput = {
  credentialId: string | number;
  /** Why the status changes; 1 to 500 characters. */
  reason: string;
};

export type ChangeEmailInput = {
  currentPassword: string;
  newEmail: string;
};

export type ChangeMemberRoleInput = {
  organisationId: string | number;
  role: OrganisationRole;
  userId: string | number;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CheckOutcome =
  | 'FAILED'
  | 'PASSED'
  | 'SKIPPED';

export type CollectionBadgeInput = {
  badge: BackpackBadgeInput;
  collectionId: string | number;
};

export type CollectionInput = {
  collectionId: string | number;
};

export type CommentOnProposalInput = {
  /** 1 to 2,000 characters. */
  body: string;
  /** Reply for this provider or council; the viewer must be its owner or editor. Omit for a personal comment. */
  organisationId?: string | number | null | undefined;
  proposalId: string | number;
};

export type ConvertProposalToListingInput = {
  /** The kind of listing. */
  kind: OpportunityKind;
  /** The provider whose draft it becomes; the viewer must be its owner or editor. */
  organisationId: string | number;
  proposalId: string | number;
};

/** Problems come back as BAD_USER_INPUT with `extensions.field`, such as `input.sdgTargets.1`. */
export type CreateAchievementInput = {
  /** One of `achievementTypes`, or an extension term such as `ext:Volunteering`. */
  achievementType: string;
  /** Markdown, 1 to 5,000 characters. */
  criteriaNarrative: string;
  /** 1 to 2,000 characters. */
  description: string;
  /** ESCO skill URIs, `http://data.europa.eu/esco/skill/<id>`; at most 20. */
  escoSkillUris?: Array<string> | null | undefined;
  /** A file uploaded with purpose achievement_image by the same organisation; null: an image generated from the SDG colours. */
  imageFileId?: string | number | null | undefined;
  /** 1 to 120 characters. */
  name: string;
  organisationId: string | number;
  /** SDG numbers, 1 to 17. */
  sdgNumbers?: Array<number> | null | undefined;
  /** SDG target codes such as `4.4`, each of a chosen goal. */
  sdgTargets?: Array<string> | null | undefined;
  /** Skill ids from `skills`. */
  skillIds?: Array<string | number> | null | undefined;
  /** At most 20 tags of 1 to 40 characters. */
  tags?: Array<string> | null | undefined;
  /** Days a credential stays valid, 1 to 3,650; null: forever. */
  validityDays?: number | null | undefined;
};

export type CreateClaimCodeInput = {
  achievementId: string | number;
  expiresAt: string;
  /** 1 to 10000; null means no limit. */
  maxRedemptions?: number | null | undefined;
  sessionId?: string | number | null | undefined;
};

export type CreateCollectionInput = {
  /** Up to 1000 characters. */
  description?: string | null | undefined;
  /** 1 to 100 characters. */
  name: string;
};

export type CreateOpportunityInput = {
  listing: OpportunityInput;
  /** A provider organisation. */
  organisationId: string | number;
};

export type CreateOrganisationInput = {
  description?: string | null | undefined;
  kind: OrganisationKind;
  name: string;
  /** An http(s) URL. */
  website?: string | null | undefined;
};

/** Problems come back as BAD_USER_INPUT with `extensions.field`, such as `input.steps.1.options.0`. */
export type CreatePathwayInput = {
  /** 1 to 4,000 characters. */
  description: string;
  /** The goal badge: a badge design of the pathway's organisation, not archived. */
  goalAchievementId: string | number;
  /** Steps count only in order. */
  ordered?: boolean | null | undefined;
  organisationId: string | number;
  /** SDG numbers, 1 to 17. */
  sdgNumbers?: Array<number> | null | undefined;
  /** Skill ids from `skills`. */
  skillIds?: Array<string | number> | null | undefined;
  /** 1 to 20 steps, in order. */
  steps: Array<PathwayStepInput>;
  /** 1 to 120 characters. */
  title: string;
};

export type CreateProposalInput = {
  proposal: ProposalFieldsInput;
};

/** A new skill need. Problems come back as BAD_USER_INPUT with `extensions.field` and `extensions.problems`. */
export type CreateSkillNeedInput = {
  /** An https:// link written as https://host/..., or mailto:address with an optional ?subject=. Stored as the URL parser writes it. */
  applyUrl: string;
  /** YYYY-MM-DD, from today (UTC) to two years ahead. */
  closesOn: string;
  /** Plain text or Markdown, at most 5,000 characters. */
  description?: string | null | undefined;
  /** A verified employer where the viewer is an owner or editor. */
  employerId: string | number;
  /** Up to 10 ESCO skill URIs, each `http://data.europa.eu/esco/skill/<uuid>`. */
  escoSkillUris?: Array<string> | null | undefined;
  /** The workplace: both coordinates, or the id of a place from `places`. */
  location: NearInput;
  /** 1 to 10,000. */
  openings: number;
  /** Kilometres around the location that count as local, 5 to 200. */
  radiusKm: number;
  /** 1 to 8 skill ids from `skills`. */
  skillIds: Array<string | number>;
  /** 3 to 120 characters with at least one visible character; no control or text direction characters. */
  title: string;
};

/** How a credential was submitted for verification. */
export type CredentialFormat =
  | 'JSON_LD'
  | 'PNG'
  | 'SVG'
  | 'UNKNOWN'
  | 'VC_JWT';

/** Whether a credential is in force; REVOKED is final. */
export type CredentialStatus =
  | 'ACTIVE'
  | 'REVOKED'
  | 'SUSPENDED';

export type DecideOAuthAuthorizationInput = {
  requestId: string | number;
};

export type DeleteAccountInput = {
  currentPassword: string;
};

export type DismissProposalReportInput = {
  reportId: string | number;
};

export type EmailAddressInput = {
  /** The id of an extra address. */
  emailAddressId: string | number;
};

export type EndorseAchievementInput = {
  achievementId: string | number;
  /** 1 to 2000 characters. */
  comment: string;
  /** The endorsing organisation. */
  organisationId: string | number;
};

/** One evidence item: an uploaded evidence file or a link. */
export type EvidenceInput = {
  /** An evidence file uploaded for the same organisation. */
  fileId?: string | number | null | undefined;
  name?: string | null | undefined;
  narrative?: string | null | undefined;
  /** An http(s) link. */
  url?: string | null | undefined;
};

export type GridShape =
  | 'HEXAGON'
  | 'SQUARE';

export type ImportBadgeTextInput = {
  /** An Open Badges 3.0 credential (JSON or VC-JWT) or an Open Badges 2.0 assertion (JSON or JWS). */
  text: string;
};

export type ImportBadgeUrlInput = {
  /** The http(s) URL of an Open Badges 2.0 hosted assertion. */
  url: string;
};

/** How an imported badge reached the backpack. */
export type ImportSource =
  | 'API'
  | 'JSON'
  | 'JWT'
  | 'PNG'
  | 'SVG'
  | 'URL';

/** The result of the latest verification of an imported badge. */
export type ImportedBadgeStatus =
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'UNVERIFIABLE'
  | 'VALID';

/** The Open Badges version an imported badge follows. */
export type ImportedSpecVersion =
  | 'OB2'
  | 'OB3';

/** Calendar buckets in UTC; weeks start on Monday. */
export type InsightPeriod =
  | 'MONTH'
  | 'WEEK';

export type InviteMemberInput = {
  email: string;
  organisationId: string | number;
  role: OrganisationRole;
};

/** A position in WGS 84 degrees. */
export type LatLngInput = {
  /** Degrees, -90 to 90. */
  latitude: number;
  /** Degrees, -180 to 180. */
  longitude: number;
};

export type MarkAllAttendanceInput = {
  attendance: Attendance;
  sessionId: string | number;
};

export type MarkAttendanceInput = {
  attendance: Attendance;
  registrationId: string | number;
};

/** Hides or shows a comment again, with the reason. */
export type ModerateProposalCommentInput = {
  commentId: string | number;
  /** 5 to 1,000 characters; the author sees it. */
  reason: string;
};

/** Hides or shows a proposal again, with the reason. */
export type ModerateProposalInput = {
  proposalId: string | number;
  /** 5 to 1,000 characters; the author sees it. */
  reason: string;
};

export type MoveCollectionBadgeInput = {
  badge: BackpackBadgeInput;
  collectionId: string | number;
  /** The new 0-based position. */
  position: number;
};

/** A point to search around: both coordinates, or the id of a place. */
export type NearInput = {
  /** Degrees, -90 to 90. */
  latitude?: number | null | undefined;
  /** Degrees, -180 to 180. */
  longitude?: number | null | undefined;
  /** A place from `places`. */
  placeId?: string | number | null | undefined;
};

/** Within one list any value matches; every filter given must match. */
export type OpportunityFilterInput = {
  /** The learner's age in years; matches the age range. */
  age?: number | null | undefined;
  freeOnly?: boolean | null | undefined;
  kinds?: Array<OpportunityKind> | null | undefined;
  modes?: Array<OpportunityMode> | null | undefined;
  /** SDG numbers, 1 to 17. */
  sdgs?: Array<number> | null | undefined;
  /** Skill ids. */
  skills?: Array<string | number> | null | undefined;
  /** Has a session starting at or after this time. */
  startsAfter?: string | null | undefined;
  /** Has a session starting before this time. */
  startsBefore?: string | null | undefined;
  /** Words to find in the title, summary or description. */
  text?: string | null | undefined;
};

/** A whole listing. Problems come back as BAD_USER_INPUT with `extensions.field` (such as `input.listing.sessions.0.endsAt`) for the first and `extensions.problems` for all of them. */
export type OpportunityInput = {
  /** Plain text on access, at most 1000 characters. Omitted on an update, the stored text is kept; null or blank clears it. */
  accessibilityInformation?: string | null | undefined;
  /** The groups of access needs catered for, each at most once. Omitted on an update, the stored groups are kept; null or an empty list means none. */
  accessibilitySupport?: Array<AccessibilitySupport> | null | undefined;
  /** The badge that taking part earns: an unarchived achievement of the same organisation; null for none. */
  achievementId?: string | number | null | undefined;
  /** Places per session; null means unlimited. */
  capacity?: number | null | undefined;
  /** Price in minor units (cents, pence); null means free. */
  costMinor?: number | null | undefined;
  /** ISO 4217 code; needed with a price. */
  currency?: string | null | undefined;
  /** Markdown, at most 20,000 characters. */
  description: string;
  kind: OpportunityKind;
  /** The venue; null for online opportunities. */
  location?: LatLngInput | null | undefined;
  maxAge?: number | null | undefined;
  minAge?: number | null | undefined;
  mode: OpportunityMode;
  /** SDG numbers, 1 to 17. */
  sdgs: Array<number>;
  /** Every session the listing keeps: sessions left out are deleted, which fails while they have registrations. */
  sessions: Array<SessionInput>;
  /** Skill ids from `skills`. */
  skills: Array<string | number>;
  /** 10 to 300 characters. */
  summary: string;
  /** 3 to 120 characters. */
  title: string;
  venueAddress?: string | null | undefined;
  /** Needed with a location. */
  venueName?: string | null | undefined;
};

export type OpportunityKind =
  | 'COURSE'
  | 'EVENT'
  | 'MENTORING'
  | 'VOLUNTEERING'
  | 'WORKSHOP'
  | 'WORK_EXPERIENCE'
  | 'YOUTH_CAFE';

export type OpportunityMode =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

export type OpportunityStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PENDING'
  | 'PUBLISHED'
  | 'REJECTED';

export type OrganisationKind =
  | 'COUNCIL'
  | 'EMPLOYER'
  | 'PROVIDER';

/** Owners manage members and everything else, editors list opportunities, awarders record attendance and award badges. */
export type OrganisationRole =
  | 'AWARDER'
  | 'EDITOR'
  | 'OWNER';

export type PathwayIdInput = {
  pathwayId: string | number;
};

export type PathwayStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

export type PathwayStepInput = {
  /** 1 to 20 different badges. */
  options: Array<PathwayStepOptionInput>;
  /** Any N of the options: 1 to the number of options. */
  requiredCount?: number | null | undefined;
  /** At most 120 characters. */
  title?: string | null | undefined;
};

/** Exactly one of achievementId (a badge designed here, met only by credentials issued here) or achievementUri with issuerUri and name (a badge from elsewhere, met by imports of that Achievement from that issuer). */
export type PathwayStepOptionInput = {
  achievementId?: string | number | null | undefined;
  /** An http(s) or urn: Achievement id, at most 500 characters. This site's own Achievement URLs become badges designed here. */
  achievementUri?: string | null | undefined;
  /** The id of the issuer a badge from elsewhere must come from: the credential's issuer.id (OB 3.0, often a did:) or the issuer Profile id (OB 2.0), as the Issuer ID on an imported badge's page shows it. A did:, http(s) or urn: id, at most 500 characters; required with achievementUri. */
  issuerUri?: string | null | undefined;
  /** The name to show for a badge from elsewhere, 1 to 120 characters; required with achievementUri. */
  name?: string | null | undefined;
};

export type PathwayStepState =
  | 'MET'
  | 'NOT_MET'
  /** Held, but counts only once an earlier step of the ordered pathway is met. */
  | 'WAITING';

export type ProfileVisibility =
  | 'PRIVATE'
  | 'PUBLIC';

/** A whole proposal. Give `location` (a point on the map) or `placeId` (a gazetteer place), not both. Problems come back as BAD_USER_INPUT with `extensions.field` and `extensions.problems`. */
export type ProposalFieldsInput = {
  /** Plain text or Markdown, at most 4,000 characters. */
  description: string;
  kind: ProposalKind;
  /** A point; stored rounded to 0.001° (about 100 m). */
  location?: LatLngInput | null | undefined;
  /** A place from `places`. */
  placeId?: string | number | null | undefined;
  /** SDG numbers, 1 to 17. */
  sdgs: Array<number>;
  /** Skill ids from `skills`. */
  skills: Array<string | number>;
  /** 3 to 120 characters. */
  title: string;
};

/** Within one list any value matches; every filter given must match. */
export type ProposalFilterInput = {
  kinds?: Array<ProposalKind> | null | undefined;
  /** SDG numbers, 1 to 17. */
  sdgs?: Array<number> | null | undefined;
  /** Skill ids. */
  skills?: Array<string | number> | null | undefined;
  /** Null means open and taken up, leaving withdrawn ones out. */
  statuses?: Array<ProposalStatus> | null | undefined;
};

/** Names one proposal. */
export type ProposalIdInput = {
  proposalId: string | number;
};

export type ProposalKind =
  | 'OPPORTUNITY'
  | 'PATHWAY';

export type ProposalStatus =
  | 'OPEN'
  /** A provider made at least one draft listing from it. */
  | 'TAKEN_UP'
  | 'WITHDRAWN';

export type RedeemClaimCodeInput = {
  /** Case and dashes do not matter. */
  code: string;
};

export type RegisterForSessionInput = {
  sessionId: string | number;
};

export type RegistrationStatus =
  | 'REGISTERED'
  | 'WAITLISTED'
  | 'WITHDRAWN';

export type RejectOpportunityInput = {
  opportunityId: string | number;
  /** 5 to 1000 characters, shown to the provider. */
  reason: string;
};

export type RemoveMemberInput = {
  organisationId: string | number;
  userId: string | number;
};

export type ReportProposalInput = {
  /** A comment of the proposal; omit to report the proposal itself. */
  commentId?: string | number | null | undefined;
  proposalId: string | number;
  /** 5 to 1,000 characters, shown to moderators. */
  reason: string;
};

export type RequestPasswordResetInput = {
  email: string;
};

export type ResetPasswordInput = {
  newPassword: string;
  /** The `token` parameter of the e-mailed link. */
  token: string;
};

export type RevokeClaimCodeInput = {
  claimCodeId: string | number;
};

export type RevokeConnectedAppInput = {
  /** The ConnectedApp id. */
  connectedAppId: string | number;
};

export type RevokeInvitationInput = {
  invitationId: string | number;
};

export type RevokeOrganisationVerificationInput = {
  organisationId: string | number;
};

export type RotateIssuerKeysInput = {
  organisationId: string | number;
};

/** One dated occurrence. */
export type SessionInput = {
  /** Later than `startsAt`. */
  endsAt: string;
  /** An existing session to keep; omit for a new session. */
  id?: string | number | null | undefined;
  startsAt: string;
  /** IANA time zone, such as Australia/Sydney. */
  timeZone: string;
};

export type SetCollectionPublicInput = {
  collectionId: string | number;
  /** True creates a share link and shares every badge in the collection; false turns the link off. */
  public: boolean;
};

export type SetCouncilAreaInput = {
  /** GeoJSON text in WGS84 (EPSG:4326): a Polygon, MultiPolygon, Feature or FeatureCollection of polygons. Bodies over 100 kB go to PUT /api/organisations/{id}/area. */
  geoJson: string;
  organisationId: string | number;
};

export type ShareCredentialInput = {
  credentialId: string | number;
  /** True makes the badge page public; false hides it. */
  shared: boolean;
};

export type ShareImportedBadgeInput = {
  id: string | number;
  /** True shows the badge publicly; false hides it. */
  shared: boolean;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  /** The person must turn 16 or older this year. */
  birthYear: number;
  /** Trimmed and stored in lower case. */
  email: string;
  name: string;
  /** 10 to 256 characters, not a common password and not the e-mail address. */
  password: string;
};

/** The World Economic Forum's three groups of 21st-century skills. */
export type SkillGroup =
  | 'CHARACTER_QUALITY'
  | 'COMPETENCY'
  | 'FOUNDATIONAL_LITERACY';

/** Every filter given must match. */
export type SkillNeedFilterInput = {
  /** Skill ids; a need with any of them matches. */
  skills?: Array<string | number> | null | undefined;
  /** Words to find in the title or description; at most 200 characters. */
  text?: string | null | undefined;
};

export type SkillNeedMatchKind =
  | 'OPPORTUNITY'
  | 'PATHWAY';

export type SkillNeedStatus =
  /** Closed early by the employer. */
  | 'CLOSED'
  /** Taking applications until `closesOn`. */
  | 'OPEN';

export type StartBulkAwardInput = {
  achievementId: string | number;
  emails?: Array<string> | null | undefined;
  evidence?: Array<EvidenceInput> | null | undefined;
  idempotencyKey: string;
  narrative?: string | null | undefined;
  /** Awards every learner marked attended at this session. */
  sessionId?: string | number | null | undefined;
};

export type SubmitOpportunityInput = {
  opportunityId: string | number;
};

/** Replaces every field of the design. */
export type UpdateAchievementInput = {
  achievementId: string | number;
  /** One of `achievementTypes`, or an extension term such as `ext:Volunteering`. */
  achievementType: string;
  /** Markdown, 1 to 5,000 characters. */
  criteriaNarrative: string;
  /** 1 to 2,000 characters. */
  description: string;
  /** ESCO skill URIs, `http://data.europa.eu/esco/skill/<id>`; at most 20. */
  escoSkillUris?: Array<string> | null | undefined;
  /** A file uploaded with purpose achievement_image by the same organisation; null: an image generated from the SDG colours. */
  imageFileId?: string | number | null | undefined;
  /** 1 to 120 characters. */
  name: string;
  /** SDG numbers, 1 to 17. */
  sdgNumbers?: Array<number> | null | undefined;
  /** SDG target codes such as `4.4`, each of a chosen goal. */
  sdgTargets?: Array<string> | null | undefined;
  /** Skill ids from `skills`. */
  skillIds?: Array<string | number> | null | undefined;
  /** At most 20 tags of 1 to 40 characters. */
  tags?: Array<string> | null | undefined;
  /** Days a credential stays valid, 1 to 3,650; null: forever. */
  validityDays?: number | null | undefined;
};

/** Changes the fields given; omitted fields stay as they are. */
export type UpdateCollectionInput = {
  collectionId: string | number;
  description?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateOpportunityInput = {
  listing: OpportunityInput;
  opportunityId: string | number;
};

/** Leave a field out to keep it; the slug never changes. */
export type UpdateOrganisationInput = {
  description?: string | null | undefined;
  name?: string | null | undefined;
  organisationId: string | number;
  /** An http(s) URL; null or an empty string removes it. */
  website?: string | null | undefined;
};

/** Replaces every field and step of the pathway. */
export type UpdatePathwayInput = {
  /** 1 to 4,000 characters. */
  description: string;
  /** The goal badge: a badge design of the pathway's organisation, not archived. */
  goalAchievementId: string | number;
  /** Steps count only in order. */
  ordered?: boolean | null | undefined;
  pathwayId: string | number;
  /** SDG numbers, 1 to 17. */
  sdgNumbers?: Array<number> | null | undefined;
  /** Skill ids from `skills`. */
  skillIds?: Array<string | number> | null | undefined;
  /** 1 to 20 steps, in order. */
  steps: Array<PathwayStepInput>;
  /** 1 to 120 characters. */
  title: string;
};

/** Fields left out keep their value. */
export type UpdateProfileInput = {
  employerContact?: boolean | null | undefined;
  /** A place from `places` as the home area, which matches the learner with nearby skill needs; null clears it. Nothing more precise than the place is stored. */
  homePlaceId?: string | number | null | undefined;
  name?: string | null | undefined;
  profileVisibility?: ProfileVisibility | null | undefined;
  /** Cannot be turned on while the account holder is a minor. */
  shareLocation?: boolean | null | undefined;
};

/** Fields left out keep their value. Reopening (status OPEN) needs `closesOn` today or later. */
export type UpdateSkillNeedInput = {
  applyUrl?: string | null | undefined;
  /** YYYY-MM-DD, at most two years ahead; a past date is kept only on a closed need. */
  closesOn?: string | null | undefined;
  /** Plain text or Markdown, at most 5,000 characters. */
  description?: string | null | undefined;
  /** Up to 10 ESCO skill URIs. */
  escoSkillUris?: Array<string> | null | undefined;
  id: string | number;
  location?: NearInput | null | undefined;
  /** 1 to 10,000. */
  openings?: number | null | undefined;
  /** 5 to 200. */
  radiusKm?: number | null | undefined;
  /** 1 to 8 skill ids from `skills`. */
  skillIds?: Array<string | number> | null | undefined;
  /** CLOSED closes it early; OPEN reopens it. */
  status?: SkillNeedStatus | null | undefined;
  /** 3 to 120 characters with at least one visible character; no control or text direction characters. */
  title?: string | null | undefined;
};

export type VerificationCheckName =
  | 'BADGE_CLASS'
  | 'FORMAT'
  | 'HOSTED'
  | 'ISSUER_KEY'
  | 'ISSUER_PROFILE'
  | 'PROOF'
  | 'RECIPIENT'
  | 'STATUS'
  | 'STRUCTURE'
  | 'VALID_FROM'
  | 'VALID_UNTIL';

export type VerifyCredentialInput = {
  /** The credential as JSON, a VC-JWT, SVG text, or a PNG as a data: URL. */
  credential: string;
  /** An e-mail address to compare with the recipient. */
  recipientEmail?: string | null | undefined;
};

export type VerifyEmailInput = {
  /** The `token` parameter of the e-mailed link. */
  token: string;
};

export type VerifyOrganisationInput = {
  organisationId: string | number;
};

export type WithdrawRegistrationInput = {
  registrationId: string | number;
};

export type MyEmailAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmailAddressesQuery = { myEmailAddresses: Array<{ id: string | null, email: string, primary: boolean, verified: boolean }> };

export type AddEmailAddressMutationVariables = Exact<{
  input: AddEmailAddressInput;
}>;


export type AddEmailAddressMutation = { addEmailAddress: { id: string | null, email: string, primary: boolean, verified: boolean } };

export type ResendEmailAddressVerificationMutationVariables = Exact<{
  input: EmailAddressInput;
}>;


export type ResendEmailAddressVerificationMutation = { resendEmailAddressVerification: boolean };

export type RemoveEmailAddressMutationVariables = Exact<{
  input: EmailAddressInput;
}>;


export type RemoveEmailAddressMutation = { removeEmailAddress: boolean };

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSettingsQuery = { me: { id: string, email: string, emailVerified: boolean, name: string, birthYear: number, isMinor: boolean, profileVisibility: ProfileVisibility, employerContact: boolean, shareLocation: boolean } | null };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, userAgent: string | null, createdAt: string, lastUsedAt: string, current: boolean }> };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, name: string, profileVisibility: ProfileVisibility, employerContact: boolean, shareLocation: boolean } };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: { id: string, email: string, emailVerified: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: boolean };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { deleteAccount: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { id: string } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { id: string } };

export type VerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type VerifyEmailMutation = { verifyEmail: { email: string, primary: boolean, account: { id: string } | null } };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, emailVerified: boolean, isMinor: boolean, isAdmin: boolean, memberships: Array<{ role: OrganisationRole, organisation: { id: string, name: string, kind: OrganisationKind } }> } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type AchievementFieldsFragment = { id: string, name: string, description: string, criteriaNarrative: string, achievementType: string, tags: Array<string>, validityDays: number | null, imageUrl: string, imageFileId: string | null, sdgTargets: Array<string>, escoSkillUris: Array<string>, archived: boolean, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string }> };

export type OrganisationAchievementsQueryVariables = Exact<{
  organisationId: string | number;
  includeArchived?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationAchievementsQuery = { organisationAchievements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, description: string, criteriaNarrative: string, achievementType: string, tags: Array<string>, validityDays: number | null, imageUrl: string, imageFileId: string | null, sdgTargets: Array<string>, escoSkillUris: Array<string>, archived: boolean, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string }> } }> } };

export type BadgeChoicesQueryVariables = Exact<{
  organisationId: string | number;
  first?: number | null | undefined;
}>;


export type BadgeChoicesQuery = { organisationAchievements: { totalCount: number, edges: Array<{ node: { id: string, name: string, archived: boolean } }> } };

export type EditableAchievementQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableAchievementQuery = { achievement: { id: string, name: string, description: string, criteriaNarrative: string, achievementType: string, tags: Array<string>, validityDays: number | null, imageUrl: string, imageFileId: string | null, sdgTargets: Array<string>, escoSkillUris: Array<string>, archived: boolean, organisation: { id: string, name: string, viewerRole: OrganisationRole | null }, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string }> } | null };

export type BadgeDesignReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type BadgeDesignReferenceQuery = { achievementTypes: Array<string>, sdgs: Array<{ number: number, targets: Array<string> }> };

export type CreateAchievementMutationVariables = Exact<{
  input: CreateAchievementInput;
}>;


export type CreateAchievementMutation = { createAchievement: { id: string, name: string, description: string, criteriaNarrative: string, achievementType: string, tags: Array<string>, validityDays: number | null, imageUrl: string, imageFileId: string | null, sdgTargets: Array<string>, escoSkillUris: Array<string>, archived: boolean, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string }> } };

export type UpdateAchievementMutationVariables = Exact<{
  input: UpdateAchievementInput;
}>;


export type UpdateAchievementMutation = { updateAchievement: { id: string, name: string, description: string, criteriaNarrative: string, achievementType: string, tags: Array<string>, validityDays: number | null, imageUrl: string, imageFileId: string | null, sdgTargets: Array<string>, escoSkillUris: Array<string>, archived: boolean, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string }> } };

export type ArchiveAchievementMutationVariables = Exact<{
  input: ArchiveAchievementInput;
}>;


export type ArchiveAchievementMutation = { archiveAchievement: { id: string, archived: boolean } };

export type OrganisationsAwaitingVerificationQueryVariables = Exact<{
  kind?: OrganisationKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationsAwaitingVerificationQuery = { organisationsAwaitingVerification: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: OrganisationKind, area: string | null, createdAt: string } }> } };

export type VerifyOrganisationMutationVariables = Exact<{
  input: VerifyOrganisationInput;
}>;


export type VerifyOrganisationMutation = { verifyOrganisation: { id: string, verified: boolean, verifiedAt: string | null } };

export type RevokeOrganisationVerificationMutationVariables = Exact<{
  input: RevokeOrganisationVerificationInput;
}>;


export type RevokeOrganisationVerificationMutation = { revokeOrganisationVerification: { id: string, verified: boolean, verifiedAt: string | null } };

export type AwardAchievementQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardAchievementQuery = { achievement: { id: string, name: string, archived: boolean, imageUrl: string, organisation: { id: string, name: string } } | null };

export type SessionAchievementQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type SessionAchievementQuery = { sessionRegistrations: { opportunity: { id: string, provider: { id: string }, achievement: { id: string, name: string, archived: boolean } | null } } };

export type SessionAwardsQueryVariables = Exact<{
  sessionId: string | number;
  achievementId: string | number;
}>;


export type SessionAwardsQuery = { sessionAwards: Array<{ registrationId: string, credentialId: string, status: CredentialStatus }> };

export type AwardBadgeMutationVariables = Exact<{
  input: AwardBadgeInput;
}>;


export type AwardBadgeMutation = { awardBadge: { id: string, publicUrl: string } };

export type AwardJobFieldsFragment = { id: string, status: AwardJobStatus, total: number, succeeded: number, failed: number, failures: Array<{ recipient: string, code: string, message: string }> };

export type StartBulkAwardMutationVariables = Exact<{
  input: StartBulkAwardInput;
}>;


export type StartBulkAwardMutation = { startBulkAward: { id: string, status: AwardJobStatus, total: number, succeeded: number, failed: number, failures: Array<{ recipient: string, code: string, message: string }> } };

export type AwardJobQueryVariables = Exact<{
  id: string | number;
}>;


export type AwardJobQuery = { awardJob: { id: string, status: AwardJobStatus, total: number, succeeded: number, failed: number, failures: Array<{ recipient: string, code: string, message: string }> } };

export type ClaimCodeFieldsFragment = { id: string, code: string, claimUrl: string, qrCodeSvg: string, expiresAt: string, maxRedemptions: number | null, redemptionCount: number, revoked: boolean };

export type AchievementClaimCodesQueryVariables = Exact<{
  achievementId: string | number;
}>;


export type AchievementClaimCodesQuery = { achievementClaimCodes: Array<{ id: string, code: string, claimUrl: string, qrCodeSvg: string, expiresAt: string, maxRedemptions: number | null, redemptionCount: number, revoked: boolean }> };

export type CreateClaimCodeMutationVariables = Exact<{
  input: CreateClaimCodeInput;
}>;


export type CreateClaimCodeMutation = { createClaimCode: { id: string, code: string, claimUrl: string, qrCodeSvg: string, expiresAt: string, maxRedemptions: number | null, redemptionCount: number, revoked: boolean } };

export type RevokeClaimCodeMutationVariables = Exact<{
  input: RevokeClaimCodeInput;
}>;


export type RevokeClaimCodeMutation = { revokeClaimCode: { id: string, code: string, claimUrl: string, qrCodeSvg: string, expiresAt: string, maxRedemptions: number | null, redemptionCount: number, revoked: boolean } };

export type EndorseAchievementMutationVariables = Exact<{
  input: EndorseAchievementInput;
}>;


export type EndorseAchievementMutation = { endorseAchievement: { id: string, comment: string } };

export type ImportedBadgeFieldsFragment = { id: string, source: ImportSource, sourceUrl: string | null, specVersion: ImportedSpecVersion | null, credentialUri: string | null, name: string | null, description: string | null, issuerName: string | null, issuerUri: string | null, issuedAt: string | null, expiresAt: string | null, imageUrl: string | null, status: ImportedBadgeStatus, failureReason: string | null, verifiedAt: string, importedAt: string, shared: boolean, checks: Array<{ check: VerificationCheckName, outcome: CheckOutcome, message: string }> };

export type ImportBadgeTextMutationVariables = Exact<{
  input: ImportBadgeTextInput;
}>;


export type ImportBadgeTextMutation = { importBadgeText: { created: boolean, badge: { id: string, source: ImportSource, sourceUrl: string | null, specVersion: ImportedSpecVersion | null, credentialUri: string | null, name: string | null, description: string | null, issuerName: string | null, issuerUri: string | null, issuedAt: string | null, expiresAt: string | null, imageUrl: string | null, status: ImportedBadgeStatus, failureReason: string | null, verifiedAt: string, importedAt: string, shared: boolean, checks: Array<{ check: VerificationCheckName, outcome: CheckOutcome, message: string }> } } };

export type ImportBadgeUrlMutationVariables = Exact<{
  input: ImportBadgeUrlInput;
}>;


export type ImportBadgeUrlMutation = { importBadgeUrl: { created: boolean, badge: { id: string, source: ImportSource, sourceUrl: string | null, specVersion: ImportedSpecVersion | null, credentialUri: string | null, name: string | null, description: string | null, issuerName: string | null, issuerUri: string | null, issuedAt: string | null, expiresAt: string | null, imageUrl: string | null, status: ImportedBadgeStatus, failureReason: string | null, verifiedAt: string, importedAt: string, shared: boolean, checks: Array<{ check: VerificationCheckName, outcome: CheckOutcome, message: string }> } } };

export type ImportedBadgeQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportedBadgeQuery = { importedBadge: { id: string, source: ImportSource, sourceUrl: string | null, specVersion: ImportedSpecVersion | null, credentialUri: string | null, name: string | null, description: string | null, issuerName: string | null, issuerUri: string | null, issuedAt: string | null, expiresAt: string | null, imageUrl: string | null, status: ImportedBadgeStatus, failureReason: string | null, verifiedAt: string, importedAt: string, shared: boolean, checks: Array<{ check: VerificationCheckName, outcome: CheckOutcome, message: string }> } };

export type ReverifyImportedBadgeMutationVariables = Exact<{
  id: string | number;
}>;


export type ReverifyImportedBadgeMutation = { reverifyImportedBadge: { id: string, source: ImportSource, sourceUrl: string | null, specVersion: ImportedSpecVersion | null, credentialUri: string | null, name: string | null, description: string | null, issuerName: string | null, issuerUri: string | null, issuedAt: string | null, expiresAt: string | null, imageUrl: string | null, status: ImportedBadgeStatus, failureReason: string | null, verifiedAt: string, importedAt: string, shared: boolean, checks: Array<{ check: VerificationCheckName, outcome: CheckOutcome, message: string }> } };

export type ShareImportedBadgeMutationVariables = Exact<{
  input: ShareImportedBadgeInput;
}>;


export type ShareImportedBadgeMutation = { shareImportedBadge: { id: string, shared: boolean } };

export type DeleteImportedBadgeMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteImportedBadgeMutation = { deleteImportedBadge: boolean };

export type SharedImportedBadgeQueryVariables = Exact<{
  id: string | number;
}>;


export type SharedImportedBadgeQuery = { sharedImportedBadge: { id: string, name: string | null, description: string | null, issuerName: string | null, issuedAt: string | null, expiresAt: string | null, imageUrl: string | null, status: ImportedBadgeStatus, verifiedAt: string } };

export type BadgePageQueryVariables = Exact<{
  id: string | number;
}>;


export type BadgePageQuery = { credential: { id: string, issuedAt: string, validUntil: string | null, expired: boolean, status: CredentialStatus, statusReason: string | null, statusChangedAt: string | null, shared: boolean, narrative: string | null, recipientName: string | null, recipientEmail: string | null, json: string, publicUrl: string, downloadUrls: { json: string, jwt: string, png: string, svg: string }, achievement: { id: string, name: string, description: string, criteriaNarrative: string, achievementType: string, imageUrl: string, sdgTargets: Array<string>, escoSkillUris: Array<string>, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string, position: number }> }, issuer: { id: string, name: string, website: string | null, issuerId: string }, evidence: Array<{ id: string, name: string | null, narrative: string | null, url: string, contentType: string | null }>, endorsements: Array<{ id: string, comment: string, issuedAt: string, status: CredentialStatus, endorser: { id: string, name: string, website: string | null } }> } };

export type BackpackItemFieldsFragment = { id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, shared: boolean };

export type MyBackpackQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sort?: BackpackSort | null | undefined;
  filter?: BackpackFilterInput | null | undefined;
}>;


export type MyBackpackQuery = { myBackpack: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, shared: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyBackpackIssuersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBackpackIssuersQuery = { myBackpackIssuers: Array<{ key: string, name: string | null, badgeCount: number }> };

export type MyBadgeFieldsFragment = { id: string, issuedAt: string, validUntil: string | null, expired: boolean, status: CredentialStatus, shared: boolean, publicUrl: string, achievement: { id: string, name: string, imageUrl: string }, issuer: { id: string, name: string } };

export type MyCredentialsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyCredentialsQuery = { myCredentials: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, issuedAt: string, validUntil: string | null, expired: boolean, status: CredentialStatus, shared: boolean, publicUrl: string, achievement: { id: string, name: string, imageUrl: string }, issuer: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ShareCredentialMutationVariables = Exact<{
  input: ShareCredentialInput;
}>;


export type ShareCredentialMutation = { shareCredential: { id: string, shared: boolean } };

export type RedeemClaimCodeMutationVariables = Exact<{
  input: RedeemClaimCodeInput;
}>;


export type RedeemClaimCodeMutation = { redeemClaimCode: { id: string, issuedAt: string, validUntil: string | null, expired: boolean, status: CredentialStatus, shared: boolean, publicUrl: string, achievement: { id: string, name: string, imageUrl: string }, issuer: { id: string, name: string } } };

export type CollectionFieldsFragment = { id: string, name: string, description: string, public: boolean, shareUrl: string | null, badgeCount: number, badges: Array<{ id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, shared: boolean }> };

export type MyCollectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCollectionsQuery = { myCollections: Array<{ id: string, name: string, description: string, public: boolean, badgeCount: number }> };

export type CollectionQueryVariables = Exact<{
  id: string | number;
}>;


export type CollectionQuery = { collection: { id: string, name: string, description: string, public: boolean, shareUrl: string | null, badgeCount: number, badges: Array<{ id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, shared: boolean }> } };

export type PublicCollectionQueryVariables = Exact<{
  token: string;
}>;


export type PublicCollectionQuery = { publicCollection: { name: string, description: string, ownerName: string, badges: Array<{ id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, publicUrl: string }> } };

export type CreateCollectionMutationVariables = Exact<{
  input: CreateCollectionInput;
}>;


export type CreateCollectionMutation = { createCollection: { id: string } };

export type UpdateCollectionMutationVariables = Exact<{
  input: UpdateCollectionInput;
}>;


export type UpdateCollectionMutation = { updateCollection: { id: string, name: string, description: string, public: boolean, shareUrl: string | null, badgeCount: number, badges: Array<{ id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, shared: boolean }> } };

export type DeleteCollectionMutationVariables = Exact<{
  input: CollectionInput;
}>;


export type DeleteCollectionMutation = { deleteCollection: string };

export type AddBadgeToCollectionMutationVariables = Exact<{
  input: CollectionBadgeInput;
}>;


export type AddBadgeToCollectionMutation = { addBadgeToCollection: { id: string, name: string, description: string, public: boolean, shareUrl: string | null, badgeCount: number, badges: Array<{ id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, shared: boolean }> } };

export type RemoveBadgeFromCollectionMutationVariables = Exact<{
  input: CollectionBadgeInput;
}>;


export type RemoveBadgeFromCollectionMutation = { removeBadgeFromCollection: { id: string, name: string, description: string, public: boolean, shareUrl: string | null, badgeCount: number, badges: Array<{ id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, shared: boolean }> } };

export type MoveCollectionBadgeMutationVariables = Exact<{
  input: MoveCollectionBadgeInput;
}>;


export type MoveCollectionBadgeMutation = { moveCollectionBadge: { id: string, name: string, description: string, public: boolean, shareUrl: string | null, badgeCount: number, badges: Array<{ id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, shared: boolean }> } };

export type SetCollectionPublicMutationVariables = Exact<{
  input: SetCollectionPublicInput;
}>;


export type SetCollectionPublicMutation = { setCollectionPublic: { id: string, name: string, description: string, public: boolean, shareUrl: string | null, badgeCount: number, badges: Array<{ id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, shared: boolean }> } };

export type ReplaceCollectionShareLinkMutationVariables = Exact<{
  input: CollectionInput;
}>;


export type ReplaceCollectionShareLinkMutation = { replaceCollectionShareLink: { id: string, name: string, description: string, public: boolean, shareUrl: string | null, badgeCount: number, badges: Array<{ id: string, kind: BackpackItemKind, name: string | null, imageUrl: string | null, issuerName: string | null, issuedAt: string, status: BackpackBadgeStatus, shared: boolean }> } };

export type AuthorizationRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationRequestQuery = { oauthAuthorizationRequest: { id: string, redirectUri: string, expiresAt: string, client: { name: string, clientUri: string, logoUri: string, tosUri: string, policyUri: string }, scopes: Array<{ uri: string, description: string }> } };

export type ApproveAuthorizationMutationVariables = Exact<{
  input: DecideOAuthAuthorizationInput;
}>;


export type ApproveAuthorizationMutation = { approveOAuthAuthorization: { redirectUrl: string } };

export type DenyAuthorizationMutationVariables = Exact<{
  input: DecideOAuthAuthorizationInput;
}>;


export type DenyAuthorizationMutation = { denyOAuthAuthorization: { redirectUrl: string } };

export type ConnectedAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectedAppsQuery = { connectedApps: Array<{ id: string, connectedAt: string, lastUsedAt: string | null, client: { name: string, clientUri: string, policyUri: string }, scopes: Array<{ uri: string, description: string }> }> };

export type RevokeConnectedAppMutationVariables = Exact<{
  input: RevokeConnectedAppInput;
}>;


export type RevokeConnectedAppMutation = { revokeConnectedApp: string };

export type LearnerContactSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type LearnerContactSettingsQuery = { me: { id: string, employerContact: boolean, isMinor: boolean } | null, myEmployerContactConsents: Array<{ createdAt: string, employer: { id: string, name: string } }> };

export type AllowEmployerContactMutationVariables = Exact<{
  employerId: string | number;
}>;


export type AllowEmployerContactMutation = { allowEmployerContact: { createdAt: string, employer: { id: string, name: string } } };

export type WithdrawEmployerContactMutationVariables = Exact<{
  employerId: string | number;
}>;


export type WithdrawEmployerContactMutation = { withdrawEmployerContact: boolean };

export type MyHomePlaceQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHomePlaceQuery = { me: { id: string, homePlace: { id: string, name: string, countryCode: string, adminCode: string | null, population: number, location: { latitude: number, longitude: number } } | null } | null };

export type UpdateHomePlaceMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateHomePlaceMutation = { updateProfile: { id: string, homePlace: { id: string, name: string, countryCode: string, adminCode: string | null, population: number, location: { latitude: number, longitude: number } } | null } };

export type MySkillNeedMatchesQueryVariables = Exact<{
  near?: NearInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MySkillNeedMatchesQuery = { mySkillNeedMatches: { totalCount: number, edges: Array<{ cursor: string, distanceKm: number | null, node: { id: string, title: string, status: SkillNeedStatus, isOpen: boolean, closesOn: string, openings: number, placeName: string | null, radiusKm: number, myMatch: { heldSkills: Array<{ id: string, name: string }>, missingSkills: Array<{ id: string, name: string }> } | null, employer: { id: string, name: string }, skills: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SkillNeedSummaryFragment = { id: string, title: string, status: SkillNeedStatus, isOpen: boolean, closesOn: string, openings: number, placeName: string | null, radiusKm: number, employer: { id: string, name: string }, skills: Array<{ id: string, name: string }> };

export type OrganisationSkillNeedsQueryVariables = Exact<{
  organisationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationSkillNeedsQuery = { organisationSkillNeeds: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, status: SkillNeedStatus, isOpen: boolean, closesOn: string, openings: number, placeName: string | null, radiusKm: number, learnerCount: { value: number | null, suppressed: boolean }, employer: { id: string, name: string }, skills: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NeedOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedOrganisationQuery = { organisation: { id: string, name: string, kind: OrganisationKind, verified: boolean, viewerRole: OrganisationRole | null } | null };

export type SkillNeedQueryVariables = Exact<{
  id: string | number;
}>;


export type SkillNeedQuery = { skillNeed: { description: string, escoSkillUris: Array<string>, applyUrl: string, id: string, title: string, status: SkillNeedStatus, isOpen: boolean, closesOn: string, openings: number, placeName: string | null, radiusKm: number, location: { latitude: number, longitude: number }, employer: { id: string, name: string, kind: OrganisationKind, viewerRole: OrganisationRole | null }, myMatch: { heldSkills: Array<{ id: string, name: string }>, missingSkills: Array<{ id: string, name: string }>, pathways: Array<{ distanceKm: number, pathway: { id: string, title: string, organisation: { id: string, name: string } }, addsSkills: Array<{ id: string, name: string }> }> } | null, skills: Array<{ id: string, name: string }> } };

export type SkillNeedMatchesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SkillNeedMatchesQuery = { skillNeed: { id: string, matches: { totalCount: number, edges: Array<{ cursor: string, node: { kind: SkillNeedMatchKind, distanceKm: number, coveredSkills: Array<{ id: string, name: string }>, opportunity: { id: string, title: string, provider: { id: string, name: string } } | null, pathway: { id: string, title: string, organisation: { id: string, name: string } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SkillNeedContactsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SkillNeedContactsQuery = { skillNeed: { id: string, learnerCount: { value: number | null, suppressed: boolean }, contacts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, email: string, isMinor: boolean, area: string | null, consentedAt: string, coveredSkills: Array<{ id: string, name: string }>, badges: Array<{ name: string, issuerName: string, issuedAt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type CreateSkillNeedMutationVariables = Exact<{
  input: CreateSkillNeedInput;
}>;


export type CreateSkillNeedMutation = { createSkillNeed: { id: string } };

export type UpdateSkillNeedMutationVariables = Exact<{
  input: UpdateSkillNeedInput;
}>;


export type UpdateSkillNeedMutation = { updateSkillNeed: { id: string, status: SkillNeedStatus, isOpen: boolean } };

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { sdgs: Array<{ number: number, shortTitle: string, title: string, colour: string }>, skills: Array<{ id: string, name: string, group: SkillGroup, position: number }> };

export type InsightFigureFieldsFragment = { key: string, label: string, opportunities: number, registrations: { value: number | null, suppressed: boolean }, attendances: { value: number | null, suppressed: boolean }, badgesIssued: { value: number | null, suppressed: boolean } };

export type CouncilInsightsSummaryQueryVariables = Exact<{
  councilId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type CouncilInsightsSummaryQuery = { councilInsights: { from: string, to: string, council: { id: string, name: string, area: string | null }, totals: { key: string, label: string, opportunities: number, registrations: { value: number | null, suppressed: boolean }, attendances: { value: number | null, suppressed: boolean }, badgesIssued: { value: number | null, suppressed: boolean } }, bySdg: Array<{ key: string, label: string, opportunities: number, registrations: { value: number | null, suppressed: boolean }, attendances: { value: number | null, suppressed: boolean }, badgesIssued: { value: number | null, suppressed: boolean } }>, bySkill: Array<{ key: string, label: string, opportunities: number, registrations: { value: number | null, suppressed: boolean }, attendances: { value: number | null, suppressed: boolean }, badgesIssued: { value: number | null, suppressed: boolean } }>, byPlace: Array<{ key: string, label: string, opportunities: number, registrations: { value: number | null, suppressed: boolean }, attendances: { value: number | null, suppressed: boolean }, badgesIssued: { value: number | null, suppressed: boolean } }> } };

export type CouncilInsightsOverTimeQueryVariables = Exact<{
  councilId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  period?: InsightPeriod | null | undefined;
}>;


export type CouncilInsightsOverTimeQuery = { councilInsights: { overTime: Array<{ periodStart: string, opportunities: number, registrations: { value: number | null, suppressed: boolean }, attendances: { value: number | null, suppressed: boolean }, badgesIssued: { value: number | null, suppressed: boolean } }> } };

export type CouncilInsightsDensityQueryVariables = Exact<{
  councilId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  cellKm?: number | null | undefined;
  shape?: GridShape | null | undefined;
}>;


export type CouncilInsightsDensityQuery = { councilInsights: { densityGrid: Array<{ id: string, polygon: string, opportunities: number }> } };

export type CouncilInsightsGapsQueryVariables = Exact<{
  councilId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  gapDistanceKm?: number | null | undefined;
  fewThreshold?: number | null | undefined;
}>;


export type CouncilInsightsGapsQuery = { councilInsights: { skillGaps: Array<{ needCount: number, openings: number, skill: { id: string, name: string }, needs: Array<{ id: string, title: string, employer: { id: string, name: string } }> }>, sdgGaps: Array<{ opportunities: number, sdg: { number: number, shortTitle: string, colour: string } }> } };

export type IssuedBadgeFieldsFragment = { id: string, issuedAt: string, status: CredentialStatus, statusReason: string | null, statusChangedAt: string | null, recipientName: string | null, recipientEmail: string | null, achievement: { id: string, name: string } };

export type IssuedBadgesContextQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type IssuedBadgesContextQuery = { organisation: { id: string, name: string, viewerRole: OrganisationRole | null } | null, organisationAchievements: { edges: Array<{ node: { id: string, name: string } }> } };

export type OrganisationCredentialsQueryVariables = Exact<{
  organisationId: string | number;
  achievementId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationCredentialsQuery = { organisationCredentials: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, issuedAt: string, status: CredentialStatus, statusReason: string | null, statusChangedAt: string | null, recipientName: string | null, recipientEmail: string | null, achievement: { id: string, name: string } } }> } };

export type RevokeCredentialMutationVariables = Exact<{
  input: ChangeCredentialStatusInput;
}>;


export type RevokeCredentialMutation = { revokeCredential: { id: string, issuedAt: string, status: CredentialStatus, statusReason: string | null, statusChangedAt: string | null, recipientName: string | null, recipientEmail: string | null, achievement: { id: string, name: string } } };

export type SuspendCredentialMutationVariables = Exact<{
  input: ChangeCredentialStatusInput;
}>;


export type SuspendCredentialMutation = { suspendCredential: { id: string, issuedAt: string, status: CredentialStatus, statusReason: string | null, statusChangedAt: string | null, recipientName: string | null, recipientEmail: string | null, achievement: { id: string, name: string } } };

export type ReinstateCredentialMutationVariables = Exact<{
  input: ChangeCredentialStatusInput;
}>;


export type ReinstateCredentialMutation = { reinstateCredential: { id: string, issuedAt: string, status: CredentialStatus, statusReason: string | null, statusChangedAt: string | null, recipientName: string | null, recipientEmail: string | null, achievement: { id: string, name: string } } };

export type ListingFieldsFragment = { id: string, title: string, summary: string, description: string, kind: OpportunityKind, mode: OpportunityMode, venueName: string | null, venueAddress: string | null, minAge: number | null, maxAge: number | null, capacity: number | null, accessibilitySupport: Array<AccessibilitySupport>, accessibilityInformation: string | null, status: OpportunityStatus, moderationNote: string | null, updatedAt: string, viewerCanEdit: boolean, location: { latitude: number, longitude: number } | null, cost: { amountMinor: number | null, currency: string | null, free: boolean }, sdgs: Array<{ number: number }>, skills: Array<{ id: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }>, achievement: { id: string, name: string } | null, provider: { id: string, name: string } };

export type EditableListingQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableListingQuery = { opportunity: { id: string, title: string, summary: string, description: string, kind: OpportunityKind, mode: OpportunityMode, venueName: string | null, venueAddress: string | null, minAge: number | null, maxAge: number | null, capacity: number | null, accessibilitySupport: Array<AccessibilitySupport>, accessibilityInformation: string | null, status: OpportunityStatus, moderationNote: string | null, updatedAt: string, viewerCanEdit: boolean, auditLog: Array<{ id: string, action: string, actorName: string | null, changes: string, createdAt: string }>, location: { latitude: number, longitude: number } | null, cost: { amountMinor: number | null, currency: string | null, free: boolean }, sdgs: Array<{ number: number }>, skills: Array<{ id: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }>, achievement: { id: string, name: string } | null, provider: { id: string, name: string } } | null };

export type CreateOpportunityMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type CreateOpportunityMutation = { createOpportunity: { id: string, title: string, summary: string, description: string, kind: OpportunityKind, mode: OpportunityMode, venueName: string | null, venueAddress: string | null, minAge: number | null, maxAge: number | null, capacity: number | null, accessibilitySupport: Array<AccessibilitySupport>, accessibilityInformation: string | null, status: OpportunityStatus, moderationNote: string | null, updatedAt: string, viewerCanEdit: boolean, location: { latitude: number, longitude: number } | null, cost: { amountMinor: number | null, currency: string | null, free: boolean }, sdgs: Array<{ number: number }>, skills: Array<{ id: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }>, achievement: { id: string, name: string } | null, provider: { id: string, name: string } } };

export type UpdateOpportunityMutationVariables = Exact<{
  input: UpdateOpportunityInput;
}>;


export type UpdateOpportunityMutation = { updateOpportunity: { id: string, title: string, summary: string, description: string, kind: OpportunityKind, mode: OpportunityMode, venueName: string | null, venueAddress: string | null, minAge: number | null, maxAge: number | null, capacity: number | null, accessibilitySupport: Array<AccessibilitySupport>, accessibilityInformation: string | null, status: OpportunityStatus, moderationNote: string | null, updatedAt: string, viewerCanEdit: boolean, location: { latitude: number, longitude: number } | null, cost: { amountMinor: number | null, currency: string | null, free: boolean }, sdgs: Array<{ number: number }>, skills: Array<{ id: string }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }>, achievement: { id: string, name: string } | null, provider: { id: string, name: string } } };

export type SubmitOpportunityMutationVariables = Exact<{
  input: SubmitOpportunityInput;
}>;


export type SubmitOpportunityMutation = { submitOpportunity: { id: string, status: OpportunityStatus, moderationNote: string | null } };

export type ArchiveOpportunityMutationVariables = Exact<{
  input: ArchiveOpportunityInput;
}>;


export type ArchiveOpportunityMutation = { archiveOpportunity: { id: string, status: OpportunityStatus } };

export type NearestPlaceQueryVariables = Exact<{
  latitude: number;
  longitude: number;
}>;


export type NearestPlaceQuery = { nearestPlace: { id: string, name: string, countryCode: string } | null };

export type AppSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppSettingsQuery = { appSettings: { tileUrl: string, tileAttribution: string } };

export type OpportunityMarkersQueryVariables = Exact<{
  near?: NearInput | null | undefined;
  radiusKm?: number | null | undefined;
  bbox?: BoundingBoxInput | null | undefined;
  filter?: OpportunityFilterInput | null | undefined;
  limit: number;
}>;


export type OpportunityMarkersQuery = { opportunityMarkers: { totalCount: number, truncated: boolean, markers: Array<{ id: string, latitude: number, longitude: number, title: string, kind: OpportunityKind, sdgNumbers: Array<number> }> } };

export type SkillNeedMarkersQueryVariables = Exact<{
  near?: NearInput | null | undefined;
  radiusKm?: number | null | undefined;
  bbox?: BoundingBoxInput | null | undefined;
  filter?: SkillNeedFilterInput | null | undefined;
  limit?: number | null | undefined;
}>;


export type SkillNeedMarkersQuery = { skillNeedMarkers: Array<{ id: string, title: string, latitude: number, longitude: number, skillIds: Array<string>, employerName: string }> };

export type ModerationCouncilQueryVariables = Exact<{
  id: string | number;
}>;


export type ModerationCouncilQuery = { organisation: { id: string, name: string, kind: OrganisationKind, area: string | null, verified: boolean } | null };

export type ModerationItemFieldsFragment = { id: string, title: string, summary: string, description: string, kind: OpportunityKind, mode: OpportunityMode, venueName: string | null, venueAddress: string | null, minAge: number | null, maxAge: number | null, capacity: number | null, accessibilitySupport: Array<AccessibilitySupport>, accessibilityInformation: string | null, location: { latitude: number, longitude: number } | null, place: { id: string, name: string } | null, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }>, cost: { free: boolean, amountMinor: number | null, currency: string | null }, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string, group: SkillGroup, position: number }>, provider: { id: string, name: string, website: string | null } };

export type ModerationQueueQueryVariables = Exact<{
  councilId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModerationQueueQuery = { moderationQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, summary: string, description: string, kind: OpportunityKind, mode: OpportunityMode, venueName: string | null, venueAddress: string | null, minAge: number | null, maxAge: number | null, capacity: number | null, accessibilitySupport: Array<AccessibilitySupport>, accessibilityInformation: string | null, location: { latitude: number, longitude: number } | null, place: { id: string, name: string } | null, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }>, cost: { free: boolean, amountMinor: number | null, currency: string | null }, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string, group: SkillGroup, position: number }>, provider: { id: string, name: string, website: string | null } } }> } };

export type ApproveOpportunityMutationVariables = Exact<{
  input: ApproveOpportunityInput;
}>;


export type ApproveOpportunityMutation = { approveOpportunity: { id: string, status: OpportunityStatus } };

export type RejectOpportunityMutationVariables = Exact<{
  input: RejectOpportunityInput;
}>;


export type RejectOpportunityMutation = { rejectOpportunity: { id: string, status: OpportunityStatus, moderationNote: string | null } };

export type ApproveProviderMutationVariables = Exact<{
  input: ApproveProviderInput;
}>;


export type ApproveProviderMutation = { approveProvider: { createdAt: string, provider: { id: string } } };

export type SdgChipFieldsFragment = { number: number, shortTitle: string, colour: string };

export type SessionFieldsFragment = { id: string, startsAt: string, endsAt: string, timeZone: string };

export type CostFieldsFragment = { free: boolean, amountMinor: number | null, currency: string | null };

export type OpportunitiesQueryVariables = Exact<{
  near?: NearInput | null | undefined;
  radiusKm?: number | null | undefined;
  bbox?: BoundingBoxInput | null | undefined;
  filter?: OpportunityFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type OpportunitiesQuery = { opportunities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, distanceKm: number | null, node: { id: string, title: string, kind: OpportunityKind, location: { latitude: number, longitude: number } | null, provider: { id: string, name: string }, nextSession: { id: string, startsAt: string, endsAt: string, timeZone: string } | null, cost: { free: boolean, amountMinor: number | null, currency: string | null }, sdgs: Array<{ number: number, shortTitle: string, colour: string }> } }> } };

export type OpportunityFactsFieldsFragment = { id: string, title: string, summary: string, description: string, kind: OpportunityKind, mode: OpportunityMode, venueName: string | null, venueAddress: string | null, minAge: number | null, maxAge: number | null, capacity: number | null, accessibilitySupport: Array<AccessibilitySupport>, accessibilityInformation: string | null, location: { latitude: number, longitude: number } | null, place: { id: string, name: string } | null, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }>, cost: { free: boolean, amountMinor: number | null, currency: string | null }, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string, group: SkillGroup, position: number }>, provider: { id: string, name: string, website: string | null } };

export type OpportunityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OpportunityDetailQuery = { opportunity: { id: string, title: string, summary: string, description: string, kind: OpportunityKind, mode: OpportunityMode, venueName: string | null, venueAddress: string | null, minAge: number | null, maxAge: number | null, capacity: number | null, accessibilitySupport: Array<AccessibilitySupport>, accessibilityInformation: string | null, location: { latitude: number, longitude: number } | null, place: { id: string, name: string } | null, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }>, cost: { free: boolean, amountMinor: number | null, currency: string | null }, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string, group: SkillGroup, position: number }>, provider: { id: string, name: string, website: string | null } } | null };

export type OpportunityPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OpportunityPageQuery = { opportunity: { status: OpportunityStatus, viewerCanEdit: boolean, id: string, title: string, summary: string, description: string, kind: OpportunityKind, mode: OpportunityMode, venueName: string | null, venueAddress: string | null, minAge: number | null, maxAge: number | null, capacity: number | null, accessibilitySupport: Array<AccessibilitySupport>, accessibilityInformation: string | null, achievement: { id: string, name: string, description: string, imageUrl: string } | null, location: { latitude: number, longitude: number } | null, place: { id: string, name: string } | null, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }>, cost: { free: boolean, amountMinor: number | null, currency: string | null }, sdgs: Array<{ number: number, shortTitle: string, colour: string }>, skills: Array<{ id: string, name: string, group: SkillGroup, position: number }>, provider: { id: string, name: string, website: string | null } } | null };

export type OrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationQuery = { organisation: { id: string, name: string, slug: string, kind: OrganisationKind, description: string, website: string | null, viewerRole: OrganisationRole | null, verified: boolean, verifiedAt: string | null } | null };

export type OrganisationMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationMembersQuery = { organisation: { id: string, members: Array<{ role: OrganisationRole, joinedAt: string, user: { id: string, name: string, email: string } }> } | null };

export type OrganisationInvitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationInvitationsQuery = { organisation: { id: string, invitations: Array<{ id: string, email: string, role: OrganisationRole, expiresAt: string, createdAt: string }> } | null };

export type CouncilAreaQueryVariables = Exact<{
  id: string | number;
}>;


export type CouncilAreaQuery = { organisation: { id: string, area: string | null, approvedProviders: Array<{ id: string, name: string }> } | null };

export type OrganisationOpportunitiesQueryVariables = Exact<{
  organisationId: string | number;
  status?: OpportunityStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationOpportunitiesQuery = { organisationOpportunities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: OpportunityStatus, moderationNote: string | null, updatedAt: string, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string }> } }> } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string, kind: OrganisationKind } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, description: string, website: string | null } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { id: string, email: string, role: OrganisationRole, expiresAt: string, createdAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { role: OrganisationRole } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { role: OrganisationRole, organisation: { id: string, name: string, kind: OrganisationKind } } };

export type SetCouncilAreaMutationVariables = Exact<{
  input: SetCouncilAreaInput;
}>;


export type SetCouncilAreaMutation = { setCouncilArea: { id: string, area: string | null } };

export type IssuerIdentityQueryVariables = Exact<{
  id: string | number;
}>;


export type IssuerIdentityQuery = { organisation: { id: string, issuerId: string } | null };

export type RotateIssuerKeysMutationVariables = Exact<{
  input: RotateIssuerKeysInput;
}>;


export type RotateIssuerKeysMutation = { rotateIssuerKeys: { id: string, issuerId: string } };

export type PathwaySummaryFragment = { id: string, title: string, description: string, status: PathwayStatus, ordered: boolean, sdgs: Array<{ number: number, title: string }>, myProgress: { complete: boolean, metCount: number, stepCount: number } | null };

export type PathwaysNearQueryVariables = Exact<{
  near?: NearInput | null | undefined;
  radiusKm?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PathwaysNearQuery = { pathways: { edges: Array<{ distanceKm: number | null, node: { id: string, title: string, description: string, status: PathwayStatus, ordered: boolean, sdgs: Array<{ number: number, title: string }>, myProgress: { complete: boolean, metCount: number, stepCount: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PathwayDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PathwayDetailQuery = { pathway: { followedByMe: boolean, id: string, title: string, description: string, status: PathwayStatus, ordered: boolean, organisation: { id: string, name: string, viewerRole: OrganisationRole | null }, skills: Array<{ id: string, name: string }>, goalAchievement: { id: string, name: string, imageUrl: string }, steps: Array<{ id: string, position: number, title: string | null, requiredCount: number, options: Array<{ achievementUri: string, issuerUri: string | null, name: string | null, achievement: { id: string, name: string } | null }> }>, myProgress: { complete: boolean, goalCredentialId: string | null, metCount: number, stepCount: number, steps: Array<{ stepId: string, state: PathwayStepState, heldCount: number, waitingForStep: number | null, contributions: Array<{ achievementUri: string }> }> } | null, sdgs: Array<{ number: number, title: string }> } };

export type PathwayOpportunitiesQueryVariables = Exact<{
  pathwayId: string | number;
  near?: NearInput | null | undefined;
  missingOnly?: boolean | null | undefined;
}>;


export type PathwayOpportunitiesQuery = { pathwayOpportunities: Array<{ stepId: string, position: number, opportunities: Array<{ distanceKm: number | null, opportunity: { id: string, title: string, location: { latitude: number, longitude: number } | null } }> }> };

export type FollowPathwayMutationVariables = Exact<{
  input: PathwayIdInput;
}>;


export type FollowPathwayMutation = { followPathway: { id: string, followedByMe: boolean } };

export type UnfollowPathwayMutationVariables = Exact<{
  input: PathwayIdInput;
}>;


export type UnfollowPathwayMutation = { unfollowPathway: { id: string, followedByMe: boolean } };

export type OrganisationPathwaysQueryVariables = Exact<{
  organisationId: string | number;
  after?: string | null | undefined;
}>;


export type OrganisationPathwaysQuery = { organisationPathways: { edges: Array<{ node: { id: string, title: string, status: PathwayStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyPathwaysQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyPathwaysQuery = { myPathways: { edges: Array<{ node: { id: string, title: string, description: string, organisation: { id: string, name: string }, goalAchievement: { id: string, name: string, imageUrl: string }, myProgress: { complete: boolean, metCount: number, stepCount: number, goalCredentialId: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PathwayBuilderOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type PathwayBuilderOrganisationQuery = { organisation: { id: string, name: string, viewerRole: OrganisationRole | null } | null };

export type EditablePathwayQueryVariables = Exact<{
  id: string | number;
}>;


export type EditablePathwayQuery = { pathway: { id: string, title: string, description: string, status: PathwayStatus, ordered: boolean, organisation: { id: string }, goalAchievement: { id: string, name: string }, sdgs: Array<{ number: number }>, skills: Array<{ id: string }>, steps: Array<{ id: string, title: string | null, requiredCount: number, options: Array<{ achievementUri: string, issuerUri: string | null, name: string | null, achievement: { id: string, name: string } | null }> }> } };

export type BadgeDesignsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type BadgeDesignsQuery = { badgeDesigns: { totalCount: number, edges: Array<{ node: { id: string, name: string, organisation: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean } } };

export type CreatePathwayMutationVariables = Exact<{
  input: CreatePathwayInput;
}>;


export type CreatePathwayMutation = { createPathway: { id: string, status: PathwayStatus } };

export type UpdatePathwayMutationVariables = Exact<{
  input: UpdatePathwayInput;
}>;


export type UpdatePathwayMutation = { updatePathway: { id: string, status: PathwayStatus } };

export type PublishPathwayMutationVariables = Exact<{
  input: PathwayIdInput;
}>;


export type PublishPathwayMutation = { publishPathway: { id: string, status: PathwayStatus } };

export type ArchivePathwayMutationVariables = Exact<{
  input: PathwayIdInput;
}>;


export type ArchivePathwayMutation = { archivePathway: { id: string, status: PathwayStatus } };

export type PlaceFieldsFragment = { id: string, name: string, countryCode: string, adminCode: string | null, population: number, location: { latitude: number, longitude: number } };

export type SearchPlacesQueryVariables = Exact<{
  search: string;
  first: number;
}>;


export type SearchPlacesQuery = { places: Array<{ id: string, name: string, countryCode: string, adminCode: string | null, population: number, location: { latitude: number, longitude: number } }> };

export type PlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type PlaceQuery = { place: { id: string, name: string, countryCode: string, adminCode: string | null, population: number, location: { latitude: number, longitude: number } } | null };

export type ProposalSummaryFieldsFragment = { id: string, kind: ProposalKind, title: string, status: ProposalStatus, placeName: string | null, sdgNumbers: Array<number>, supportCount: number, commentCount: number, hidden: boolean, location: { latitude: number, longitude: number } };

export type ProposalsQueryVariables = Exact<{
  bbox?: BoundingBoxInput | null | undefined;
  filter?: ProposalFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProposalsQuery = { canModerateProposals: boolean, proposals: { edges: Array<{ cursor: string, node: { id: string, kind: ProposalKind, title: string, status: ProposalStatus, placeName: string | null, sdgNumbers: Array<number>, supportCount: number, commentCount: number, hidden: boolean, location: { latitude: number, longitude: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProposalCommentFieldsFragment = { id: string, body: string, authorFirstName: string, organisationName: string | null, organisationKind: OrganisationKind | null, hidden: boolean, hiddenReason: string | null, viewerIsAuthor: boolean, createdAt: string };

export type ProposalDetailQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ProposalDetailQuery = { proposal: { description: string, skillIds: Array<string>, authorFirstName: string, createdAt: string, hiddenReason: string | null, viewerIsAuthor: boolean, viewerSupports: boolean, viewerCanModerate: boolean, id: string, kind: ProposalKind, title: string, status: ProposalStatus, placeName: string | null, sdgNumbers: Array<number>, supportCount: number, commentCount: number, hidden: boolean, viewerOrganisations: Array<{ id: string, name: string, kind: OrganisationKind }>, listings: Array<{ opportunityId: string, title: string, status: OpportunityStatus, organisationName: string }>, comments: { edges: Array<{ node: { id: string, body: string, authorFirstName: string, organisationName: string | null, organisationKind: OrganisationKind | null, hidden: boolean, hiddenReason: string | null, viewerIsAuthor: boolean, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, location: { latitude: number, longitude: number } } | null };

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type CreateProposalMutation = { createProposal: { id: string } };

export type WithdrawProposalMutationVariables = Exact<{
  input: ProposalIdInput;
}>;


export type WithdrawProposalMutation = { withdrawProposal: { id: string, status: ProposalStatus } };

export type SupportProposalMutationVariables = Exact<{
  input: ProposalIdInput;
}>;


export type SupportProposalMutation = { supportProposal: { id: string, supportCount: number, viewerSupports: boolean } };

export type RemoveProposalSupportMutationVariables = Exact<{
  input: ProposalIdInput;
}>;


export type RemoveProposalSupportMutation = { removeProposalSupport: { id: string, supportCount: number, viewerSupports: boolean } };

export type CommentOnProposalMutationVariables = Exact<{
  input: CommentOnProposalInput;
}>;


export type CommentOnProposalMutation = { commentOnProposal: { id: string, body: string, authorFirstName: string, organisationName: string | null, organisationKind: OrganisationKind | null, hidden: boolean, hiddenReason: string | null, viewerIsAuthor: boolean, createdAt: string } };

export type ConvertProposalToListingMutationVariables = Exact<{
  input: ConvertProposalToListingInput;
}>;


export type ConvertProposalToListingMutation = { convertProposalToListing: { id: string } };

export type HideProposalMutationVariables = Exact<{
  input: ModerateProposalInput;
}>;


export type HideProposalMutation = { hideProposal: { id: string, hidden: boolean } };

export type UnhideProposalMutationVariables = Exact<{
  input: ModerateProposalInput;
}>;


export type UnhideProposalMutation = { unhideProposal: { id: string, hidden: boolean } };

export type HideProposalCommentMutationVariables = Exact<{
  input: ModerateProposalCommentInput;
}>;


export type HideProposalCommentMutation = { hideProposalComment: { id: string, hidden: boolean } };

export type UnhideProposalCommentMutationVariables = Exact<{
  input: ModerateProposalCommentInput;
}>;


export type UnhideProposalCommentMutation = { unhideProposalComment: { id: string, hidden: boolean } };

export type ReportProposalMutationVariables = Exact<{
  input: ReportProposalInput;
}>;


export type ReportProposalMutation = { reportProposal: { id: string } };

export type ProposalReportsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ProposalReportsQuery = { proposalReports: { edges: Array<{ node: { id: string, proposalId: string, proposalTitle: string, commentId: string | null, commentBody: string | null, contentHidden: boolean, reason: string, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DismissProposalReportMutationVariables = Exact<{
  input: DismissProposalReportInput;
}>;


export type DismissProposalReportMutation = { dismissProposalReport: { id: string } };

export type ViewerRegistrationFieldsFragment = { id: string, status: RegistrationStatus, waitlistPosition: number | null };

export type SessionPlacesFieldsFragment = { id: string, startsAt: string, endsAt: string, timeZone: string, capacity: number | null, registeredCount: number, waitlistCount: number, placesLeft: number | null };

export type SessionPlacesQueryVariables = Exact<{
  opportunityId: string | number;
  signedIn: boolean;
}>;


export type SessionPlacesQuery = { opportunity: { id: string, sessions: Array<{ id: string, startsAt: string, endsAt: string, timeZone: string, capacity: number | null, registeredCount: number, waitlistCount: number, placesLeft: number | null, viewerRegistration?: { id: string, status: RegistrationStatus, waitlistPosition: number | null } | null }> } | null };

export type RegisterForSessionMutationVariables = Exact<{
  input: RegisterForSessionInput;
}>;


export type RegisterForSessionMutation = { registerForSession: { id: string, status: RegistrationStatus, waitlistPosition: number | null } };

export type WithdrawRegistrationMutationVariables = Exact<{
  input: WithdrawRegistrationInput;
}>;


export type WithdrawRegistrationMutation = { withdrawRegistration: { id: string, status: RegistrationStatus, waitlistPosition: number | null } };

export type MyRegistrationFieldsFragment = { id: string, status: RegistrationStatus, attendance: Attendance | null, waitlistPosition: number | null, createdAt: string, session: { id: string, startsAt: string, endsAt: string, timeZone: string }, opportunity: { id: string, title: string, provider: { id: string, name: string } } };

export type MyRegistrationsQueryVariables = Exact<{
  upcoming?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyRegistrationsQuery = { myRegistrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: RegistrationStatus, attendance: Attendance | null, waitlistPosition: number | null, createdAt: string, session: { id: string, startsAt: string, endsAt: string, timeZone: string }, opportunity: { id: string, title: string, provider: { id: string, name: string } } } }> } };

export type SessionRegistrationFieldsFragment = { id: string, status: RegistrationStatus, attendance: Attendance | null, waitlistPosition: number | null, createdAt: string, learner: { id: string, name: string, email: string } };

export type SessionRegistrationsQueryVariables = Exact<{
  sessionId: string | number;
  status?: RegistrationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SessionRegistrationsQuery = { sessionRegistrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: RegistrationStatus, attendance: Attendance | null, waitlistPosition: number | null, createdAt: string, learner: { id: string, name: string, email: string } } }>, session: { attendanceOpensAt: string, id: string, startsAt: string, endsAt: string, timeZone: string, capacity: number | null, registeredCount: number, waitlistCount: number, placesLeft: number | null }, opportunity: { id: string, title: string } } };

export type MarkAttendanceMutationVariables = Exact<{
  input: MarkAttendanceInput;
}>;


export type MarkAttendanceMutation = { markAttendance: { id: string, attendance: Attendance | null } };

export type MarkAllAttendanceMutationVariables = Exact<{
  input: MarkAllAttendanceInput;
}>;


export type MarkAllAttendanceMutation = { markAllAttendance: number };

export type VerificationCheckFieldsFragment = { check: VerificationCheckName, outcome: CheckOutcome, message: string };

export type VerificationResultFieldsFragment = { verified: boolean, format: CredentialFormat, credentialId: string | null, name: string | null, issuerId: string | null, issuerName: string | null, issuerKnown: boolean, achievementName: string | null, validFrom: string | null, validUntil: string | null, checks: Array<{ check: VerificationCheckName, outcome: CheckOutcome, message: string }>, endorsements: Array<{ endorserName: string | null, endorserId: string | null, comment: string | null, verified: boolean, checks: Array<{ check: VerificationCheckName, outcome: CheckOutcome, message: string }> }> };

export type VerifyCredentialMutationVariables = Exact<{
  input: VerifyCredentialInput;
}>;


export type VerifyCredentialMutation = { verifyCredential: { verified: boolean, format: CredentialFormat, credentialId: string | null, name: string | null, issuerId: string | null, issuerName: string | null, issuerKnown: boolean, achievementName: string | null, validFrom: string | null, validUntil: string | null, checks: Array<{ check: VerificationCheckName, outcome: CheckOutcome, message: string }>, endorsements: Array<{ endorserName: string | null, endorserId: string | null, comment: string | null, verified: boolean, checks: Array<{ check: VerificationCheckName, outcome: CheckOutcome, message: string }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SdgChipFieldsFragmentDoc = new TypedDocumentString(`
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}
    `, {"fragmentName":"SdgChipFields"}) as unknown as TypedDocumentString<SdgChipFieldsFragment, unknown>;
export const AchievementFieldsFragmentDoc = new TypedDocumentString(`
    fragment AchievementFields on Achievement {
  id
  name
  description
  criteriaNarrative
  achievementType
  tags
  validityDays
  imageUrl
  imageFileId
  sdgs {
    ...SdgChipFields
  }
  sdgTargets
  skills {
    id
    name
  }
  escoSkillUris
  archived
}
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}`, {"fragmentName":"AchievementFields"}) as unknown as TypedDocumentString<AchievementFieldsFragment, unknown>;
export const AwardJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment AwardJobFields on AwardJob {
  id
  status
  total
  succeeded
  failed
  failures {
    recipient
    code
    message
  }
}
    `, {"fragmentName":"AwardJobFields"}) as unknown as TypedDocumentString<AwardJobFieldsFragment, unknown>;
export const ClaimCodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClaimCodeFields on ClaimCode {
  id
  code
  claimUrl
  qrCodeSvg
  expiresAt
  maxRedemptions
  redemptionCount
  revoked
}
    `, {"fragmentName":"ClaimCodeFields"}) as unknown as TypedDocumentString<ClaimCodeFieldsFragment, unknown>;
export const ImportedBadgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportedBadgeFields on ImportedBadge {
  id
  source
  sourceUrl
  specVersion
  credentialUri
  name
  description
  issuerName
  issuerUri
  issuedAt
  expiresAt
  imageUrl
  status
  failureReason
  checks {
    check
    outcome
    message
  }
  verifiedAt
  importedAt
  shared
}
    `, {"fragmentName":"ImportedBadgeFields"}) as unknown as TypedDocumentString<ImportedBadgeFieldsFragment, unknown>;
export const MyBadgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyBadgeFields on Credential {
  id
  issuedAt
  validUntil
  expired
  status
  shared
  publicUrl
  achievement {
    id
    name
    imageUrl
  }
  issuer {
    id
    name
  }
}
    `, {"fragmentName":"MyBadgeFields"}) as unknown as TypedDocumentString<MyBadgeFieldsFragment, unknown>;
export const BackpackItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment BackpackItemFields on BackpackItem {
  id
  kind
  name
  imageUrl
  issuerName
  issuedAt
  status
  shared
}
    `, {"fragmentName":"BackpackItemFields"}) as unknown as TypedDocumentString<BackpackItemFieldsFragment, unknown>;
export const CollectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CollectionFields on BadgeCollection {
  id
  name
  description
  public
  shareUrl
  badgeCount
  badges {
    ...BackpackItemFields
  }
}
    fragment BackpackItemFields on BackpackItem {
  id
  kind
  name
  imageUrl
  issuerName
  issuedAt
  status
  shared
}`, {"fragmentName":"CollectionFields"}) as unknown as TypedDocumentString<CollectionFieldsFragment, unknown>;
export const SkillNeedSummaryFragmentDoc = new TypedDocumentString(`
    fragment SkillNeedSummary on SkillNeed {
  id
  title
  status
  isOpen
  closesOn
  openings
  placeName
  radiusKm
  employer {
    id
    name
  }
  skills {
    id
    name
  }
}
    `, {"fragmentName":"SkillNeedSummary"}) as unknown as TypedDocumentString<SkillNeedSummaryFragment, unknown>;
export const InsightFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment InsightFigureFields on InsightFigure {
  key
  label
  opportunities
  registrations {
    value
    suppressed
  }
  attendances {
    value
    suppressed
  }
  badgesIssued {
    value
    suppressed
  }
}
    `, {"fragmentName":"InsightFigureFields"}) as unknown as TypedDocumentString<InsightFigureFieldsFragment, unknown>;
export const IssuedBadgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment IssuedBadgeFields on Credential {
  id
  issuedAt
  status
  statusReason
  statusChangedAt
  recipientName
  recipientEmail
  achievement {
    id
    name
  }
}
    `, {"fragmentName":"IssuedBadgeFields"}) as unknown as TypedDocumentString<IssuedBadgeFieldsFragment, unknown>;
export const ListingFieldsFragmentDoc = new TypedDocumentString(`
    fragment ListingFields on Opportunity {
  id
  title
  summary
  description
  kind
  mode
  location {
    latitude
    longitude
  }
  venueName
  venueAddress
  cost {
    amountMinor
    currency
    free
  }
  minAge
  maxAge
  capacity
  accessibilitySupport
  accessibilityInformation
  sdgs {
    number
  }
  skills {
    id
  }
  sessions {
    id
    startsAt
    endsAt
    timeZone
  }
  status
  moderationNote
  updatedAt
  viewerCanEdit
  achievement {
    id
    name
  }
  provider {
    id
    name
  }
}
    `, {"fragmentName":"ListingFields"}) as unknown as TypedDocumentString<ListingFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const CostFieldsFragmentDoc = new TypedDocumentString(`
    fragment CostFields on Cost {
  free
  amountMinor
  currency
}
    `, {"fragmentName":"CostFields"}) as unknown as TypedDocumentString<CostFieldsFragment, unknown>;
export const ModerationItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ModerationItemFields on Opportunity {
  id
  title
  summary
  description
  kind
  mode
  location {
    latitude
    longitude
  }
  venueName
  venueAddress
  place {
    id
    name
  }
  sessions {
    ...SessionFields
  }
  cost {
    ...CostFields
  }
  minAge
  maxAge
  capacity
  accessibilitySupport
  accessibilityInformation
  sdgs {
    ...SdgChipFields
  }
  skills {
    id
    name
    group
    position
  }
  provider {
    id
    name
    website
  }
}
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}
fragment SessionFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
}
fragment CostFields on Cost {
  free
  amountMinor
  currency
}`, {"fragmentName":"ModerationItemFields"}) as unknown as TypedDocumentString<ModerationItemFieldsFragment, unknown>;
export const OpportunityFactsFieldsFragmentDoc = new TypedDocumentString(`
    fragment OpportunityFactsFields on Opportunity {
  id
  title
  summary
  description
  kind
  mode
  location {
    latitude
    longitude
  }
  venueName
  venueAddress
  place {
    id
    name
  }
  sessions {
    ...SessionFields
  }
  cost {
    ...CostFields
  }
  minAge
  maxAge
  capacity
  accessibilitySupport
  accessibilityInformation
  sdgs {
    ...SdgChipFields
  }
  skills {
    id
    name
    group
    position
  }
  provider {
    id
    name
    website
  }
}
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}
fragment SessionFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
}
fragment CostFields on Cost {
  free
  amountMinor
  currency
}`, {"fragmentName":"OpportunityFactsFields"}) as unknown as TypedDocumentString<OpportunityFactsFieldsFragment, unknown>;
export const PathwaySummaryFragmentDoc = new TypedDocumentString(`
    fragment PathwaySummary on Pathway {
  id
  title
  description
  status
  ordered
  sdgs {
    number
    title
  }
  myProgress {
    complete
    metCount
    stepCount
  }
}
    `, {"fragmentName":"PathwaySummary"}) as unknown as TypedDocumentString<PathwaySummaryFragment, unknown>;
export const PlaceFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlaceFields on Place {
  id
  name
  countryCode
  adminCode
  population
  location {
    latitude
    longitude
  }
}
    `, {"fragmentName":"PlaceFields"}) as unknown as TypedDocumentString<PlaceFieldsFragment, unknown>;
export const ProposalSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposalSummaryFields on Proposal {
  id
  kind
  title
  status
  placeName
  location {
    latitude
    longitude
  }
  sdgNumbers
  supportCount
  commentCount
  hidden
}
    `, {"fragmentName":"ProposalSummaryFields"}) as unknown as TypedDocumentString<ProposalSummaryFieldsFragment, unknown>;
export const ProposalCommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposalCommentFields on ProposalComment {
  id
  body
  authorFirstName
  organisationName
  organisationKind
  hidden
  hiddenReason
  viewerIsAuthor
  createdAt
}
    `, {"fragmentName":"ProposalCommentFields"}) as unknown as TypedDocumentString<ProposalCommentFieldsFragment, unknown>;
export const ViewerRegistrationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerRegistrationFields on Registration {
  id
  status
  waitlistPosition
}
    `, {"fragmentName":"ViewerRegistrationFields"}) as unknown as TypedDocumentString<ViewerRegistrationFieldsFragment, unknown>;
export const SessionPlacesFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionPlacesFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
  capacity
  registeredCount
  waitlistCount
  placesLeft
}
    `, {"fragmentName":"SessionPlacesFields"}) as unknown as TypedDocumentString<SessionPlacesFieldsFragment, unknown>;
export const MyRegistrationFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyRegistrationFields on Registration {
  id
  status
  attendance
  waitlistPosition
  createdAt
  session {
    id
    startsAt
    endsAt
    timeZone
  }
  opportunity {
    id
    title
    provider {
      id
      name
    }
  }
}
    `, {"fragmentName":"MyRegistrationFields"}) as unknown as TypedDocumentString<MyRegistrationFieldsFragment, unknown>;
export const SessionRegistrationFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionRegistrationFields on Registration {
  id
  status
  attendance
  waitlistPosition
  createdAt
  learner {
    id
    name
    email
  }
}
    `, {"fragmentName":"SessionRegistrationFields"}) as unknown as TypedDocumentString<SessionRegistrationFieldsFragment, unknown>;
export const VerificationCheckFieldsFragmentDoc = new TypedDocumentString(`
    fragment VerificationCheckFields on VerificationCheck {
  check
  outcome
  message
}
    `, {"fragmentName":"VerificationCheckFields"}) as unknown as TypedDocumentString<VerificationCheckFieldsFragment, unknown>;
export const VerificationResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment VerificationResultFields on VerificationResult {
  verified
  format
  credentialId
  name
  issuerId
  issuerName
  issuerKnown
  achievementName
  validFrom
  validUntil
  checks {
    ...VerificationCheckFields
  }
  endorsements {
    endorserName
    endorserId
    comment
    verified
    checks {
      ...VerificationCheckFields
    }
  }
}
    fragment VerificationCheckFields on VerificationCheck {
  check
  outcome
  message
}`, {"fragmentName":"VerificationResultFields"}) as unknown as TypedDocumentString<VerificationResultFieldsFragment, unknown>;
export const MyEmailAddressesDocument = new TypedDocumentString(`
    query MyEmailAddresses {
  myEmailAddresses {
    id
    email
    primary
    verified
  }
}
    `) as unknown as TypedDocumentString<MyEmailAddressesQuery, MyEmailAddressesQueryVariables>;
export const AddEmailAddressDocument = new TypedDocumentString(`
    mutation AddEmailAddress($input: AddEmailAddressInput!) {
  addEmailAddress(input: $input) {
    id
    email
    primary
    verified
  }
}
    `) as unknown as TypedDocumentString<AddEmailAddressMutation, AddEmailAddressMutationVariables>;
export const ResendEmailAddressVerificationDocument = new TypedDocumentString(`
    mutation ResendEmailAddressVerification($input: EmailAddressInput!) {
  resendEmailAddressVerification(input: $input)
}
    `) as unknown as TypedDocumentString<ResendEmailAddressVerificationMutation, ResendEmailAddressVerificationMutationVariables>;
export const RemoveEmailAddressDocument = new TypedDocumentString(`
    mutation RemoveEmailAddress($input: EmailAddressInput!) {
  removeEmailAddress(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveEmailAddressMutation, RemoveEmailAddressMutationVariables>;
export const AccountSettingsDocument = new TypedDocumentString(`
    query AccountSettings {
  me {
    id
    email
    emailVerified
    name
    birthYear
    isMinor
    profileVisibility
    employerContact
    shareLocation
  }
}
    `) as unknown as TypedDocumentString<AccountSettingsQuery, AccountSettingsQueryVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    userAgent
    createdAt
    lastUsedAt
    current
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id
    name
    profileVisibility
    employerContact
    shareLocation
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangeEmailDocument = new TypedDocumentString(`
    mutation ChangeEmail($input: ChangeEmailInput!) {
  changeEmail(input: $input) {
    id
    email
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    email
    primary
    account {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendVerificationEmailDocument = new TypedDocumentString(`
    mutation ResendVerificationEmail {
  resendVerificationEmail
}
    `) as unknown as TypedDocumentString<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
    emailVerified
    isMinor
    isAdmin
    memberships {
      role
      organisation {
        id
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const OrganisationAchievementsDocument = new TypedDocumentString(`
    query OrganisationAchievements($organisationId: ID!, $includeArchived: Boolean, $first: Int, $after: String) {
  organisationAchievements(
    organisationId: $organisationId
    includeArchived: $includeArchived
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...AchievementFields
      }
    }
  }
}
    fragment AchievementFields on Achievement {
  id
  name
  description
  criteriaNarrative
  achievementType
  tags
  validityDays
  imageUrl
  imageFileId
  sdgs {
    ...SdgChipFields
  }
  sdgTargets
  skills {
    id
    name
  }
  escoSkillUris
  archived
}
fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}`) as unknown as TypedDocumentString<OrganisationAchievementsQuery, OrganisationAchievementsQueryVariables>;
export const BadgeChoicesDocument = new TypedDocumentString(`
    query BadgeChoices($organisationId: ID!, $first: Int) {
  organisationAchievements(organisationId: $organisationId, first: $first) {
    totalCount
    edges {
      node {
        id
        name
        archived
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BadgeChoicesQuery, BadgeChoicesQueryVariables>;
export const EditableAchievementDocument = new TypedDocumentString(`
    query EditableAchievement($id: ID!) {
  achievement(id: $id) {
    ...AchievementFields
    organisation {
      id
      name
      viewerRole
    }
  }
}
    fragment AchievementFields on Achievement {
  id
  name
  description
  criteriaNarrative
  achievementType
  tags
  validityDays
  imageUrl
  imageFileId
  sdgs {
    ...SdgChipFields
  }
  sdgTargets
  skills {
    id
    name
  }
  escoSkillUris
  archived
}
fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}`) as unknown as TypedDocumentString<EditableAchievementQuery, EditableAchievementQueryVariables>;
export const BadgeDesignReferenceDocument = new TypedDocumentString(`
    query BadgeDesignReference {
  achievementTypes
  sdgs {
    number
    targets
  }
}
    `) as unknown as TypedDocumentString<BadgeDesignReferenceQuery, BadgeDesignReferenceQueryVariables>;
export const CreateAchievementDocument = new TypedDocumentString(`
    mutation CreateAchievement($input: CreateAchievementInput!) {
  createAchievement(input: $input) {
    ...AchievementFields
  }
}
    fragment AchievementFields on Achievement {
  id
  name
  description
  criteriaNarrative
  achievementType
  tags
  validityDays
  imageUrl
  imageFileId
  sdgs {
    ...SdgChipFields
  }
  sdgTargets
  skills {
    id
    name
  }
  escoSkillUris
  archived
}
fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}`) as unknown as TypedDocumentString<CreateAchievementMutation, CreateAchievementMutationVariables>;
export const UpdateAchievementDocument = new TypedDocumentString(`
    mutation UpdateAchievement($input: UpdateAchievementInput!) {
  updateAchievement(input: $input) {
    ...AchievementFields
  }
}
    fragment AchievementFields on Achievement {
  id
  name
  description
  criteriaNarrative
  achievementType
  tags
  validityDays
  imageUrl
  imageFileId
  sdgs {
    ...SdgChipFields
  }
  sdgTargets
  skills {
    id
    name
  }
  escoSkillUris
  archived
}
fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}`) as unknown as TypedDocumentString<UpdateAchievementMutation, UpdateAchievementMutationVariables>;
export const ArchiveAchievementDocument = new TypedDocumentString(`
    mutation ArchiveAchievement($input: ArchiveAchievementInput!) {
  archiveAchievement(input: $input) {
    id
    archived
  }
}
    `) as unknown as TypedDocumentString<ArchiveAchievementMutation, ArchiveAchievementMutationVariables>;
export const OrganisationsAwaitingVerificationDocument = new TypedDocumentString(`
    query OrganisationsAwaitingVerification($kind: OrganisationKind, $first: Int, $after: String) {
  organisationsAwaitingVerification(kind: $kind, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        kind
        area
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationsAwaitingVerificationQuery, OrganisationsAwaitingVerificationQueryVariables>;
export const VerifyOrganisationDocument = new TypedDocumentString(`
    mutation VerifyOrganisation($input: VerifyOrganisationInput!) {
  verifyOrganisation(input: $input) {
    id
    verified
    verifiedAt
  }
}
    `) as unknown as TypedDocumentString<VerifyOrganisationMutation, VerifyOrganisationMutationVariables>;
export const RevokeOrganisationVerificationDocument = new TypedDocumentString(`
    mutation RevokeOrganisationVerification($input: RevokeOrganisationVerificationInput!) {
  revokeOrganisationVerification(input: $input) {
    id
    verified
    verifiedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeOrganisationVerificationMutation, RevokeOrganisationVerificationMutationVariables>;
export const AwardAchievementDocument = new TypedDocumentString(`
    query AwardAchievement($id: ID!) {
  achievement(id: $id) {
    id
    name
    archived
    imageUrl
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AwardAchievementQuery, AwardAchievementQueryVariables>;
export const SessionAchievementDocument = new TypedDocumentString(`
    query SessionAchievement($sessionId: ID!) {
  sessionRegistrations(sessionId: $sessionId, first: 1) {
    opportunity {
      id
      provider {
        id
      }
      achievement {
        id
        name
        archived
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionAchievementQuery, SessionAchievementQueryVariables>;
export const SessionAwardsDocument = new TypedDocumentString(`
    query SessionAwards($sessionId: ID!, $achievementId: ID!) {
  sessionAwards(sessionId: $sessionId, achievementId: $achievementId) {
    registrationId
    credentialId
    status
  }
}
    `) as unknown as TypedDocumentString<SessionAwardsQuery, SessionAwardsQueryVariables>;
export const AwardBadgeDocument = new TypedDocumentString(`
    mutation AwardBadge($input: AwardBadgeInput!) {
  awardBadge(input: $input) {
    id
    publicUrl
  }
}
    `) as unknown as TypedDocumentString<AwardBadgeMutation, AwardBadgeMutationVariables>;
export const StartBulkAwardDocument = new TypedDocumentString(`
    mutation StartBulkAward($input: StartBulkAwardInput!) {
  startBulkAward(input: $input) {
    ...AwardJobFields
  }
}
    fragment AwardJobFields on AwardJob {
  id
  status
  total
  succeeded
  failed
  failures {
    recipient
    code
    message
  }
}`) as unknown as TypedDocumentString<StartBulkAwardMutation, StartBulkAwardMutationVariables>;
export const AwardJobDocument = new TypedDocumentString(`
    query AwardJob($id: ID!) {
  awardJob(id: $id) {
    ...AwardJobFields
  }
}
    fragment AwardJobFields on AwardJob {
  id
  status
  total
  succeeded
  failed
  failures {
    recipient
    code
    message
  }
}`) as unknown as TypedDocumentString<AwardJobQuery, AwardJobQueryVariables>;
export const AchievementClaimCodesDocument = new TypedDocumentString(`
    query AchievementClaimCodes($achievementId: ID!) {
  achievementClaimCodes(achievementId: $achievementId) {
    ...ClaimCodeFields
  }
}
    fragment ClaimCodeFields on ClaimCode {
  id
  code
  claimUrl
  qrCodeSvg
  expiresAt
  maxRedemptions
  redemptionCount
  revoked
}`) as unknown as TypedDocumentString<AchievementClaimCodesQuery, AchievementClaimCodesQueryVariables>;
export const CreateClaimCodeDocument = new TypedDocumentString(`
    mutation CreateClaimCode($input: CreateClaimCodeInput!) {
  createClaimCode(input: $input) {
    ...ClaimCodeFields
  }
}
    fragment ClaimCodeFields on ClaimCode {
  id
  code
  claimUrl
  qrCodeSvg
  expiresAt
  maxRedemptions
  redemptionCount
  revoked
}`) as unknown as TypedDocumentString<CreateClaimCodeMutation, CreateClaimCodeMutationVariables>;
export const RevokeClaimCodeDocument = new TypedDocumentString(`
    mutation RevokeClaimCode($input: RevokeClaimCodeInput!) {
  revokeClaimCode(input: $input) {
    ...ClaimCodeFields
  }
}
    fragment ClaimCodeFields on ClaimCode {
  id
  code
  claimUrl
  qrCodeSvg
  expiresAt
  maxRedemptions
  redemptionCount
  revoked
}`) as unknown as TypedDocumentString<RevokeClaimCodeMutation, RevokeClaimCodeMutationVariables>;
export const EndorseAchievementDocument = new TypedDocumentString(`
    mutation EndorseAchievement($input: EndorseAchievementInput!) {
  endorseAchievement(input: $input) {
    id
    comment
  }
}
    `) as unknown as TypedDocumentString<EndorseAchievementMutation, EndorseAchievementMutationVariables>;
export const ImportBadgeTextDocument = new TypedDocumentString(`
    mutation ImportBadgeText($input: ImportBadgeTextInput!) {
  importBadgeText(input: $input) {
    created
    badge {
      ...ImportedBadgeFields
    }
  }
}
    fragment ImportedBadgeFields on ImportedBadge {
  id
  source
  sourceUrl
  specVersion
  credentialUri
  name
  description
  issuerName
  issuerUri
  issuedAt
  expiresAt
  imageUrl
  status
  failureReason
  checks {
    check
    outcome
    message
  }
  verifiedAt
  importedAt
  shared
}`) as unknown as TypedDocumentString<ImportBadgeTextMutation, ImportBadgeTextMutationVariables>;
export const ImportBadgeUrlDocument = new TypedDocumentString(`
    mutation ImportBadgeUrl($input: ImportBadgeUrlInput!) {
  importBadgeUrl(input: $input) {
    created
    badge {
      ...ImportedBadgeFields
    }
  }
}
    fragment ImportedBadgeFields on ImportedBadge {
  id
  source
  sourceUrl
  specVersion
  credentialUri
  name
  description
  issuerName
  issuerUri
  issuedAt
  expiresAt
  imageUrl
  status
  failureReason
  checks {
    check
    outcome
    message
  }
  verifiedAt
  importedAt
  shared
}`) as unknown as TypedDocumentString<ImportBadgeUrlMutation, ImportBadgeUrlMutationVariables>;
export const ImportedBadgeDocument = new TypedDocumentString(`
    query ImportedBadge($id: ID!) {
  importedBadge(id: $id) {
    ...ImportedBadgeFields
  }
}
    fragment ImportedBadgeFields on ImportedBadge {
  id
  source
  sourceUrl
  specVersion
  credentialUri
  name
  description
  issuerName
  issuerUri
  issuedAt
  expiresAt
  imageUrl
  status
  failureReason
  checks {
    check
    outcome
    message
  }
  verifiedAt
  importedAt
  shared
}`) as unknown as TypedDocumentString<ImportedBadgeQuery, ImportedBadgeQueryVariables>;
export const ReverifyImportedBadgeDocument = new TypedDocumentString(`
    mutation ReverifyImportedBadge($id: ID!) {
  reverifyImportedBadge(id: $id) {
    ...ImportedBadgeFields
  }
}
    fragment ImportedBadgeFields on ImportedBadge {
  id
  source
  sourceUrl
  specVersion
  credentialUri
  name
  description
  issuerName
  issuerUri
  issuedAt
  expiresAt
  imageUrl
  status
  failureReason
  checks {
    check
    outcome
    message
  }
  verifiedAt
  importedAt
  shared
}`) as unknown as TypedDocumentString<ReverifyImportedBadgeMutation, ReverifyImportedBadgeMutationVariables>;
export const ShareImportedBadgeDocument = new TypedDocumentString(`
    mutation ShareImportedBadge($input: ShareImportedBadgeInput!) {
  shareImportedBadge(input: $input) {
    id
    shared
  }
}
    `) as unknown as TypedDocumentString<ShareImportedBadgeMutation, ShareImportedBadgeMutationVariables>;
export const DeleteImportedBadgeDocument = new TypedDocumentString(`
    mutation DeleteImportedBadge($id: ID!) {
  deleteImportedBadge(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteImportedBadgeMutation, DeleteImportedBadgeMutationVariables>;
export const SharedImportedBadgeDocument = new TypedDocumentString(`
    query SharedImportedBadge($id: ID!) {
  sharedImportedBadge(id: $id) {
    id
    name
    description
    issuerName
    issuedAt
    expiresAt
    imageUrl
    status
    verifiedAt
  }
}
    `) as unknown as TypedDocumentString<SharedImportedBadgeQuery, SharedImportedBadgeQueryVariables>;
export const BadgePageDocument = new TypedDocumentString(`
    query BadgePage($id: ID!) {
  credential(id: $id) {
    id
    issuedAt
    validUntil
    expired
    status
    statusReason
    statusChangedAt
    shared
    narrative
    recipientName
    recipientEmail
    json
    publicUrl
    downloadUrls {
      json
      jwt
      png
      svg
    }
    achievement {
      id
      name
      description
      criteriaNarrative
      achievementType
      imageUrl
      sdgs {
        ...SdgChipFields
      }
      sdgTargets
      skills {
        id
        name
        position
      }
      escoSkillUris
    }
    issuer {
      id
      name
      website
      issuerId
    }
    evidence {
      id
      name
      narrative
      url
      contentType
    }
    endorsements {
      id
      comment
      issuedAt
      status
      endorser {
        id
        name
        website
      }
    }
  }
}
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}`) as unknown as TypedDocumentString<BadgePageQuery, BadgePageQueryVariables>;
export const MyBackpackDocument = new TypedDocumentString(`
    query MyBackpack($first: Int, $after: String, $sort: BackpackSort, $filter: BackpackFilterInput) {
  myBackpack(first: $first, after: $after, sort: $sort, filter: $filter) {
    totalCount
    edges {
      cursor
      node {
        ...BackpackItemFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment BackpackItemFields on BackpackItem {
  id
  kind
  name
  imageUrl
  issuerName
  issuedAt
  status
  shared
}`) as unknown as TypedDocumentString<MyBackpackQuery, MyBackpackQueryVariables>;
export const MyBackpackIssuersDocument = new TypedDocumentString(`
    query MyBackpackIssuers {
  myBackpackIssuers {
    key
    name
    badgeCount
  }
}
    `) as unknown as TypedDocumentString<MyBackpackIssuersQuery, MyBackpackIssuersQueryVariables>;
export const MyCredentialsDocument = new TypedDocumentString(`
    query MyCredentials($first: Int, $after: String) {
  myCredentials(first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        ...MyBadgeFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MyBadgeFields on Credential {
  id
  issuedAt
  validUntil
  expired
  status
  shared
  publicUrl
  achievement {
    id
    name
    imageUrl
  }
  issuer {
    id
    name
  }
}`) as unknown as TypedDocumentString<MyCredentialsQuery, MyCredentialsQueryVariables>;
export const ShareCredentialDocument = new TypedDocumentString(`
    mutation ShareCredential($input: ShareCredentialInput!) {
  shareCredential(input: $input) {
    id
    shared
  }
}
    `) as unknown as TypedDocumentString<ShareCredentialMutation, ShareCredentialMutationVariables>;
export const RedeemClaimCodeDocument = new TypedDocumentString(`
    mutation RedeemClaimCode($input: RedeemClaimCodeInput!) {
  redeemClaimCode(input: $input) {
    ...MyBadgeFields
  }
}
    fragment MyBadgeFields on Credential {
  id
  issuedAt
  validUntil
  expired
  status
  shared
  publicUrl
  achievement {
    id
    name
    imageUrl
  }
  issuer {
    id
    name
  }
}`) as unknown as TypedDocumentString<RedeemClaimCodeMutation, RedeemClaimCodeMutationVariables>;
export const MyCollectionsDocument = new TypedDocumentString(`
    query MyCollections {
  myCollections {
    id
    name
    description
    public
    badgeCount
  }
}
    `) as unknown as TypedDocumentString<MyCollectionsQuery, MyCollectionsQueryVariables>;
export const CollectionDocument = new TypedDocumentString(`
    query Collection($id: ID!) {
  collection(id: $id) {
    ...CollectionFields
  }
}
    fragment BackpackItemFields on BackpackItem {
  id
  kind
  name
  imageUrl
  issuerName
  issuedAt
  status
  shared
}
fragment CollectionFields on BadgeCollection {
  id
  name
  description
  public
  shareUrl
  badgeCount
  badges {
    ...BackpackItemFields
  }
}`) as unknown as TypedDocumentString<CollectionQuery, CollectionQueryVariables>;
export const PublicCollectionDocument = new TypedDocumentString(`
    query PublicCollection($token: String!) {
  publicCollection(token: $token) {
    name
    description
    ownerName
    badges {
      id
      kind
      name
      imageUrl
      issuerName
      issuedAt
      status
      publicUrl
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCollectionQuery, PublicCollectionQueryVariables>;
export const CreateCollectionDocument = new TypedDocumentString(`
    mutation CreateCollection($input: CreateCollectionInput!) {
  createCollection(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCollectionMutation, CreateCollectionMutationVariables>;
export const UpdateCollectionDocument = new TypedDocumentString(`
    mutation UpdateCollection($input: UpdateCollectionInput!) {
  updateCollection(input: $input) {
    ...CollectionFields
  }
}
    fragment BackpackItemFields on BackpackItem {
  id
  kind
  name
  imageUrl
  issuerName
  issuedAt
  status
  shared
}
fragment CollectionFields on BadgeCollection {
  id
  name
  description
  public
  shareUrl
  badgeCount
  badges {
    ...BackpackItemFields
  }
}`) as unknown as TypedDocumentString<UpdateCollectionMutation, UpdateCollectionMutationVariables>;
export const DeleteCollectionDocument = new TypedDocumentString(`
    mutation DeleteCollection($input: CollectionInput!) {
  deleteCollection(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteCollectionMutation, DeleteCollectionMutationVariables>;
export const AddBadgeToCollectionDocument = new TypedDocumentString(`
    mutation AddBadgeToCollection($input: CollectionBadgeInput!) {
  addBadgeToCollection(input: $input) {
    ...CollectionFields
  }
}
    fragment BackpackItemFields on BackpackItem {
  id
  kind
  name
  imageUrl
  issuerName
  issuedAt
  status
  shared
}
fragment CollectionFields on BadgeCollection {
  id
  name
  description
  public
  shareUrl
  badgeCount
  badges {
    ...BackpackItemFields
  }
}`) as unknown as TypedDocumentString<AddBadgeToCollectionMutation, AddBadgeToCollectionMutationVariables>;
export const RemoveBadgeFromCollectionDocument = new TypedDocumentString(`
    mutation RemoveBadgeFromCollection($input: CollectionBadgeInput!) {
  removeBadgeFromCollection(input: $input) {
    ...CollectionFields
  }
}
    fragment BackpackItemFields on BackpackItem {
  id
  kind
  name
  imageUrl
  issuerName
  issuedAt
  status
  shared
}
fragment CollectionFields on BadgeCollection {
  id
  name
  description
  public
  shareUrl
  badgeCount
  badges {
    ...BackpackItemFields
  }
}`) as unknown as TypedDocumentString<RemoveBadgeFromCollectionMutation, RemoveBadgeFromCollectionMutationVariables>;
export const MoveCollectionBadgeDocument = new TypedDocumentString(`
    mutation MoveCollectionBadge($input: MoveCollectionBadgeInput!) {
  moveCollectionBadge(input: $input) {
    ...CollectionFields
  }
}
    fragment BackpackItemFields on BackpackItem {
  id
  kind
  name
  imageUrl
  issuerName
  issuedAt
  status
  shared
}
fragment CollectionFields on BadgeCollection {
  id
  name
  description
  public
  shareUrl
  badgeCount
  badges {
    ...BackpackItemFields
  }
}`) as unknown as TypedDocumentString<MoveCollectionBadgeMutation, MoveCollectionBadgeMutationVariables>;
export const SetCollectionPublicDocument = new TypedDocumentString(`
    mutation SetCollectionPublic($input: SetCollectionPublicInput!) {
  setCollectionPublic(input: $input) {
    ...CollectionFields
  }
}
    fragment BackpackItemFields on BackpackItem {
  id
  kind
  name
  imageUrl
  issuerName
  issuedAt
  status
  shared
}
fragment CollectionFields on BadgeCollection {
  id
  name
  description
  public
  shareUrl
  badgeCount
  badges {
    ...BackpackItemFields
  }
}`) as unknown as TypedDocumentString<SetCollectionPublicMutation, SetCollectionPublicMutationVariables>;
export const ReplaceCollectionShareLinkDocument = new TypedDocumentString(`
    mutation ReplaceCollectionShareLink($input: CollectionInput!) {
  replaceCollectionShareLink(input: $input) {
    ...CollectionFields
  }
}
    fragment BackpackItemFields on BackpackItem {
  id
  kind
  name
  imageUrl
  issuerName
  issuedAt
  status
  shared
}
fragment CollectionFields on BadgeCollection {
  id
  name
  description
  public
  shareUrl
  badgeCount
  badges {
    ...BackpackItemFields
  }
}`) as unknown as TypedDocumentString<ReplaceCollectionShareLinkMutation, ReplaceCollectionShareLinkMutationVariables>;
export const AuthorizationRequestDocument = new TypedDocumentString(`
    query AuthorizationRequest($id: ID!) {
  oauthAuthorizationRequest(id: $id) {
    id
    redirectUri
    expiresAt
    client {
      name
      clientUri
      logoUri
      tosUri
      policyUri
    }
    scopes {
      uri
      description
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationRequestQuery, AuthorizationRequestQueryVariables>;
export const ApproveAuthorizationDocument = new TypedDocumentString(`
    mutation ApproveAuthorization($input: DecideOAuthAuthorizationInput!) {
  approveOAuthAuthorization(input: $input) {
    redirectUrl
  }
}
    `) as unknown as TypedDocumentString<ApproveAuthorizationMutation, ApproveAuthorizationMutationVariables>;
export const DenyAuthorizationDocument = new TypedDocumentString(`
    mutation DenyAuthorization($input: DecideOAuthAuthorizationInput!) {
  denyOAuthAuthorization(input: $input) {
    redirectUrl
  }
}
    `) as unknown as TypedDocumentString<DenyAuthorizationMutation, DenyAuthorizationMutationVariables>;
export const ConnectedAppsDocument = new TypedDocumentString(`
    query ConnectedApps {
  connectedApps {
    id
    connectedAt
    lastUsedAt
    client {
      name
      clientUri
      policyUri
    }
    scopes {
      uri
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectedAppsQuery, ConnectedAppsQueryVariables>;
export const RevokeConnectedAppDocument = new TypedDocumentString(`
    mutation RevokeConnectedApp($input: RevokeConnectedAppInput!) {
  revokeConnectedApp(input: $input)
}
    `) as unknown as TypedDocumentString<RevokeConnectedAppMutation, RevokeConnectedAppMutationVariables>;
export const LearnerContactSettingsDocument = new TypedDocumentString(`
    query LearnerContactSettings {
  me {
    id
    employerContact
    isMinor
  }
  myEmployerContactConsents {
    createdAt
    employer {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LearnerContactSettingsQuery, LearnerContactSettingsQueryVariables>;
export const AllowEmployerContactDocument = new TypedDocumentString(`
    mutation AllowEmployerContact($employerId: ID!) {
  allowEmployerContact(employerId: $employerId) {
    createdAt
    employer {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AllowEmployerContactMutation, AllowEmployerContactMutationVariables>;
export const WithdrawEmployerContactDocument = new TypedDocumentString(`
    mutation WithdrawEmployerContact($employerId: ID!) {
  withdrawEmployerContact(employerId: $employerId)
}
    `) as unknown as TypedDocumentString<WithdrawEmployerContactMutation, WithdrawEmployerContactMutationVariables>;
export const MyHomePlaceDocument = new TypedDocumentString(`
    query MyHomePlace {
  me {
    id
    homePlace {
      ...PlaceFields
    }
  }
}
    fragment PlaceFields on Place {
  id
  name
  countryCode
  adminCode
  population
  location {
    latitude
    longitude
  }
}`) as unknown as TypedDocumentString<MyHomePlaceQuery, MyHomePlaceQueryVariables>;
export const UpdateHomePlaceDocument = new TypedDocumentString(`
    mutation UpdateHomePlace($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id
    homePlace {
      ...PlaceFields
    }
  }
}
    fragment PlaceFields on Place {
  id
  name
  countryCode
  adminCode
  population
  location {
    latitude
    longitude
  }
}`) as unknown as TypedDocumentString<UpdateHomePlaceMutation, UpdateHomePlaceMutationVariables>;
export const MySkillNeedMatchesDocument = new TypedDocumentString(`
    query MySkillNeedMatches($near: NearInput, $first: Int, $after: String) {
  mySkillNeedMatches(near: $near, first: $first, after: $after) {
    edges {
      cursor
      distanceKm
      node {
        ...SkillNeedSummary
        myMatch {
          heldSkills {
            id
            name
          }
          missingSkills {
            id
            name
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment SkillNeedSummary on SkillNeed {
  id
  title
  status
  isOpen
  closesOn
  openings
  placeName
  radiusKm
  employer {
    id
    name
  }
  skills {
    id
    name
  }
}`) as unknown as TypedDocumentString<MySkillNeedMatchesQuery, MySkillNeedMatchesQueryVariables>;
export const OrganisationSkillNeedsDocument = new TypedDocumentString(`
    query OrganisationSkillNeeds($organisationId: ID!, $first: Int, $after: String) {
  organisationSkillNeeds(
    organisationId: $organisationId
    first: $first
    after: $after
  ) {
    edges {
      cursor
      node {
        ...SkillNeedSummary
        learnerCount {
          value
          suppressed
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment SkillNeedSummary on SkillNeed {
  id
  title
  status
  isOpen
  closesOn
  openings
  placeName
  radiusKm
  employer {
    id
    name
  }
  skills {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrganisationSkillNeedsQuery, OrganisationSkillNeedsQueryVariables>;
export const NeedOrganisationDocument = new TypedDocumentString(`
    query NeedOrganisation($id: ID!) {
  organisation(id: $id) {
    id
    name
    kind
    verified
    viewerRole
  }
}
    `) as unknown as TypedDocumentString<NeedOrganisationQuery, NeedOrganisationQueryVariables>;
export const SkillNeedDocument = new TypedDocumentString(`
    query SkillNeed($id: ID!) {
  skillNeed(id: $id) {
    ...SkillNeedSummary
    description
    escoSkillUris
    applyUrl
    location {
      latitude
      longitude
    }
    employer {
      id
      name
      kind
      viewerRole
    }
    myMatch {
      heldSkills {
        id
        name
      }
      missingSkills {
        id
        name
      }
      pathways {
        distanceKm
        pathway {
          id
          title
          organisation {
            id
            name
          }
        }
        addsSkills {
          id
          name
        }
      }
    }
  }
}
    fragment SkillNeedSummary on SkillNeed {
  id
  title
  status
  isOpen
  closesOn
  openings
  placeName
  radiusKm
  employer {
    id
    name
  }
  skills {
    id
    name
  }
}`) as unknown as TypedDocumentString<SkillNeedQuery, SkillNeedQueryVariables>;
export const SkillNeedMatchesDocument = new TypedDocumentString(`
    query SkillNeedMatches($id: ID!, $first: Int, $after: String) {
  skillNeed(id: $id) {
    id
    matches(first: $first, after: $after) {
      edges {
        cursor
        node {
          kind
          distanceKm
          coveredSkills {
            id
            name
          }
          opportunity {
            id
            title
            provider {
              id
              name
            }
          }
          pathway {
            id
            title
            organisation {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<SkillNeedMatchesQuery, SkillNeedMatchesQueryVariables>;
export const SkillNeedContactsDocument = new TypedDocumentString(`
    query SkillNeedContacts($id: ID!, $first: Int, $after: String) {
  skillNeed(id: $id) {
    id
    learnerCount {
      value
      suppressed
    }
    contacts(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          email
          isMinor
          area
          consentedAt
          coveredSkills {
            id
            name
          }
          badges {
            name
            issuerName
            issuedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<SkillNeedContactsQuery, SkillNeedContactsQueryVariables>;
export const CreateSkillNeedDocument = new TypedDocumentString(`
    mutation CreateSkillNeed($input: CreateSkillNeedInput!) {
  createSkillNeed(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSkillNeedMutation, CreateSkillNeedMutationVariables>;
export const UpdateSkillNeedDocument = new TypedDocumentString(`
    mutation UpdateSkillNeed($input: UpdateSkillNeedInput!) {
  updateSkillNeed(input: $input) {
    id
    status
    isOpen
  }
}
    `) as unknown as TypedDocumentString<UpdateSkillNeedMutation, UpdateSkillNeedMutationVariables>;
export const ReferenceDataDocument = new TypedDocumentString(`
    query ReferenceData {
  sdgs {
    number
    shortTitle
    title
    colour
  }
  skills {
    id
    name
    group
    position
  }
}
    `) as unknown as TypedDocumentString<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const CouncilInsightsSummaryDocument = new TypedDocumentString(`
    query CouncilInsightsSummary($councilId: ID!, $from: DateTime, $to: DateTime) {
  councilInsights(councilId: $councilId, from: $from, to: $to) {
    council {
      id
      name
      area
    }
    from
    to
    totals {
      ...InsightFigureFields
    }
    bySdg {
      ...InsightFigureFields
    }
    bySkill {
      ...InsightFigureFields
    }
    byPlace {
      ...InsightFigureFields
    }
  }
}
    fragment InsightFigureFields on InsightFigure {
  key
  label
  opportunities
  registrations {
    value
    suppressed
  }
  attendances {
    value
    suppressed
  }
  badgesIssued {
    value
    suppressed
  }
}`) as unknown as TypedDocumentString<CouncilInsightsSummaryQuery, CouncilInsightsSummaryQueryVariables>;
export const CouncilInsightsOverTimeDocument = new TypedDocumentString(`
    query CouncilInsightsOverTime($councilId: ID!, $from: DateTime, $to: DateTime, $period: InsightPeriod) {
  councilInsights(councilId: $councilId, from: $from, to: $to) {
    overTime(period: $period) {
      periodStart
      opportunities
      registrations {
        value
        suppressed
      }
      attendances {
        value
        suppressed
      }
      badgesIssued {
        value
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilInsightsOverTimeQuery, CouncilInsightsOverTimeQueryVariables>;
export const CouncilInsightsDensityDocument = new TypedDocumentString(`
    query CouncilInsightsDensity($councilId: ID!, $from: DateTime, $to: DateTime, $cellKm: Float, $shape: GridShape) {
  councilInsights(councilId: $councilId, from: $from, to: $to) {
    densityGrid(cellKm: $cellKm, shape: $shape) {
      id
      polygon
      opportunities
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilInsightsDensityQuery, CouncilInsightsDensityQueryVariables>;
export const CouncilInsightsGapsDocument = new TypedDocumentString(`
    query CouncilInsightsGaps($councilId: ID!, $from: DateTime, $to: DateTime, $gapDistanceKm: Float, $fewThreshold: Int) {
  councilInsights(councilId: $councilId, from: $from, to: $to) {
    skillGaps(gapDistanceKm: $gapDistanceKm) {
      skill {
        id
        name
      }
      needCount
      openings
      needs {
        id
        title
        employer {
          id
          name
        }
      }
    }
    sdgGaps(fewThreshold: $fewThreshold) {
      sdg {
        number
        shortTitle
        colour
      }
      opportunities
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilInsightsGapsQuery, CouncilInsightsGapsQueryVariables>;
export const IssuedBadgesContextDocument = new TypedDocumentString(`
    query IssuedBadgesContext($organisationId: ID!) {
  organisation(id: $organisationId) {
    id
    name
    viewerRole
  }
  organisationAchievements(
    organisationId: $organisationId
    includeArchived: true
    first: 100
  ) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IssuedBadgesContextQuery, IssuedBadgesContextQueryVariables>;
export const OrganisationCredentialsDocument = new TypedDocumentString(`
    query OrganisationCredentials($organisationId: ID!, $achievementId: ID, $first: Int, $after: String) {
  organisationCredentials(
    organisationId: $organisationId
    achievementId: $achievementId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...IssuedBadgeFields
      }
    }
  }
}
    fragment IssuedBadgeFields on Credential {
  id
  issuedAt
  status
  statusReason
  statusChangedAt
  recipientName
  recipientEmail
  achievement {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrganisationCredentialsQuery, OrganisationCredentialsQueryVariables>;
export const RevokeCredentialDocument = new TypedDocumentString(`
    mutation RevokeCredential($input: ChangeCredentialStatusInput!) {
  revokeCredential(input: $input) {
    ...IssuedBadgeFields
  }
}
    fragment IssuedBadgeFields on Credential {
  id
  issuedAt
  status
  statusReason
  statusChangedAt
  recipientName
  recipientEmail
  achievement {
    id
    name
  }
}`) as unknown as TypedDocumentString<RevokeCredentialMutation, RevokeCredentialMutationVariables>;
export const SuspendCredentialDocument = new TypedDocumentString(`
    mutation SuspendCredential($input: ChangeCredentialStatusInput!) {
  suspendCredential(input: $input) {
    ...IssuedBadgeFields
  }
}
    fragment IssuedBadgeFields on Credential {
  id
  issuedAt
  status
  statusReason
  statusChangedAt
  recipientName
  recipientEmail
  achievement {
    id
    name
  }
}`) as unknown as TypedDocumentString<SuspendCredentialMutation, SuspendCredentialMutationVariables>;
export const ReinstateCredentialDocument = new TypedDocumentString(`
    mutation ReinstateCredential($input: ChangeCredentialStatusInput!) {
  reinstateCredential(input: $input) {
    ...IssuedBadgeFields
  }
}
    fragment IssuedBadgeFields on Credential {
  id
  issuedAt
  status
  statusReason
  statusChangedAt
  recipientName
  recipientEmail
  achievement {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReinstateCredentialMutation, ReinstateCredentialMutationVariables>;
export const EditableListingDocument = new TypedDocumentString(`
    query EditableListing($id: ID!) {
  opportunity(id: $id) {
    ...ListingFields
    auditLog {
      id
      action
      actorName
      changes
      createdAt
    }
  }
}
    fragment ListingFields on Opportunity {
  id
  title
  summary
  description
  kind
  mode
  location {
    latitude
    longitude
  }
  venueName
  venueAddress
  cost {
    amountMinor
    currency
    free
  }
  minAge
  maxAge
  capacity
  accessibilitySupport
  accessibilityInformation
  sdgs {
    number
  }
  skills {
    id
  }
  sessions {
    id
    startsAt
    endsAt
    timeZone
  }
  status
  moderationNote
  updatedAt
  viewerCanEdit
  achievement {
    id
    name
  }
  provider {
    id
    name
  }
}`) as unknown as TypedDocumentString<EditableListingQuery, EditableListingQueryVariables>;
export const CreateOpportunityDocument = new TypedDocumentString(`
    mutation CreateOpportunity($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) {
    ...ListingFields
  }
}
    fragment ListingFields on Opportunity {
  id
  title
  summary
  description
  kind
  mode
  location {
    latitude
    longitude
  }
  venueName
  venueAddress
  cost {
    amountMinor
    currency
    free
  }
  minAge
  maxAge
  capacity
  accessibilitySupport
  accessibilityInformation
  sdgs {
    number
  }
  skills {
    id
  }
  sessions {
    id
    startsAt
    endsAt
    timeZone
  }
  status
  moderationNote
  updatedAt
  viewerCanEdit
  achievement {
    id
    name
  }
  provider {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateOpportunityMutation, CreateOpportunityMutationVariables>;
export const UpdateOpportunityDocument = new TypedDocumentString(`
    mutation UpdateOpportunity($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) {
    ...ListingFields
  }
}
    fragment ListingFields on Opportunity {
  id
  title
  summary
  description
  kind
  mode
  location {
    latitude
    longitude
  }
  venueName
  venueAddress
  cost {
    amountMinor
    currency
    free
  }
  minAge
  maxAge
  capacity
  accessibilitySupport
  accessibilityInformation
  sdgs {
    number
  }
  skills {
    id
  }
  sessions {
    id
    startsAt
    endsAt
    timeZone
  }
  status
  moderationNote
  updatedAt
  viewerCanEdit
  achievement {
    id
    name
  }
  provider {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateOpportunityMutation, UpdateOpportunityMutationVariables>;
export const SubmitOpportunityDocument = new TypedDocumentString(`
    mutation SubmitOpportunity($input: SubmitOpportunityInput!) {
  submitOpportunity(input: $input) {
    id
    status
    moderationNote
  }
}
    `) as unknown as TypedDocumentString<SubmitOpportunityMutation, SubmitOpportunityMutationVariables>;
export const ArchiveOpportunityDocument = new TypedDocumentString(`
    mutation ArchiveOpportunity($input: ArchiveOpportunityInput!) {
  archiveOpportunity(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ArchiveOpportunityMutation, ArchiveOpportunityMutationVariables>;
export const NearestPlaceDocument = new TypedDocumentString(`
    query NearestPlace($latitude: Float!, $longitude: Float!) {
  nearestPlace(latitude: $latitude, longitude: $longitude) {
    id
    name
    countryCode
  }
}
    `) as unknown as TypedDocumentString<NearestPlaceQuery, NearestPlaceQueryVariables>;
export const AppSettingsDocument = new TypedDocumentString(`
    query AppSettings {
  appSettings {
    tileUrl
    tileAttribution
  }
}
    `) as unknown as TypedDocumentString<AppSettingsQuery, AppSettingsQueryVariables>;
export const OpportunityMarkersDocument = new TypedDocumentString(`
    query OpportunityMarkers($near: NearInput, $radiusKm: Float, $bbox: BoundingBoxInput, $filter: OpportunityFilterInput, $limit: Int!) {
  opportunityMarkers(
    near: $near
    radiusKm: $radiusKm
    bbox: $bbox
    filter: $filter
    limit: $limit
  ) {
    markers {
      id
      latitude
      longitude
      title
      kind
      sdgNumbers
    }
    totalCount
    truncated
  }
}
    `) as unknown as TypedDocumentString<OpportunityMarkersQuery, OpportunityMarkersQueryVariables>;
export const SkillNeedMarkersDocument = new TypedDocumentString(`
    query SkillNeedMarkers($near: NearInput, $radiusKm: Float, $bbox: BoundingBoxInput, $filter: SkillNeedFilterInput, $limit: Int) {
  skillNeedMarkers(
    near: $near
    radiusKm: $radiusKm
    bbox: $bbox
    filter: $filter
    limit: $limit
  ) {
    id
    title
    latitude
    longitude
    skillIds
    employerName
  }
}
    `) as unknown as TypedDocumentString<SkillNeedMarkersQuery, SkillNeedMarkersQueryVariables>;
export const ModerationCouncilDocument = new TypedDocumentString(`
    query ModerationCouncil($id: ID!) {
  organisation(id: $id) {
    id
    name
    kind
    area
    verified
  }
}
    `) as unknown as TypedDocumentString<ModerationCouncilQuery, ModerationCouncilQueryVariables>;
export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue($councilId: ID!, $first: Int, $after: String) {
  moderationQueue(councilId: $councilId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ModerationItemFields
      }
    }
  }
}
    fragment ModerationItemFields on Opportunity {
  id
  title
  summary
  description
  kind
  mode
  location {
    latitude
    longitude
  }
  venueName
  venueAddress
  place {
    id
    name
  }
  sessions {
    ...SessionFields
  }
  cost {
    ...CostFields
  }
  minAge
  maxAge
  capacity
  accessibilitySupport
  accessibilityInformation
  sdgs {
    ...SdgChipFields
  }
  skills {
    id
    name
    group
    position
  }
  provider {
    id
    name
    website
  }
}
fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}
fragment SessionFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
}
fragment CostFields on Cost {
  free
  amountMinor
  currency
}`) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ApproveOpportunityDocument = new TypedDocumentString(`
    mutation ApproveOpportunity($input: ApproveOpportunityInput!) {
  approveOpportunity(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveOpportunityMutation, ApproveOpportunityMutationVariables>;
export const RejectOpportunityDocument = new TypedDocumentString(`
    mutation RejectOpportunity($input: RejectOpportunityInput!) {
  rejectOpportunity(input: $input) {
    id
    status
    moderationNote
  }
}
    `) as unknown as TypedDocumentString<RejectOpportunityMutation, RejectOpportunityMutationVariables>;
export const ApproveProviderDocument = new TypedDocumentString(`
    mutation ApproveProvider($input: ApproveProviderInput!) {
  approveProvider(input: $input) {
    createdAt
    provider {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveProviderMutation, ApproveProviderMutationVariables>;
export const OpportunitiesDocument = new TypedDocumentString(`
    query Opportunities($near: NearInput, $radiusKm: Float, $bbox: BoundingBoxInput, $filter: OpportunityFilterInput, $first: Int!, $after: String) {
  opportunities(
    near: $near
    radiusKm: $radiusKm
    bbox: $bbox
    filter: $filter
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      distanceKm
      node {
        id
        title
        kind
        location {
          latitude
          longitude
        }
        provider {
          id
          name
        }
        nextSession {
          ...SessionFields
        }
        cost {
          ...CostFields
        }
        sdgs {
          ...SdgChipFields
        }
      }
    }
  }
}
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}
fragment SessionFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
}
fragment CostFields on Cost {
  free
  amountMinor
  currency
}`) as unknown as TypedDocumentString<OpportunitiesQuery, OpportunitiesQueryVariables>;
export const OpportunityDetailDocument = new TypedDocumentString(`
    query OpportunityDetail($id: ID!) {
  opportunity(id: $id) {
    ...OpportunityFactsFields
  }
}
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}
fragment SessionFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
}
fragment CostFields on Cost {
  free
  amountMinor
  currency
}
fragment OpportunityFactsFields on Opportunity {
  id
  title
  summary
  description
  kind
  mode
  location {
    latitude
    longitude
  }
  venueName
  venueAddress
  place {
    id
    name
  }
  sessions {
    ...SessionFields
  }
  cost {
    ...CostFields
  }
  minAge
  maxAge
  capacity
  accessibilitySupport
  accessibilityInformation
  sdgs {
    ...SdgChipFields
  }
  skills {
    id
    name
    group
    position
  }
  provider {
    id
    name
    website
  }
}`) as unknown as TypedDocumentString<OpportunityDetailQuery, OpportunityDetailQueryVariables>;
export const OpportunityPageDocument = new TypedDocumentString(`
    query OpportunityPage($id: ID!) {
  opportunity(id: $id) {
    ...OpportunityFactsFields
    status
    viewerCanEdit
    achievement {
      id
      name
      description
      imageUrl
    }
  }
}
    fragment SdgChipFields on Sdg {
  number
  shortTitle
  colour
}
fragment SessionFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
}
fragment CostFields on Cost {
  free
  amountMinor
  currency
}
fragment OpportunityFactsFields on Opportunity {
  id
  title
  summary
  description
  kind
  mode
  location {
    latitude
    longitude
  }
  venueName
  venueAddress
  place {
    id
    name
  }
  sessions {
    ...SessionFields
  }
  cost {
    ...CostFields
  }
  minAge
  maxAge
  capacity
  accessibilitySupport
  accessibilityInformation
  sdgs {
    ...SdgChipFields
  }
  skills {
    id
    name
    group
    position
  }
  provider {
    id
    name
    website
  }
}`) as unknown as TypedDocumentString<OpportunityPageQuery, OpportunityPageQueryVariables>;
export const OrganisationDocument = new TypedDocumentString(`
    query Organisation($id: ID!) {
  organisation(id: $id) {
    id
    name
    slug
    kind
    description
    website
    viewerRole
    verified
    verifiedAt
  }
}
    `) as unknown as TypedDocumentString<OrganisationQuery, OrganisationQueryVariables>;
export const OrganisationMembersDocument = new TypedDocumentString(`
    query OrganisationMembers($id: ID!) {
  organisation(id: $id) {
    id
    members {
      role
      joinedAt
      user {
        id
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationMembersQuery, OrganisationMembersQueryVariables>;
export const OrganisationInvitationsDocument = new TypedDocumentString(`
    query OrganisationInvitations($id: ID!) {
  organisation(id: $id) {
    id
    invitations {
      id
      email
      role
      expiresAt
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationInvitationsQuery, OrganisationInvitationsQueryVariables>;
export const CouncilAreaDocument = new TypedDocumentString(`
    query CouncilArea($id: ID!) {
  organisation(id: $id) {
    id
    area
    approvedProviders {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilAreaQuery, CouncilAreaQueryVariables>;
export const OrganisationOpportunitiesDocument = new TypedDocumentString(`
    query OrganisationOpportunities($organisationId: ID!, $status: OpportunityStatus, $first: Int, $after: String) {
  organisationOpportunities(
    organisationId: $organisationId
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        status
        moderationNote
        updatedAt
        sessions {
          id
          startsAt
          endsAt
          timeZone
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationOpportunitiesQuery, OrganisationOpportunitiesQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    id
    name
    description
    website
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
    email
    role
    expiresAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    role
  }
}
    `) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    role
    organisation {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SetCouncilAreaDocument = new TypedDocumentString(`
    mutation SetCouncilArea($input: SetCouncilAreaInput!) {
  setCouncilArea(input: $input) {
    id
    area
  }
}
    `) as unknown as TypedDocumentString<SetCouncilAreaMutation, SetCouncilAreaMutationVariables>;
export const IssuerIdentityDocument = new TypedDocumentString(`
    query IssuerIdentity($id: ID!) {
  organisation(id: $id) {
    id
    issuerId
  }
}
    `) as unknown as TypedDocumentString<IssuerIdentityQuery, IssuerIdentityQueryVariables>;
export const RotateIssuerKeysDocument = new TypedDocumentString(`
    mutation RotateIssuerKeys($input: RotateIssuerKeysInput!) {
  rotateIssuerKeys(input: $input) {
    id
    issuerId
  }
}
    `) as unknown as TypedDocumentString<RotateIssuerKeysMutation, RotateIssuerKeysMutationVariables>;
export const PathwaysNearDocument = new TypedDocumentString(`
    query PathwaysNear($near: NearInput, $radiusKm: Float, $after: String) {
  pathways(near: $near, radiusKm: $radiusKm, first: 20, after: $after) {
    edges {
      distanceKm
      node {
        ...PathwaySummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PathwaySummary on Pathway {
  id
  title
  description
  status
  ordered
  sdgs {
    number
    title
  }
  myProgress {
    complete
    metCount
    stepCount
  }
}`) as unknown as TypedDocumentString<PathwaysNearQuery, PathwaysNearQueryVariables>;
export const PathwayDetailDocument = new TypedDocumentString(`
    query PathwayDetail($id: ID!) {
  pathway(id: $id) {
    ...PathwaySummary
    followedByMe
    organisation {
      id
      name
      viewerRole
    }
    skills {
      id
      name
    }
    goalAchievement {
      id
      name
      imageUrl
    }
    steps {
      id
      position
      title
      requiredCount
      options {
        achievementUri
        issuerUri
        name
        achievement {
          id
          name
        }
      }
    }
    myProgress {
      complete
      goalCredentialId
      steps {
        stepId
        state
        heldCount
        waitingForStep
        contributions {
          achievementUri
        }
      }
    }
  }
}
    fragment PathwaySummary on Pathway {
  id
  title
  description
  status
  ordered
  sdgs {
    number
    title
  }
  myProgress {
    complete
    metCount
    stepCount
  }
}`) as unknown as TypedDocumentString<PathwayDetailQuery, PathwayDetailQueryVariables>;
export const PathwayOpportunitiesDocument = new TypedDocumentString(`
    query PathwayOpportunities($pathwayId: ID!, $near: NearInput, $missingOnly: Boolean) {
  pathwayOpportunities(
    pathwayId: $pathwayId
    near: $near
    missingOnly: $missingOnly
    limit: 5
  ) {
    stepId
    position
    opportunities {
      distanceKm
      opportunity {
        id
        title
        location {
          latitude
          longitude
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PathwayOpportunitiesQuery, PathwayOpportunitiesQueryVariables>;
export const FollowPathwayDocument = new TypedDocumentString(`
    mutation FollowPathway($input: PathwayIdInput!) {
  followPathway(input: $input) {
    id
    followedByMe
  }
}
    `) as unknown as TypedDocumentString<FollowPathwayMutation, FollowPathwayMutationVariables>;
export const UnfollowPathwayDocument = new TypedDocumentString(`
    mutation UnfollowPathway($input: PathwayIdInput!) {
  unfollowPathway(input: $input) {
    id
    followedByMe
  }
}
    `) as unknown as TypedDocumentString<UnfollowPathwayMutation, UnfollowPathwayMutationVariables>;
export const OrganisationPathwaysDocument = new TypedDocumentString(`
    query OrganisationPathways($organisationId: ID!, $after: String) {
  organisationPathways(organisationId: $organisationId, first: 50, after: $after) {
    edges {
      node {
        id
        title
        status
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationPathwaysQuery, OrganisationPathwaysQueryVariables>;
export const MyPathwaysDocument = new TypedDocumentString(`
    query MyPathways($after: String) {
  myPathways(first: 20, after: $after) {
    edges {
      node {
        id
        title
        description
        organisation {
          id
          name
        }
        goalAchievement {
          id
          name
          imageUrl
        }
        myProgress {
          complete
          metCount
          stepCount
          goalCredentialId
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyPathwaysQuery, MyPathwaysQueryVariables>;
export const PathwayBuilderOrganisationDocument = new TypedDocumentString(`
    query PathwayBuilderOrganisation($id: ID!) {
  organisation(id: $id) {
    id
    name
    viewerRole
  }
}
    `) as unknown as TypedDocumentString<PathwayBuilderOrganisationQuery, PathwayBuilderOrganisationQueryVariables>;
export const EditablePathwayDocument = new TypedDocumentString(`
    query EditablePathway($id: ID!) {
  pathway(id: $id) {
    id
    title
    description
    status
    ordered
    organisation {
      id
    }
    goalAchievement {
      id
      name
    }
    sdgs {
      number
    }
    skills {
      id
    }
    steps {
      id
      title
      requiredCount
      options {
        achievementUri
        issuerUri
        name
        achievement {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditablePathwayQuery, EditablePathwayQueryVariables>;
export const BadgeDesignsDocument = new TypedDocumentString(`
    query BadgeDesigns($search: String) {
  badgeDesigns(search: $search, first: 10) {
    totalCount
    edges {
      node {
        id
        name
        organisation {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<BadgeDesignsQuery, BadgeDesignsQueryVariables>;
export const CreatePathwayDocument = new TypedDocumentString(`
    mutation CreatePathway($input: CreatePathwayInput!) {
  createPathway(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CreatePathwayMutation, CreatePathwayMutationVariables>;
export const UpdatePathwayDocument = new TypedDocumentString(`
    mutation UpdatePathway($input: UpdatePathwayInput!) {
  updatePathway(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdatePathwayMutation, UpdatePathwayMutationVariables>;
export const PublishPathwayDocument = new TypedDocumentString(`
    mutation PublishPathway($input: PathwayIdInput!) {
  publishPathway(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishPathwayMutation, PublishPathwayMutationVariables>;
export const ArchivePathwayDocument = new TypedDocumentString(`
    mutation ArchivePathway($input: PathwayIdInput!) {
  archivePathway(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ArchivePathwayMutation, ArchivePathwayMutationVariables>;
export const SearchPlacesDocument = new TypedDocumentString(`
    query SearchPlaces($search: String!, $first: Int!) {
  places(search: $search, first: $first) {
    ...PlaceFields
  }
}
    fragment PlaceFields on Place {
  id
  name
  countryCode
  adminCode
  population
  location {
    latitude
    longitude
  }
}`) as unknown as TypedDocumentString<SearchPlacesQuery, SearchPlacesQueryVariables>;
export const PlaceDocument = new TypedDocumentString(`
    query Place($id: ID!) {
  place(id: $id) {
    ...PlaceFields
  }
}
    fragment PlaceFields on Place {
  id
  name
  countryCode
  adminCode
  population
  location {
    latitude
    longitude
  }
}`) as unknown as TypedDocumentString<PlaceQuery, PlaceQueryVariables>;
export const ProposalsDocument = new TypedDocumentString(`
    query Proposals($bbox: BoundingBoxInput, $filter: ProposalFilterInput, $first: Int, $after: String) {
  proposals(bbox: $bbox, filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ProposalSummaryFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  canModerateProposals
}
    fragment ProposalSummaryFields on Proposal {
  id
  kind
  title
  status
  placeName
  location {
    latitude
    longitude
  }
  sdgNumbers
  supportCount
  commentCount
  hidden
}`) as unknown as TypedDocumentString<ProposalsQuery, ProposalsQueryVariables>;
export const ProposalDetailDocument = new TypedDocumentString(`
    query ProposalDetail($id: ID!, $after: String) {
  proposal(id: $id) {
    ...ProposalSummaryFields
    description
    skillIds
    authorFirstName
    createdAt
    hiddenReason
    viewerIsAuthor
    viewerSupports
    viewerCanModerate
    viewerOrganisations {
      id
      name
      kind
    }
    listings {
      opportunityId
      title
      status
      organisationName
    }
    comments(first: 50, after: $after) {
      edges {
        node {
          ...ProposalCommentFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ProposalSummaryFields on Proposal {
  id
  kind
  title
  status
  placeName
  location {
    latitude
    longitude
  }
  sdgNumbers
  supportCount
  commentCount
  hidden
}
fragment ProposalCommentFields on ProposalComment {
  id
  body
  authorFirstName
  organisationName
  organisationKind
  hidden
  hiddenReason
  viewerIsAuthor
  createdAt
}`) as unknown as TypedDocumentString<ProposalDetailQuery, ProposalDetailQueryVariables>;
export const CreateProposalDocument = new TypedDocumentString(`
    mutation CreateProposal($input: CreateProposalInput!) {
  createProposal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProposalMutation, CreateProposalMutationVariables>;
export const WithdrawProposalDocument = new TypedDocumentString(`
    mutation WithdrawProposal($input: ProposalIdInput!) {
  withdrawProposal(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const SupportProposalDocument = new TypedDocumentString(`
    mutation SupportProposal($input: ProposalIdInput!) {
  supportProposal(input: $input) {
    id
    supportCount
    viewerSupports
  }
}
    `) as unknown as TypedDocumentString<SupportProposalMutation, SupportProposalMutationVariables>;
export const RemoveProposalSupportDocument = new TypedDocumentString(`
    mutation RemoveProposalSupport($input: ProposalIdInput!) {
  removeProposalSupport(input: $input) {
    id
    supportCount
    viewerSupports
  }
}
    `) as unknown as TypedDocumentString<RemoveProposalSupportMutation, RemoveProposalSupportMutationVariables>;
export const CommentOnProposalDocument = new TypedDocumentString(`
    mutation CommentOnProposal($input: CommentOnProposalInput!) {
  commentOnProposal(input: $input) {
    ...ProposalCommentFields
  }
}
    fragment ProposalCommentFields on ProposalComment {
  id
  body
  authorFirstName
  organisationName
  organisationKind
  hidden
  hiddenReason
  viewerIsAuthor
  createdAt
}`) as unknown as TypedDocumentString<CommentOnProposalMutation, CommentOnProposalMutationVariables>;
export const ConvertProposalToListingDocument = new TypedDocumentString(`
    mutation ConvertProposalToListing($input: ConvertProposalToListingInput!) {
  convertProposalToListing(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConvertProposalToListingMutation, ConvertProposalToListingMutationVariables>;
export const HideProposalDocument = new TypedDocumentString(`
    mutation HideProposal($input: ModerateProposalInput!) {
  hideProposal(input: $input) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<HideProposalMutation, HideProposalMutationVariables>;
export const UnhideProposalDocument = new TypedDocumentString(`
    mutation UnhideProposal($input: ModerateProposalInput!) {
  unhideProposal(input: $input) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<UnhideProposalMutation, UnhideProposalMutationVariables>;
export const HideProposalCommentDocument = new TypedDocumentString(`
    mutation HideProposalComment($input: ModerateProposalCommentInput!) {
  hideProposalComment(input: $input) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<HideProposalCommentMutation, HideProposalCommentMutationVariables>;
export const UnhideProposalCommentDocument = new TypedDocumentString(`
    mutation UnhideProposalComment($input: ModerateProposalCommentInput!) {
  unhideProposalComment(input: $input) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<UnhideProposalCommentMutation, UnhideProposalCommentMutationVariables>;
export const ReportProposalDocument = new TypedDocumentString(`
    mutation ReportProposal($input: ReportProposalInput!) {
  reportProposal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportProposalMutation, ReportProposalMutationVariables>;
export const ProposalReportsDocument = new TypedDocumentString(`
    query ProposalReports($after: String) {
  proposalReports(first: 50, after: $after) {
    edges {
      node {
        id
        proposalId
        proposalTitle
        commentId
        commentBody
        contentHidden
        reason
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalReportsQuery, ProposalReportsQueryVariables>;
export const DismissProposalReportDocument = new TypedDocumentString(`
    mutation DismissProposalReport($input: DismissProposalReportInput!) {
  dismissProposalReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DismissProposalReportMutation, DismissProposalReportMutationVariables>;
export const SessionPlacesDocument = new TypedDocumentString(`
    query SessionPlaces($opportunityId: ID!, $signedIn: Boolean!) {
  opportunity(id: $opportunityId) {
    id
    sessions {
      ...SessionPlacesFields
      viewerRegistration @include(if: $signedIn) {
        ...ViewerRegistrationFields
      }
    }
  }
}
    fragment ViewerRegistrationFields on Registration {
  id
  status
  waitlistPosition
}
fragment SessionPlacesFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
  capacity
  registeredCount
  waitlistCount
  placesLeft
}`) as unknown as TypedDocumentString<SessionPlacesQuery, SessionPlacesQueryVariables>;
export const RegisterForSessionDocument = new TypedDocumentString(`
    mutation RegisterForSession($input: RegisterForSessionInput!) {
  registerForSession(input: $input) {
    ...ViewerRegistrationFields
  }
}
    fragment ViewerRegistrationFields on Registration {
  id
  status
  waitlistPosition
}`) as unknown as TypedDocumentString<RegisterForSessionMutation, RegisterForSessionMutationVariables>;
export const WithdrawRegistrationDocument = new TypedDocumentString(`
    mutation WithdrawRegistration($input: WithdrawRegistrationInput!) {
  withdrawRegistration(input: $input) {
    ...ViewerRegistrationFields
  }
}
    fragment ViewerRegistrationFields on Registration {
  id
  status
  waitlistPosition
}`) as unknown as TypedDocumentString<WithdrawRegistrationMutation, WithdrawRegistrationMutationVariables>;
export const MyRegistrationsDocument = new TypedDocumentString(`
    query MyRegistrations($upcoming: Boolean, $first: Int, $after: String) {
  myRegistrations(upcoming: $upcoming, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...MyRegistrationFields
      }
    }
  }
}
    fragment MyRegistrationFields on Registration {
  id
  status
  attendance
  waitlistPosition
  createdAt
  session {
    id
    startsAt
    endsAt
    timeZone
  }
  opportunity {
    id
    title
    provider {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<MyRegistrationsQuery, MyRegistrationsQueryVariables>;
export const SessionRegistrationsDocument = new TypedDocumentString(`
    query SessionRegistrations($sessionId: ID!, $status: RegistrationStatus, $first: Int, $after: String) {
  sessionRegistrations(
    sessionId: $sessionId
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...SessionRegistrationFields
      }
    }
    session {
      ...SessionPlacesFields
      attendanceOpensAt
    }
    opportunity {
      id
      title
    }
  }
}
    fragment SessionPlacesFields on OpportunitySession {
  id
  startsAt
  endsAt
  timeZone
  capacity
  registeredCount
  waitlistCount
  placesLeft
}
fragment SessionRegistrationFields on Registration {
  id
  status
  attendance
  waitlistPosition
  createdAt
  learner {
    id
    name
    email
  }
}`) as unknown as TypedDocumentString<SessionRegistrationsQuery, SessionRegistrationsQueryVariables>;
export const MarkAttendanceDocument = new TypedDocumentString(`
    mutation MarkAttendance($input: MarkAttendanceInput!) {
  markAttendance(input: $input) {
    id
    attendance
  }
}
    `) as unknown as TypedDocumentString<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const MarkAllAttendanceDocument = new TypedDocumentString(`
    mutation MarkAllAttendance($input: MarkAllAttendanceInput!) {
  markAllAttendance(input: $input)
}
    `) as unknown as TypedDocumentString<MarkAllAttendanceMutation, MarkAllAttendanceMutationVariables>;
export const VerifyCredentialDocument = new TypedDocumentString(`
    mutation VerifyCredential($input: VerifyCredentialInput!) {
  verifyCredential(input: $input) {
    ...VerificationResultFields
  }
}
    fragment VerificationCheckFields on VerificationCheck {
  check
  outcome
  message
}
fragment VerificationResultFields on VerificationResult {
  verified
  format
  credentialId
  name
  issuerId
  issuerName
  issuerKnown
  achievementName
  validFrom
  validUntil
  checks {
    ...VerificationCheckFields
  }
  endorsements {
    endorserName
    endorserId
    comment
    verified
    checks {
      ...VerificationCheckFields
    }
  }
}`) as unknown as TypedDocumentString<VerifyCredentialMutation, VerifyCredentialMutationVariables>;