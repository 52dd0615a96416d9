import { SKILLS } from '@learnscape/db';

import { BadUserInputError } from '../../../common/errors/domain-error.js';
import type { GeoPoint } from '../../../common/geo/geo-point.model.js';
import { checkStorableText } from '../../../common/validation/text.js';
import type {
  BoundingBoxInput,
  NearInput,
  OpportunityFilterInput,
  SearchArgs,
} from '../dto/search.args.js';
import type {
  OpportunityKind,
  OpportunityMode,
} from '../opportunity.entity.js';

export const DEFAULT_RADIUS_KM = 25;
export const MAX_RADIUS_KM = 200;
const MAX_TEXT_LENGTH = 200;
const MAX_AGE = 120;
const SKILL_IDS = new Set(SKILLS.map((skill) => skill.id));

/** A longitude and latitude box whose west edge is not east of its east edge. */
export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface SearchFilter {
  sdgs: number[] | null;
  skills: string[] | null;
  kinds: OpportunityKind[] | null;
  modes: OpportunityMode[] | null;
  freeOnly: boolean;
  age: number | null;
  startsAfter: Date | null;
  startsBefore: Date | null;
  text: string | null;
}

/** A validated search: every value is in range and every place is resolved. */
export interface SearchCriteria {
  /** Results are ordered by distance from here, nearest first. */
  origin: GeoPoint | null;
  /** True when `near` was given, so each result reports its distance. */
  reportsDistance: boolean;
  radiusMetres: number | null;
  /** The viewport, split at the antimeridian; empty when none was given. */
  boxes: LonLatBox[];
  filter: SearchFilter;
}

export type PlaceLocator = (placeId: string) => Promise<GeoPoint>;

/** Validates search arguments, or raises BAD_USER_INPUT naming the field. */
export async function buildSearchCriteria(
  args: SearchArgs,
  locatePlace: PlaceLocator,
): Promise<SearchCriteria> {
  const near = args.near ? await resolveNear(args.near, locatePlace) : null;
  const radiusKm = validateRadius(args.radiusKm, near !== null);
  const boxes = args.bbox
    ? splitBoundingBox(validateBoundingBox(args.bbox))
    : [];
  const filter = validateFilter(args.filter ?? {});

  return {
    origin: near ?? (args.bbox ? boxCentre(args.bbox) : null),
    reportsDistance: near !== null,
    radiusMetres: near === null ? null : radiusKm * 1000,
    boxes,
    filter,
  };
}

async function resolveNear(
  near: NearInput,
  locatePlace: PlaceLocator,
): Promise<GeoPoint> {
  const hasLatitude = near.latitude !== null && near.latitude !== undefined;
  const hasLongitude = near.longitude !== null && near.longitude !== undefined;
  const hasPlace = near.placeId !== null && near.placeId !== undefined;
  if (hasPlace && (hasLatitude || hasLongitude)) {
    throw new BadUserInputError(
      'near has both placeId and coordinates; give either placeId or latitude and longitude.',
    );
  }
  if (hasPlace) return locatePlace(near.placeId as string);
  if (!hasLatitude || !hasLongitude) {
    throw new BadUserInputError(
      'near needs both latitude and longitude, or a placeId.',
    );
  }

  return {
    latitude: checkRange('near.latitude', near.latitude as number, -90, 90),
    longitude: checkRange(
      'near.longitude',
      near.longitude as number,
      -180,
      180,
    ),
  };
}

function validateRadius(
  radiusKm: number | null | undefined,
  hasNear: boolean,
): number {
  if (radiusKm === null || radiusKm === undefined) return DEFAULT_RADIUS_KM;
  if (!hasNear) {
    throw new BadUserInputError(
      'radiusKm needs near; give near with the radius, or use bbox alone.',
    );
  }
  if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
    throw new BadUserInputError(
      `radiusKm is ${radiusKm}; expected a number above 0 and at most ${MAX_RADIUS_KM}.`,
    );
  }

  return radiusKm;
}

