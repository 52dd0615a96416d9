import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import { SetCouncilAreaInput } from '../dto/organisation.inputs.js';
import { OrganisationModel } from '../dto/organisation.model.js';
import { CouncilAreasService } from './council-areas.service.js';

@Resolver()
export class CouncilAreasResolver {
  constructor(private readonly areas: CouncilAreasService) {}

  @SignedIn()
  @Mutation(() => OrganisationModel, {
    description: 'Sets a council’s area; owners of the council only.',
  })
  setCouncilArea(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetCouncilAreaInput,
  ): Promise<OrganisationModel> {
    return this.areas.setArea(viewer, input.organisationId, input.geoJson, {
      organisationId: 'input.organisationId',
      geoJson: 'input.geoJson',
    });
  }
}
