import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { GeoPoint } from '../../../common/geo/geo-point.model.js';

@ObjectType('Place', { description: 'A town or suburb from the gazetteer.' })
export class PlaceModel {
  @Field(() => ID, { description: 'The GeoNames id.' })
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  countryCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'GeoNames first-level administrative code, such as a state.',
  })
  adminCode!: string | null;

  @Field(() => Int)
  population!: number;

  @Field(() => GeoPoint)
  location!: GeoPoint;
}
