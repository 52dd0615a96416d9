import { Injectable } from '@nestjs/common';

import { BadUserInputError } from '../../common/errors/domain-error.js';
import type { NearInput } from '../opportunities/dto/search.args.js';
import { parsePlaceId } from '../places/places.service.js';
import type {
  CreateSkillNeedInput,
  UpdateSkillNeedInput,
} from './dto/skill-need.inputs.js';
import type { SkillNeedModel } from './dto/skill-need.model.js';
import { SkillNeedStatus } from './skill-need.entity.js';
import {
  checkApplyUrl,
  checkClosesOn,
  checkDescription,
  checkEscoSkillUris,
  checkOpenings,
  checkRadius,
  checkSkillIds,
  checkTitle,
  ProblemList,
  todayUtc,
} from './skill-need-input.js';
import { SkillNeedSearch } from './skill-need-search.service.js';
import {
  SkillNeedsRepository,
  type StoredNeedFields,
} from './skill-needs.repository.js';

type NeedPlace = Pick<StoredNeedFields, 'latitude' | 'longitude' | 'placeId'>;

/**
 * Checks the fields of a new or changed skill need, reporting every
 * problem at once, and resolves its place.
 */
@Injectable()
export class NeedFieldChecker {
  constructor(
    private readonly repository: SkillNeedsRepository,
    private readonly search: SkillNeedSearch,
  ) {}

  async checkCreate(input: CreateSkillNeedInput): Promise<StoredNeedFields> {
    const problems = new ProblemList();
    const fields = {
      title: checkTitle(input.title, problems),
      description: checkDescription(input.description ?? '', problems),
      skillIds: checkSkillIds(input.skillIds, problems),
      escoSkillUris: checkEscoSkillUris(input.escoSkillUris ?? [], problems),
      radiusMetres: checkRadius(input.radiusKm, problems),
      openings: checkOpenings(input.openings, problems),
      closesOn: checkClosesOn(input.closesOn, problems, { pastAllowed: false }),
      applyUrl: checkApplyUrl(input.applyUrl, problems),
      status: SkillNeedStatus.OPEN,
    };
    const place = await this.resolvePlace(input.location, problems);
    problems.throwIfAny();

    return { ...fields, ...place! };
  }

  /**
   * Checks the fields given and merges them into the stored need. A need
   * that is or becomes open must close today or later.
   */
  async checkUpdate(
    before: SkillNeedModel,
    input: UpdateSkillNeedInput,
  ): Promise<StoredNeedFields> {
    const problems = new ProblemList();
    const status = input.status ?? before.status;
    const given = <T>(value: T | null | undefined): value is T =>
      value !== null && value !== undefined;
    const fields: StoredNeedFields = {
      title: given(input.title)
        ? checkTitle(input.title, problems)
        : before.title,
      description: given(input.description)
        ? checkDescription(input.description, problems)
        : before.description,
      skillIds: given(input.skillIds)
        ? checkSkillIds(input.skillIds, problems)
        : before.skillIds,
      escoSkillUris: given(input.escoSkillUris)
        ? checkEscoSkillUris(input.escoSkillUris, problems)
        : before.escoSkillUris,
      radiusMetres: given(input.radiusKm)
        ? checkRadius(input.radiusKm, problems)
        : before.radiusMetres,
      openings: given(input.openings)
        ? checkOpenings(input.openings, problems)
        : before.openings,
      closesOn: given(input.closesOn)
        ? checkClosesOn(input.closesOn, problems, {
            pastAllowed: status === SkillNeedStatus.CLOSED,
          })
        : before.closesOn,
      applyUrl: given(input.applyUrl)
        ? checkApplyUrl(input.applyUrl, problems)
        : before.applyUrl,
      status,
      latitude: before.location.latitude,
      longitude: before.location.longitude,
      placeId: before.placeId,
    };
    checkReopening(before, input, fields, problems);
    const place = given(input.location)
      ? await this.resolvePlace(input.location, problems)
      : null;
    problems.throwIfAny();

    return { ...fields, ...place };
  }

  /**
   * Resolves the point of a place id, or the nearest gazetteer place of a
   * point, adding a problem for an invalid or unknown location.
   */
  private async resolvePlace(
    location: NearInput,
    problems: ProblemList,
  ): Promise<NeedPlace | null> {
    let point;
    try {
      point = await this.search.resolvePoint(location, 'input.location');
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      problems.add('location', error.message);

      return null;
    }
    if (location.placeId !== null && location.placeId !== undefined) {
      return {
        ...point,
        placeId: parsePlaceId('input.location.placeId', location.placeId),
      };
    }
    const nearest = await this.repository.findNearestPlace(
      point.latitude,
      point.longitude,
    );

    return { ...point, placeId: nearest?.id ?? null };
  }
}

/** Adds a problem when the need would be open with a closing day in the past. */
function checkReopening(
  before: SkillNeedModel,
  input: UpdateSkillNeedInput,
  fields: StoredNeedFields,
  problems: ProblemList,
): void {
  const reopening =
    input.status === SkillNeedStatus.OPEN &&
    (before.status === SkillNeedStatus.CLOSED || !before.isOpen);
  const today = todayUtc();
  if (!reopening || fields.closesOn >= today) return;
  if (problems.problems.some((problem) => problem.field === 'closesOn')) return;

  problems.add(
    'closesOn',
    `closesOn ${fields.closesOn} is in the past, so the need cannot be reopened; give a closesOn of today (${today}, UTC) or later with status OPEN.`,
  );
}
