import { Args, Query, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import { OrganisationConnection } from './dto/organisation.model.js';
import { ProvidersArgs } from './dto/providers.args.js';
import {
  DEFAULT_PROVIDERS_PAGE,
  OrganisationsService,
} from './organisations.service.js';

@Resolver()
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Public()
  @Query(() => OrganisationConnection, {
    description: 'Organisations that list opportunities, by name.',
  })
  providers(@Args() args: ProvidersArgs): Promise<OrganisationConnection> {
    return this.organisations.listProviders(
      args.first ?? DEFAULT_PROVIDERS_PAGE,
      args.after,
    );
  }
}
