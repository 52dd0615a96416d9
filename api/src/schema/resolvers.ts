import { AccountSettingsResolver } from '../modules/accounts/account-settings.resolver.js';
import { AccountsResolver } from '../modules/accounts/accounts.resolver.js';
import { EmailLinksResolver } from '../modules/accounts/email-links.resolver.js';
import { AppSettingsResolver } from '../modules/app-settings/app-settings.resolver.js';
import { ListingFieldsResolver } from '../modules/listings/listing-fields.resolver.js';
import { ListingsResolver } from '../modules/listings/listings.resolver.js';
import { ModerationResolver } from '../modules/listings/moderation.resolver.js';
import { OpportunitiesResolver } from '../modules/opportunities/opportunities.resolver.js';
import { OpportunityFieldsResolver } from '../modules/opportunities/opportunity-fields.resolver.js';
import { ProviderApprovalsResolver } from '../modules/organisations/approvals/provider-approvals.resolver.js';
import { CouncilAreasResolver } from '../modules/organisations/council-areas/council-areas.resolver.js';
import { AccountMembershipsResolver } from '../modules/organisations/members/account-memberships.resolver.js';
import { MembersResolver } from '../modules/organisations/members/members.resolver.js';
import { OrganisationFieldsResolver } from '../modules/organisations/organisation-fields.resolver.js';
import { OrganisationsResolver } from '../modules/organisations/organisations.resolver.js';
import { OrganisationVerificationResolver } from '../modules/organisations/verification/organisation-verification.resolver.js';
import { PlacesResolver } from '../modules/places/places.resolver.js';
import { ReferenceDataResolver } from '../modules/reference-data/reference-data.resolver.js';
import { RegistrationFieldsResolver } from '../modules/registrations/registration-fields.resolver.js';
import { RegistrationsResolver } from '../modules/registrations/registrations.resolver.js';
import { SessionRegistrationFieldsResolver } from '../modules/registrations/session-registration-fields.resolver.js';

/** Every resolver class, for printing the schema without starting the app. */
export const RESOLVERS = [
  AccountMembershipsResolver,
  AccountSettingsResolver,
  AccountsResolver,
  AppSettingsResolver,
  CouncilAreasResolver,
  EmailLinksResolver,
  ListingFieldsResolver,
  ListingsResolver,
  MembersResolver,
  ModerationResolver,
  OpportunitiesResolver,
  OpportunityFieldsResolver,
  OrganisationFieldsResolver,
  OrganisationsResolver,
  OrganisationVerificationResolver,
  PlacesResolver,
  ProviderApprovalsResolver,
  ReferenceDataResolver,
  RegistrationFieldsResolver,
  RegistrationsResolver,
  SessionRegistrationFieldsResolver,
];
