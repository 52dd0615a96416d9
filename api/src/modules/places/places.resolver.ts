import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import { PlaceModel } from './dto/place.model.js';
import { PlacesArgs } from './dto/places.args.js';
import {
  DEFAULT_PLACES_PAGE,
  parsePlaceId,
  PlacesService,
} from './places.service.js';

@Resolver(() => PlaceModel)
export class PlacesResolver {
  constructor(private readonly placesService: PlacesService) {}

  @Public()
  @Query(() => [PlaceModel], {
    description:
      'Places whose name starts with `search`, ignoring case and accents, largest population first.',
  })
  places(@Args() args: PlacesArgs): Promise<PlaceModel[]> {
    return this.placesService.search(
      args.search,
      args.first ?? DEFAULT_PLACES_PAGE,
    );
  }

  @Public()
  @Query(() => PlaceModel, { nullable: true })
  place(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PlaceModel | null> {
    return this.placesService.findById(parsePlaceId('id', id));
  }
}
