import { SignInThrottle } from '../modules/accounts/sign-in-throttle.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { UserSession } from '../modules/accounts/user-session.entity.js';
import { UserToken } from '../modules/accounts/user-token.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Opportunity } from '../modules/opportunities/opportunity.entity.js';
import { OpportunitySession } from '../modules/opportunities/opportunity-session.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { OrganisationInvitation } from '../modules/organisations/organisation-invitation.entity.js';
import { OrganisationMember } from '../modules/organisations/organisation-member.entity.js';
import { ProviderApproval } from '../modules/organisations/provider-approval.entity.js';
import { Place } from '../modules/places/place.entity.js';
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
];