function validateBoundingBox(bbox: BoundingBoxInput): BoundingBoxInput {
  checkRange('bbox.west', bbox.west, -180, 180);
  checkRange('bbox.east', bbox.east, -180, 180);
  checkRange('bbox.south', bbox.south, -90, 90);
  checkRange('bbox.north', bbox.north, -90, 90);
  if (bbox.south >= bbox.north) {
    throw new BadUserInputError(
      `bbox is empty or inverted: south ${bbox.south} must be less than north ${bbox.north}.`,
    );
  }
  if (bbox.west === bbox.east) {
    throw new BadUserInputError(
      `bbox is empty: west and east are both ${bbox.west}. A west edge greater than the east edge crosses the antimeridian.`,
    );
  }

  return bbox;
}

/** Splits a box that crosses the antimeridian into its two halves. */
export function splitBoundingBox(bbox: BoundingBoxInput): LonLatBox[] {
  const { west, south, east, north } = bbox;
  if (west < east) return [{ west, south, east, north }];

  return [
    { west, south, east: 180, north },
    { west: -180, south, east, north },
  ];
}

/** Returns the middle of a box, measured eastwards from its west edge. */
export function boxCentre(bbox: BoundingBoxInput): GeoPoint {
  const width =
    bbox.west < bbox.east
      ? bbox.east - bbox.west
      : 360 - (bbox.west - bbox.east);
  let longitude = bbox.west + width / 2;
  if (longitude > 180) longitude -= 360;

  return { latitude: (bbox.south + bbox.north) / 2, longitude };
}

function validateFilter(filter: OpportunityFilterInput): SearchFilter {
  const startsAfter = validateDate('filter.startsAfter', filter.startsAfter);
  const startsBefore = validateDate('filter.startsBefore', filter.startsBefore);
  if (startsAfter && startsBefore && startsAfter >= startsBefore) {
    throw new BadUserInputError(
      `filter.startsAfter ${startsAfter.toISOString()} must be earlier than filter.startsBefore ${startsBefore.toISOString()}.`,
    );
  }

  return {
    sdgs: nonEmpty(filter.sdgs?.map((sdg) => checkSdg(sdg))),
    skills: nonEmpty(filter.skills?.map((skill) => checkSkill(skill))),
    kinds: nonEmpty(filter.kinds),
    modes: nonEmpty(filter.modes),
    freeOnly: filter.freeOnly === true,
    age:
      filter.age === null || filter.age === undefined
        ? null
        : checkRange('filter.age', filter.age, 0, MAX_AGE),
    startsAfter,
    startsBefore,
    text: validateText(filter.text),
  };
}

function checkSdg(sdg: number): number {
  if (!Number.isInteger(sdg) || sdg < 1 || sdg > 17) {
    throw new BadUserInputError(
      `filter.sdgs contains ${sdg}; expected SDG numbers from 1 to 17.`,
    );
  }

  return sdg;
}

function checkSkill(skill: string): string {
  if (!SKILL_IDS.has(skill)) {
    throw new BadUserInputError(
      `filter.skills contains "${skill.slice(0, 60)}", which is not a skill id; expected one of ${[...SKILL_IDS].join(', ')}.`,
    );
  }

  return skill;
}

function validateDate(field: string, value: Date | null | undefined) {
  if (value === null || value === undefined) return null;
  if (Number.isNaN(value.getTime())) {
    throw new BadUserInputError(`${field} is not a valid date-time.`);
  }

  return value;
}

function validateText(text: string | null | undefined): string | null {
  const trimmed = checkStorableText('filter.text', text ?? '').trim();
  if (trimmed.length > MAX_TEXT_LENGTH) {
    throw new BadUserInputError(
      `filter.text has ${trimmed.length} characters; expected at most ${MAX_TEXT_LENGTH}.`,
    );
  }

  return trimmed === '' ? null : trimmed;
}

function checkRange(field: string, value: number, min: number, max: number) {
  if (!(value >= min && value <= max)) {
    throw new BadUserInputError(
      `${field} is ${value}; expected a number from ${min} to ${max}.`,
      field,
    );
  }

  return value;
}

/** Treats an empty list like an absent one: no filter on that field. */
function nonEmpty<T>(values: T[] | null | undefined): T[] | null {
  if (!values || values.length === 0) return null;

  return [...new Set(values)];
}
