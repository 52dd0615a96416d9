import { normalisePlaceName } from '@learnscape/db';
import { Injectable } from '@nestjs/common';

import { BadUserInputError } from '../../common/errors/domain-error.js';
import { checkStorableText } from '../../common/validation/text.js';
import type { PlaceModel } from './dto/place.model.js';
import { PlacesRepository } from './places.repository.js';

export const DEFAULT_PLACES_PAGE = 10;
export const MAX_PLACES_PAGE = 50;
const MAX_SEARCH_LENGTH = 100;

@Injectable()
export class PlacesService {
  constructor(private readonly repository: PlacesRepository) {}

  async search(search: string, first: number): Promise<PlaceModel[]> {
    const trimmed = checkStorableText('search', search).trim();
    if (trimmed.length > MAX_SEARCH_LENGTH) {
      throw new BadUserInputError(
        `search has ${trimmed.length} characters; expected at most ${MAX_SEARCH_LENGTH}.`,
      );
    }
    const prefix = normalisePlaceName(trimmed);
    if (prefix === '') {
      throw new BadUserInputError(
        'search is empty; enter the first letters of a place name.',
      );
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_PLACES_PAGE) {
      throw new BadUserInputError(
        `first is ${first}; expected an integer from 1 to ${MAX_PLACES_PAGE}.`,
      );
    }

    return this.repository.searchByPrefix(prefix, first);
  }

  /** Finds a place by its GeoNames id, or null when there is none. */
  async findById(id: number): Promise<PlaceModel | null> {
    const places = await this.repository.findByIds([id]);

    return places.get(id) ?? null;
  }
}

/** Parses a place id argument, or raises a BAD_USER_INPUT error naming `field`. */
export function parsePlaceId(field: string, raw: string): number {
  const id = Number(raw);
  if (
    !/^\d{1,10}$/.test(raw) ||
    !Number.isSafeInteger(id) ||
    id > 2 ** 31 - 1
  ) {
    throw new BadUserInputError(
      `${field} "${raw.slice(0, 40)}" is not a place id; expected the numeric id of a place from the places query.`,
    );
  }

  return id;
}
