import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { formatGraphqlError } from './common/errors/format-graphql-error.js';
import { DATE_SCALARS } from './common/graphql/date-time.scalar.js';
import { depthLimitRule } from './common/graphql/depth-limit.rule.js';
import {
  LoaderRegistry,
  type RequestContext,
} from './common/graphql/loader-registry.js';
import { queryCostPlugin } from './common/graphql/query-cost.plugin.js';
import { requestLoggingPlugin } from './common/graphql/request-logging.plugin.js';
import { supportedOperationRule } from './common/graphql/supported-operation.rule.js';
import { toLoggableError } from './common/logging/loggable-error.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AchievementsModule } from './modules/achievements/achievements.module.js';
import { AppSettingsModule } from './modules/app-settings/app-settings.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AwardsModule } from './modules/awards/awards.module.js';
import { BadgeImportsModule } from './modules/badge-imports/badge-imports.module.js';
import { BadgePagesModule } from './modules/badge-pages/badge-pages.module.js';
import { CredentialExportsModule } from './modules/credential-exports/credential-exports.module.js';
import { CredentialsModule } from './modules/credentials/credentials.module.js';
import { EmployerNeedsModule } from './modules/employer-needs/employer-needs.module.js';
import { EndorsementsModule } from './modules/endorsements/endorsements.module.js';
import { FilesModule } from './modules/files/files.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { InsightsModule } from './modules/insights/insights.module.js';
import { IssuersModule } from './modules/issuers/issuers.module.js';
import { ListingsModule } from './modules/listings/listings.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { OpenBadgesApiModule } from './modules/open-badges-api/open-badges-api.module.js';
import { OpenDataModule } from './modules/open-data/open-data.module.js';
import { OpportunitiesModule } from './modules/opportunities/opportunities.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { PathwaysModule } from './modules/pathways/pathways.module.js';
import { PlacesModule } from './modules/places/places.module.js';
import { ProposalsModule } from './modules/proposals/proposals.module.js';
import { ReferenceDataModule } from './modules/reference-data/reference-data.module.js';
import { RegistrationsModule } from './modules/registrations/registrations.module.js';
import { VerificationModule } from './modules/verification/verification.module.js';

/** Deeper than any query the web app sends, shallow enough to bound work. */
export const MAX_QUERY_DEPTH = 10;

/**
 * Room for a full page of markers (5,000 times 6 fields) and a page of
 * results with every detail, but not for many such pages in one request.
 */
export const MAX_QUERY_COST = 50_000;

/**
 * Fields whose work is far above reading a value. A verification
 * canonicalises JSON-LD and checks signatures, so one request may hold at
 * most 5: 5 cost 45,000 plus their fields, 6 cost more than MAX_QUERY_COST.
 */
const FIELD_COSTS = {
  verifyCredential: 9_000,
  // Badge imports verify like verifyCredential and may also fetch documents.
  importBadgeText: 9_000,
  importBadgeUrl: 9_000,
  reverifyImportedBadge: 9_000,
  // A council grid builds and counts up to 5000 cells in PostGIS; skill
  // gaps run a distance search for each skill of each open need.
  densityGrid: 5_000,
  skillGaps: 1_000,
};

/** List fields without a page size, costed as long lists. */
const UNSIZED_LIST_FIELDS = [
  'sessions',
  'sdgs',
  'skills',
  'auditLog',
  'members',
  'invitations',
  'memberships',
  'mySessions',
  'approvedProviders',
  'approvingCouncils',
  'councilsCovering',
  'evidence',
  'sessionAwards',
  'endorsements',
  'failures',
  'achievementClaimCodes',
  'steps',
  'options',
  'contributions',
  'pathwayOpportunities',
  'connectedApps',
  'myEmailAddresses',
  'myBackpackIssuers',
  'myCollections',
  'badges',
  'listings',
  'viewerOrganisations',
  'coveredSkills',
  'heldSkills',
  'missingSkills',
  'pathways',
  'addsSkills',
  'escoSkillUris',
  'myEmployerContactConsents',
  'skillNeedMarkers',
  'bySdg',
  'bySkill',
  'byPlace',
  'overTime',
  'densityGrid',
  'skillGaps',
  'sdgGaps',
  'needs',
];

const FEATURE_MODULES = [
  FilesModule,
  AchievementsModule,
  IssuersModule,
  CredentialsModule,
  VerificationModule,
  CredentialExportsModule,
  AwardsModule,
  EndorsementsModule,
  BadgePagesModule,
  AccountsModule,
  AppSettingsModule,
  AuditModule,
  HealthModule,
  ImportsModule,
  ListingsModule,
  MailModule,
  OpportunitiesModule,
  OrganisationsModule,
  PlacesModule,
  ReferenceDataModule,
  RegistrationsModule,
  BadgeImportsModule,
  OpenBadgesApiModule,
  PathwaysModule,
  ProposalsModule,
  EmployerNeedsModule,
  InsightsModule,
  OpenDataModule,
];

/** Builds the GraphQL settings. */
export function graphqlOptions(): ApolloDriverConfig {
  const logger = new Logger('GraphQL');

  return {
    driver: ApolloDriver,
    autoSchemaFile: true,
    buildSchemaOptions: { scalarsMap: DATE_SCALARS },
    sortSchema: true,
    path: '/graphql',
    csrfPrevention: true,
    // Guards run on @ResolveField methods too, so object fields that are
    // not public are checked like queries.
    fieldResolverEnhancers: ['guards'],
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule(MAX_QUERY_DEPTH), supportedOperationRule],
    plugins: [
      queryCostPlugin(MAX_QUERY_COST, UNSIZED_LIST_FIELDS, FIELD_COSTS),
      requestLoggingPlugin(logger),
    ],
    context: ({ req, res }: Pick<RequestContext, 'req' | 'res'>) =>
      ({ loaders: new LoaderRegistry(), req, res }) satisfies RequestContext,
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, (cause) =>
        logger.error(toLoggableError(cause)),
      ),
  };
}

@Module({})
export class AppModule {
  /** Builds the app on a data source that is already open and migrated. */
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions()),
        ...FEATURE_MODULES,
      ],
    };
  }
}
