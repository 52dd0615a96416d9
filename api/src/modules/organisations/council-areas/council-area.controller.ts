import { Controller, Param, Put, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { MultiPolygon } from 'geojson';

import { SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import { BadUserInputError } from '../../../common/errors/domain-error.js';
import { AREA_MEDIA_TYPES } from './council-area-body.middleware.js';
import { CouncilAreasService } from './council-areas.service.js';

export interface CouncilAreaResponse {
  id: string;
  name: string;
  area: MultiPolygon;
}

/**
 * The upload route for council areas, which are often larger than the
 * GraphQL body limit allows. It does what `setCouncilArea` does.
 */
@SignedIn()
@Controller('api/organisations')
export class CouncilAreaController {
  constructor(private readonly areas: CouncilAreasService) {}

  @Put(':id/area')
  async setArea(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Req() request: Request,
  ): Promise<CouncilAreaResponse> {
    if (typeof request.body !== 'string') {
      throw new BadUserInputError(
        `Send the area as GeoJSON with Content-Type ${AREA_MEDIA_TYPES.join(' or ')}.`,
      );
    }
    const organisation = await this.areas.setArea(viewer, id, request.body, {});

    return {
      id: organisation.id,
      name: organisation.name,
      area: JSON.parse(organisation.area) as MultiPolygon,
    };
  }
}
