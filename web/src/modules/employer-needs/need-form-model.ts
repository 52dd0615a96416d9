import type {
  CreateSkillNeedInput,
  NearInput,
  PlaceFieldsFragment,
  SkillNeedQuery,
} from '@/gql/graphql';
import type { GeoPoint } from '@/modules/map/geo';

/**
 * Where the work is: a gazetteer place from the search, or a point clicked
 * on the map. A stored need opens as a point with its place name.
 */
export type NeedPlace =
  | { kind: 'place'; place: PlaceFieldsFragment }
  | { kind: 'point'; point: GeoPoint; name: string | null };

/** The form's values as typed, so that "" or "1.5" can be shown and checked. */
export interface NeedFormValues {
  title: string;
  description: string;
  skillIds: string[];
  /** ESCO skill URIs, one a line. */
  escoSkillUris: string;
  place: NeedPlace | null;
  radiusKm: string;
  openings: string;
  /** `YYYY-MM-DD`, as a date input gives it. */
  closesOn: string;
  applyUrl: string;
}

/** Radius choices in kilometres; the API accepts 5 to 200. */
export const NEED_RADIUS_OPTIONS_KM = [5, 10, 15, 25, 50, 100, 200];
export const DEFAULT_NEED_RADIUS_KM = 15;

export type StoredNeed = NonNullable<SkillNeedQuery['skillNeed']>;

/** The fields that `createSkillNeed` and `updateSkillNeed` share. */
export type NeedFieldsInput = Omit<CreateSkillNeedInput, 'employerId'>;

export function emptyNeed(): NeedFormValues {
  return {
    title: '',
    description: '',
    skillIds: [],
    escoSkillUris: '',
    place: null,
    radiusKm: String(DEFAULT_NEED_RADIUS_KM),
    openings: '1',
    closesOn: '',
    applyUrl: '',
  };
}

export function valuesFromNeed(need: StoredNeed): NeedFormValues {
  return {
    title: need.title,
    description: need.description,
    skillIds: need.skills.map((skill) => skill.id),
    escoSkillUris: need.escoSkillUris.join('\n'),
    place: {
      kind: 'point',
      point: need.location,
      name: need.placeName ?? null,
    },
    radiusKm: String(need.radiusKm),
    openings: String(need.openings),
    closesOn: need.closesOn,
    applyUrl: need.applyUrl,
  };
}

/** Returns the non-empty lines of the ESCO field, trimmed. */
export function escoLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function pointOf(place: NeedPlace): GeoPoint {
  return place.kind === 'place' ? place.place.location : place.point;
}

function locationInput(place: NeedPlace): NearInput {
  return place.kind === 'place'
    ? { placeId: place.place.id }
    : { latitude: place.point.latitude, longitude: place.point.longitude };
}

/**
 * Converts checked values to the API's input. Call it only when
 * `checkNeedForm` found no problem, so the place is set.
 */
export function toNeedFields(values: NeedFormValues): NeedFieldsInput {
  if (values.place === null) throw new Error('A skill need needs a place.');

  return {
    title: values.title.trim(),
    description: values.description.trim(),
    skillIds: values.skillIds,
    escoSkillUris: escoLines(values.escoSkillUris),
    location: locationInput(values.place),
    radiusKm: Number(values.radiusKm),
    openings: Number(values.openings),
    closesOn: values.closesOn,
    applyUrl: values.applyUrl.trim(),
  };
}
