import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AppSettings', { description: 'Settings the web app reads.' })
export class AppSettingsModel {
  @Field({ description: 'Leaflet tile URL template with {z}, {x} and {y}.' })
  tileUrl!: string;

  @Field({ description: 'Attribution HTML the tile provider requires.' })
  tileAttribution!: string;
}
