import type { Point } from 'geojson';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A town or suburb from the GeoNames gazetteer; the id is the GeoNames id. */
@Entity('places')
@Index('IDX_places_search_name', { synchronize: false })
export class Place {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  name!: string;

  /** Lower-case name without diacritics, for accent-insensitive prefix search. */
  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  @Column({ name: 'country_code', type: 'character', length: 2 })
  countryCode!: string;

  @Column({ name: 'admin_code', type: 'text', nullable: true })
  adminCode!: string | null;

  @Column({ type: 'integer', default: 0 })
  population!: number;

  @Index('IDX_places_location', { spatial: true })
  @Column({ type: 'geography', spatialFeatureType: 'Point', srid: 4326 })
  location!: Point;
}
