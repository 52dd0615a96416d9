import { AccountSettingsResolver } from '../modules/accounts/account-settings.resolver.js';
import { AccountsResolver } from '../modules/accounts/accounts.resolver.js';
import { EmailLinksResolver } from '../modules/accounts/email-links.resolver.js';
import {
  AchievementFieldsResolver,
  SdgTargetsResolver,
} from '../modules/achievements/achievement-fields.resolver.js';
import { AchievementsResolver } from '../modules/achievements/achievements.resolver.js';
import { AppSettingsResolver } from '../modules/app-settings/app-settings.resolver.js';
import { AwardsResolver } from '../modules/awards/awards.resolver.js';
import { ClaimCodesResolver } from '../modules/awards/claim-codes.resolver.js';
import { BackpackResolver } from '../modules/backpack/backpack.resolver.js';
import { BACKPACK_RESOLVERS } from '../modules/backpack/backpack.resolvers.js';
import { CredentialFieldsResolver } from '../modules/backpack/credential-fields.resolver.js';
import { BADGE_IMPORT_RESOLVERS } from '../modules/badge-imports/badge-imports.resolvers.js';
import { CredentialStatusResolver } from '../modules/credentials/status/credential-status.resolver.js';
import { EMPLOYER_NEED_RESOLVERS } from '../modules/employer-needs/employer-needs.resolvers.js';
import {
  AchievementEndorsementsResolver,
  CredentialEndorsementsResolver,
  EndorsementFieldsResolver,
  OrganisationEndorsementsResolver,
} from '../modules/endorsements/endorsement-fields.resolver.js';
import { EndorsementsResolver } from '../modules/endorsements/endorsements.resolver.js';
import { INSIGHT_RESOLVERS } from '../modules/insights/insights.resolvers.js';
import { IssuersResolver } from '../modules/issuers/issuers.resolver.js';
import { ListingAchievementResolver } from '../modules/listings/listing-achievement.resolver.js';
import { ListingFieldsResolver } from '../modules/listings/listing-fields.resolver.js';
import { ListingsResolver } from '../modules/listings/listings.resolver.js';
import { ModerationResolver } from '../modules/listings/moderation.resolver.js';
import { OPEN_BADGES_API_RESOLVERS } from '../modules/open-badges-api/open-badges-api.resolvers.js';
import { OPEN_DATA_RESOLVERS } from '../modules/open-data/open-data.resolvers.js';
import { OpportunitiesResolver } from '../modules/opportunities/opportunities.resolver.js';
import { OpportunityFieldsResolver } from '../modules/opportunities/opportunity-fields.resolver.js';
import { ProviderApprovalsResolver } from '../modules/organisations/approvals/provider-approvals.resolver.js';
import { CouncilAreasResolver } from '../modules/organisations/council-areas/council-areas.resolver.js';
import { AccountMembershipsResolver } from '../modules/organisations/members/account-memberships.resolver.js';
import { MembersResolver } from '../modules/organisations/members/members.resolver.js';
import { OrganisationFieldsResolver } from '../modules/organisations/organisation-fields.resolver.js';
import { OrganisationsResolver } from '../modules/organisations/organisations.resolver.js';
import { OrganisationVerificationResolver } from '../modules/organisations/verification/organisation-verification.resolver.js';
import { PATHWAY_RESOLVERS } from '../modules/pathways/pathways.resolvers.js';
import { PlacesResolver } from '../modules/places/places.resolver.js';
import { PROPOSAL_RESOLVERS } from '../modules/proposals/proposals.resolvers.js';
import { ReferenceDataResolver } from '../modules/reference-data/reference-data.resolver.js';
import { RegistrationFieldsResolver } from '../modules/registrations/registration-fields.resolver.js';
import { RegistrationsResolver } from '../modules/registrations/registrations.resolver.js';
import { SessionRegistrationFieldsResolver } from '../modules/registrations/session-registration-fields.resolver.js';
import { VerificationResolver } from '../modules/verification/verification.resolver.js';

/** Every resolver class, for printing the schema without starting the app. */
export const RESOLVERS = [
  AccountMembershipsResolver,
  AccountSettingsResolver,
  AccountsResolver,
  AchievementEndorsementsResolver,
  AchievementFieldsResolver,
  AchievementsResolver,
  AppSettingsResolver,
  AwardsResolver,
  BackpackResolver,
  ClaimCodesResolver,
  CouncilAreasResolver,
  CredentialEndorsementsResolver,
  CredentialFieldsResolver,
  CredentialStatusResolver,
  EmailLinksResolver,
  EndorsementFieldsResolver,
  EndorsementsResolver,
  IssuersResolver,
  ListingAchievementResolver,
  ListingFieldsResolver,
  ListingsResolver,
  MembersResolver,
  ModerationResolver,
  OpportunitiesResolver,
  OpportunityFieldsResolver,
  OrganisationEndorsementsResolver,
  OrganisationFieldsResolver,
  OrganisationsResolver,
  OrganisationVerificationResolver,
  PlacesResolver,
  ProviderApprovalsResolver,
  ReferenceDataResolver,
  RegistrationFieldsResolver,
  RegistrationsResolver,
  SdgTargetsResolver,
  SessionRegistrationFieldsResolver,
  VerificationResolver,
  ...BACKPACK_RESOLVERS,
  ...BADGE_IMPORT_RESOLVERS,
  ...OPEN_BADGES_API_RESOLVERS,
  ...PATHWAY_RESOLVERS,
  ...PROPOSAL_RESOLVERS,
  ...EMPLOYER_NEED_RESOLVERS,
  ...INSIGHT_RESOLVERS,
  ...OPEN_DATA_RESOLVERS,
];
