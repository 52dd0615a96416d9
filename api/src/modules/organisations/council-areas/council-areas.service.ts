import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import { AuditService } from '../../audit/audit.service.js';
import type { OrganisationModel } from '../dto/organisation.model.js';
import { OrganisationKind } from '../organisation.entity.js';
import { OrganisationAccess } from '../organisation-access.service.js';
import { parseId } from '../organisation-input.js';
import { OrganisationRole } from '../organisation-member.entity.js';
import { OrganisationsRepository } from '../organisations.repository.js';
import {
  type CouncilAreaPart,
  parseCouncilArea,
} from './council-area-geojson.js';
import { CouncilAreasRepository } from './council-areas.repository.js';
import { geometryFault, geometryFaultError } from './postgis-area-error.js';

/** Minimum council area: 0.01 km², about a city block, to catch unit mistakes. */
export const MIN_AREA_KM2 = 0.01;
/** Maximum council area, about a quarter of Australia. */
export const MAX_AREA_KM2 = 2_000_000;

/** Input paths to name in errors; the REST route has no `geoJson` field. */
export interface AreaFields {
  organisationId?: string;
  geoJson?: string;
}

/** An organisation with its area as GeoJSON MultiPolygon text. */
export type OrganisationWithArea = OrganisationModel & { area: string };

/** Sets the area that a council covers. */
@Injectable()
export class CouncilAreasService {
  private readonly logger = new Logger(CouncilAreasService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CouncilAreasRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: OrganisationAccess,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the GeoJSON and stores it as the council's area; owners only.
   * The structure is checked in TypeScript first, so PostGIS only ever
   * reads well-formed polygons.
   */
  async setArea(
    viewer: Viewer,
    organisationId: string,
    geoJson: string,
    fields: AreaFields,
  ): Promise<OrganisationWithArea> {
    const id = parseId(
      organisationId,
      fields.organisationId ?? 'id',
      'an organisation',
    );
    await this.access.require(viewer, id, [OrganisationRole.OWNER]);
    const organisation = (await this.organisations.findByIds([id])).get(id);
    if (organisation === undefined) {
      throw new NotFoundError(`No organisation has the id ${id}.`);
    }
    if (organisation.kind !== OrganisationKind.COUNCIL) {
      throw new BadUserInputError(
        `${organisation.name} is a ${organisation.kind}; only councils have an area.`,
        fields.organisationId,
      );
    }
    const parsed = parseCouncilArea(geoJson, fields.geoJson);
    const merged = await this.checkInPostgis(parsed.parts, fields.geoJson);
    const previousKm2 = await this.store(viewer, id, merged);
    this.logger.log(
      `User ${viewer.userId} set the area of ${id}: ${parsed.positionCount} positions, ${formatKm2(merged.areaKm2)} km² (was ${previousKm2 === null ? 'none' : formatKm2(previousKm2)})`,
    );

    return { ...organisation, area: merged.geoJson };
  }

  private async checkInPostgis(parts: CouncilAreaPart[], field?: string) {
    const texts = parts.map((part) => JSON.stringify(part.geometry));
    const invalid = await this.inPostgis(
      () => this.repository.findInvalidPart(texts),
      field,
    );
    if (invalid !== null) {
      const where = parts[invalid.index]!.path;
      throw new BadUserInputError(
        `The area${where === '' ? '' : ` at ${where}`} is not a valid polygon: ${invalid.reason}. Fix the geometry (for example with ST_MakeValid or QGIS's "Fix geometries") and upload it again.`,
        field,
      );
    }
    const merged = await this.inPostgis(
      () => this.repository.merge(texts),
      field,
    );
    if (!merged.valid) {
      throw new BadUserInputError(
        `The merged area is not a valid polygon: ${merged.reason}.`,
        field,
      );
    }
    if (merged.areaKm2 < MIN_AREA_KM2 || merged.areaKm2 > MAX_AREA_KM2) {
      throw new BadUserInputError(
        `The area measures ${formatKm2(merged.areaKm2)} km²; a council area must be from ${MIN_AREA_KM2} to ${formatKm2(MAX_AREA_KM2)} km². Check that the coordinates are longitude and latitude in degrees.`,
        field,
      );
    }

    return merged;
  }

  /**
   * Runs a query on the uploaded geometry. PostGIS's faults in the geometry,
   * such as an edge between antipodal points, become BAD_USER_INPUT.
   */
  private async inPostgis<T>(query: () => Promise<T>, field?: string) {
    try {
      return await query();
    } catch (error) {
      const reason = geometryFault(error);
      if (reason === null) throw error;
      this.logger.warn(`PostGIS rejected an uploaded council area: ${reason}`);

      throw geometryFaultError(reason, field);
    }
  }

  /** Stores the area with an audit entry; returns the previous size. */
  private store(
    viewer: Viewer,
    id: string,
    merged: { geoJson: string; areaKm2: number },
  ): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      await this.organisations.lock(manager, id);
      const previousKm2 = await this.repository.areaKm2(manager, id);
      await this.repository.store(manager, id, merged.geoJson);
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId: id,
          subjectType: 'organisation',
          subjectId: id,
          action: 'set-area',
          // The geometry itself can be megabytes, so the entry keeps its size.
          changes: { areaKm2: { from: previousKm2, to: merged.areaKm2 } },
        },
        manager,
      );

      return previousKm2;
    });
  }
}

function formatKm2(km2: number): string {
  return km2.toLocaleString('en', { maximumSignificantDigits: 4 });
}
