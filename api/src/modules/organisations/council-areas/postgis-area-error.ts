import { QueryFailedError } from 'typeorm';

import { BadUserInputError } from '../../../common/errors/domain-error.js';

/**
 * Finds PostGIS's reason when a query failed because of the geometry it
 * was given, or null for any other failure. PostGIS and GEOS report faults
 * in a geometry as SQLSTATE XX000 (internal_error), and faults in GeoJSON
 * text as class 22 (data exception).
 */
export function geometryFault(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as {
    code?: unknown;
    message?: unknown;
  };
  const code = typeof driverError.code === 'string' ? driverError.code : '';
  if (code !== 'XX000' && !code.startsWith('22')) return null;

  return typeof driverError.message === 'string'
    ? driverError.message
    : error.message;
}

/** Explains a PostGIS fault in an uploaded area, naming what to change. */
export function geometryFaultError(
  reason: string,
  field?: string,
): BadUserInputError {
  if (/antipodal/i.test(reason)) {
    return new BadUserInputError(
      `The area has an edge between two antipodal points, such as from one pole to the other or 180° of longitude apart on the equator, and PostGIS cannot measure it ("${reason}"). Add a position part-way along that edge and upload the area again.`,
      field,
    );
  }

  return new BadUserInputError(
    `PostGIS could not process the area: ${reason.replace(/[.!]?$/, '.')} Check the geometry (for example with QGIS's "Check validity") and upload it again.`,
    field,
  );
}
