import { SignInThrottle } from '../modules/accounts/sign-in-throttle.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { UserEmail } from '../modules/accounts/user-email.entity.js';
import { UserSession } from '../modules/accounts/user-session.entity.js';
import { UserToken } from '../modules/accounts/user-token.entity.js';
import { Achievement } from '../modules/achievements/achievement.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { AwardJob } from '../modules/awards/award-job.entity.js';
import { ClaimCode } from '../modules/awards/claim-code.entity.js';
import { BACKPACK_ENTITIES } from '../modules/backpack/backpack.entities.js';
import { BADGE_IMPORT_ENTITIES } from '../modules/badge-imports/badge-imports.entities.js';
import { Credential } from '../modules/credentials/credential.entity.js';
import { CredentialEvidence } from '../modules/credentials/credential-evidence.entity.js';
import { CredentialStatusChange } from '../modules/credentials/credential-status-change.entity.js';
import { StatusList } from '../modules/credentials/status-list.entity.js';
import { EMPLOYER_NEED_ENTITIES } from '../modules/employer-needs/employer-needs.entities.js';
import { StoredFile } from '../modules/files/stored-file.entity.js';
import { IssuerKey } from '../modules/issuers/issuer-key.entity.js';
import { OPEN_BADGES_API_ENTITIES } from '../modules/open-badges-api/open-badges-api.entities.js';
import { OPEN_DATA_ENTITIES } from '../modules/open-data/open-data.entities.js';
import { Opportunity } from '../modules/opportunities/opportunity.entity.js';
import { OpportunitySession } from '../modules/opportunities/opportunity-session.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { OrganisationInvitation } from '../modules/organisations/organisation-invitation.entity.js';
import { OrganisationMember } from '../modules/organisations/organisation-member.entity.js';
import { ProviderApproval } from '../modules/organisations/provider-approval.entity.js';
import { PATHWAY_ENTITIES } from '../modules/pathways/pathways.entities.js';
import { Place } from '../modules/places/place.entity.js';
import { PROPOSAL_ENTITIES } from '../modules/proposals/proposals.entities.js';
import { Sdg } from '../modules/reference-data/sdg.entity.js';
import { Skill } from '../modules/reference-data/skill.entity.js';
import { Registration } from '../modules/registrations/registration.entity.js';

export const ENTITIES = [
  Organisation,
  Place,
  Sdg,
  Skill,
  Opportunity,
  OpportunitySession,
  User,
  UserSession,
  UserToken,
  SignInThrottle,
  OrganisationMember,
  OrganisationInvitation,
  ProviderApproval,
  AuditEntry,
  Registration,
  StoredFile,
  Achievement,
  IssuerKey,
  StatusList,
  Credential,
  CredentialEvidence,
  CredentialStatusChange,
  ClaimCode,
  AwardJob,
  UserEmail,
  ...BADGE_IMPORT_ENTITIES,
  ...BACKPACK_ENTITIES,
  ...OPEN_BADGES_API_ENTITIES,
  ...PATHWAY_ENTITIES,
  ...PROPOSAL_ENTITIES,
  ...EMPLOYER_NEED_ENTITIES,
  ...OPEN_DATA_ENTITIES,
];
