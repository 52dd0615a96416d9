import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import { cursorScope } from '../../common/pagination/cursor.js';
import type { OpportunityConnection } from '../opportunities/dto/opportunity-connection.model.js';
import {
  ALL_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import type { PlaceModel } from '../places/dto/place.model.js';
import { PlacesService } from '../places/places.service.js';
import type {
  NearestPlaceArgs,
  OrganisationOpportunitiesArgs,
} from './dto/listing.args.js';
import { parseUuid } from './listing-input.js';
import {
  DEFAULT_LISTINGS_PAGE,
  pageRequest,
  toConnection,
} from './listing-page.js';
import { ListingQueriesRepository } from './listing-queries.repository.js';

/** Lists and look-ups for the pages where providers manage listings. */
@Injectable()
export class ListingQueriesService {
  constructor(
    private readonly queries: ListingQueriesRepository,
    private readonly organisationAccess: OrganisationAccess,
    private readonly places: PlacesService,
  ) {}

  /** Lists an organisation's listings in every status, newest update first. */
  async organisationOpportunities(
    viewer: Viewer,
    args: OrganisationOpportunitiesArgs,
  ): Promise<OpportunityConnection> {
    const organisationId = parseUuid('organisationId', args.organisationId);
    await this.organisationAccess.require(viewer, organisationId, ALL_ROLES);
    const status = args.status ?? null;
    const first = args.first ?? DEFAULT_LISTINGS_PAGE;
    const scope = cursorScope([
      'organisationOpportunities',
      organisationId,
      status,
    ]);
    const position = pageRequest(first, args.after, scope);
    const hits = await this.queries.findByOrganisation(
      organisationId,
      status,
      first + 1,
      position,
    );

    return toConnection(hits, first, scope, () =>
      this.queries.countByOrganisation(organisationId, status),
    );
  }

  /** Finds the gazetteer place nearest a point, within 50 km. */
  async nearestPlace(args: NearestPlaceArgs): Promise<PlaceModel | null> {
    const { latitude, longitude } = args;
    if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
      throw new BadUserInputError(
        `latitude is ${latitude}; expected degrees from -90 to 90.`,
        'latitude',
      );
    }
    if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw new BadUserInputError(
        `longitude is ${longitude}; expected degrees from -180 to 180.`,
        'longitude',
      );
    }
    const id = await this.queries.findNearestPlaceId(latitude, longitude);

    return id === null ? null : this.places.findById(id);
  }
}
