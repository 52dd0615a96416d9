import { AppSettingsResolver } from '../modules/app-settings/app-settings.resolver.js';
import { OpportunitiesResolver } from '../modules/opportunities/opportunities.resolver.js';
import { OpportunityFieldsResolver } from '../modules/opportunities/opportunity-fields.resolver.js';
import { OrganisationsResolver } from '../modules/organisations/organisations.resolver.js';
import { PlacesResolver } from '../modules/places/places.resolver.js';
import { ReferenceDataResolver } from '../modules/reference-data/reference-data.resolver.js';

/** Every resolver class, for printing the schema without starting the app. */
export const RESOLVERS = [
  AppSettingsResolver,
  OpportunitiesResolver,
  OpportunityFieldsResolver,
  OrganisationsResolver,
  PlacesResolver,
  ReferenceDataResolver,
];
