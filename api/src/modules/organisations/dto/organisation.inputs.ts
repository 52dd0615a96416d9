import { Field, ID, InputType } from '@nestjs/graphql';

import { OrganisationKind } from '../organisation.entity.js';

@InputType('CreateOrganisationInput')
export class CreateOrganisationInput {
  @Field()
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  website?: string | null;
}

@InputType('UpdateOrganisationInput', {
  description: 'Leave a field out to keep it; the slug never changes.',
})
export class UpdateOrganisationInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An http(s) URL; null or an empty string removes it.',
  })
  website?: string | null;
}

@InputType('SetCouncilAreaInput')
export class SetCouncilAreaInput {
  @Field(() => ID)
  organisationId!: string;

  @Field({
    description:
      'GeoJSON text in WGS84 (EPSG:4326): a Polygon, MultiPolygon, Feature or FeatureCollection of polygons. Bodies over 100 kB go to PUT /api/organisations/{id}/area.',
  })
  geoJson!: string;
}

@InputType('ApproveProviderInput')
export class ApproveProviderInput {
  @Field(() => ID)
  councilId!: string;

  @Field(() => ID)
  providerId!: string;
}

@InputType('RevokeProviderApprovalInput')
export class RevokeProviderApprovalInput {
  @Field(() => ID)
  councilId!: string;

  @Field(() => ID)
  providerId!: string;
}
