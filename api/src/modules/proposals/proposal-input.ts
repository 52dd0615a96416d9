import {
  BadUserInputError,
  DomainError,
  ErrorCode,
} from '../../common/errors/domain-error.js';
import { controlCharacterIn } from '../../common/validation/control-characters.js';
import type { ProposalFieldsInput } from './dto/proposal.inputs.js';
import type { ProposalKind } from './proposal.entity.js';

export const PROPOSAL_LIMITS = {
  titleLength: { min: 3, max: 120 },
  descriptionLength: 4_000,
  commentLength: { min: 1, max: 2_000 },
  reasonLength: { min: 5, max: 1_000 },
  sdgs: 17,
  skills: 16,
};

/** Degrees kept of each coordinate: 0.001° is about 111 m of latitude. */
export const LOCATION_DECIMALS = 3;

/** One thing wrong with a proposal: the input path and what is allowed. */
export interface ProposalProblem {
  field: string;
  message: string;
}

/** A proposal as the service saves it, before its place is resolved. */
export interface CheckedProposal {
  kind: ProposalKind;
  title: string;
  description: string;
  /** Already rounded; null when a gazetteer place was chosen. */
  point: { latitude: number; longitude: number } | null;
  placeId: number | null;
  sdgs: number[];
  skills: string[];
}

/**
 * Every problem of a proposal as one BAD_USER_INPUT error: the message and
 * `field` of the first, and `problems` listing all with full input paths.
 */
export class ProposalInputError extends DomainError {
  constructor(problems: readonly ProposalProblem[]) {
    const located = problems.map((problem) => ({
      field: `input.proposal.${problem.field}`,
      message: problem.message,
    }));
    const [first] = located;
    if (first === undefined) {
      throw new Error('ProposalInputError needs at least one problem');
    }
    super(ErrorCode.BadUserInput, first.message, {
      field: first.field,
      problems: located,
    });
  }
}

/** Rounds a coordinate to LOCATION_DECIMALS, so that no precise spot is kept. */
export function roundCoordinate(value: number): number {
  const factor = 10 ** LOCATION_DECIMALS;

  return Math.round(value * factor) / factor;
}

/**
 * Checks a proposal and returns it trimmed, with repeated SDGs and skills
 * counted once, or raises every problem at once.
 */
export function toCheckedProposal(
  input: ProposalFieldsInput,
  knownSkills: ReadonlySet<string>,
): CheckedProposal {
  const title = input.title.trim();
  const description = input.description.trim();
  const sdgs = [...new Set(input.sdgs)].sort((a, b) => a - b);
  const skills = [...new Set(input.skills)].sort();
  const problems = [
    ...checkTitle(title),
    ...checkDescription(description),
    ...checkSdgs(sdgs),
    ...checkSkills(skills, knownSkills),
  ];
  const place = checkPlace(input, problems);
  if (problems.length > 0) throw new ProposalInputError(problems);

  return { kind: input.kind, title, description, ...place, sdgs, skills };
}

function checkTitle(title: string): ProposalProblem[] {
  const { min, max } = PROPOSAL_LIMITS.titleLength;
  const length = [...title].length;
  if (length < min || length > max) {
    return [
      {
        field: 'title',
        message: `title is ${length} characters long; it must be ${min} to ${max}.`,
      },
    ];
  }
  const control = controlCharacterIn(title);
  if (control !== null) {
    return [
      {
        field: 'title',
        message: `title contains the control character ${control}; remove it.`,
      },
    ];
  }
  if (!/[\p{L}\p{N}]/u.test(title)) {
    return [
      {
        field: 'title',
        message:
          'title contains no letter or digit; it must contain at least one.',
      },
    ];
  }

  return [];
}

function checkDescription(description: string): ProposalProblem[] {
  const max = PROPOSAL_LIMITS.descriptionLength;
  const length = [...description].length;
  if (length > max) {
    return [
      {
        field: 'description',
        message: `description is ${length} characters long; the maximum is ${max}.`,
      },
    ];
  }
  const control = controlCharacterIn(description, true);
  if (control !== null) {
    return [
      {
        field: 'description',
        message: `description contains the control character ${control}; remove it.`,
      },
    ];
  }

  return [];
}

function checkSdgs(sdgs: number[]): ProposalProblem[] {
  const invalid = sdgs.filter((each) => each < 1 || each > 17);
  if (invalid.length === 0) return [];

  return [
    {
      field: 'sdgs',
      message: `sdgs contains ${invalid.join(', ')}, which ${invalid.length === 1 ? 'is not an SDG number' : 'are not SDG numbers'}; use numbers from 1 to 17.`,
    },
  ];
}

function checkSkills(
  skills: string[],
  knownSkills: ReadonlySet<string>,
): ProposalProblem[] {
  const unknown = skills.filter((each) => !knownSkills.has(each));
  if (unknown.length === 0) return [];
  const quoted = unknown.map((each) => `"${each.slice(0, 60)}"`).join(', ');

  return [
    {
      field: 'skills',
      message: `skills contains ${quoted}, which ${unknown.length === 1 ? 'is not a skill id' : 'are not skill ids'}; choose ids from the skills query.`,
    },
  ];
}

/** Checks that exactly one of a point and a place is given, and rounds the point. */
function checkPlace(
  input: ProposalFieldsInput,
  problems: ProposalProblem[],
): Pick<CheckedProposal, 'point' | 'placeId'> {
  const location = input.location ?? null;
  const rawPlaceId = input.placeId ?? null;
  if ((location === null) === (rawPlaceId === null)) {
    problems.push({
      field: 'location',
      message:
        location === null
          ? 'The place is missing; pick a point on the map or choose a place.'
          : 'Both a point and a place were given; give only one.',
    });

    return { point: null, placeId: null };
  }
  if (rawPlaceId !== null) {
    const placeId = Number(rawPlaceId);
    if (!/^\d{1,10}$/.test(rawPlaceId) || placeId > 2_147_483_647) {
      problems.push({
        field: 'placeId',
        message: `placeId "${rawPlaceId.slice(0, 60)}" is not a place id; choose a place from the places query.`,
      });
    }

    return { point: null, placeId };
  }

  return { point: checkPoint(location!, problems), placeId: null };
}

function checkPoint(
  location: { latitude: number; longitude: number },
  problems: ProposalProblem[],
): CheckedProposal['point'] {
  const { latitude, longitude } = location;
  const before = problems.length;
  if (!Number.isFinite(latitude) || Math.abs(latitude) > 90) {
    problems.push({
      field: 'location.latitude',
      message: `Latitude ${latitude} is out of range; it must be from -90 to 90.`,
    });
  }
  if (!Number.isFinite(longitude) || Math.abs(longitude) > 180) {
    problems.push({
      field: 'location.longitude',
      message: `Longitude ${longitude} is out of range; it must be from -180 to 180.`,
    });
  }
  if (problems.length > before) return null;

  return {
    latitude: roundCoordinate(latitude),
    longitude: roundCoordinate(longitude),
  };
}

/**
 * Trims a comment or reason and checks its length, naming `field` in the
 * error.
 */
export function checkText(
  field: string,
  raw: string,
  limits: { min: number; max: number },
): string {
  const text = raw.trim();
  const control = controlCharacterIn(text, true);
  if (control !== null) {
    throw new BadUserInputError(
      `${field} contains the control character ${control}; remove it.`,
      field,
    );
  }
  const length = [...text].length;
  if (length < limits.min || length > limits.max) {
    throw new BadUserInputError(
      `${field} is ${length} characters long; it must be ${limits.min} to ${limits.max}.`,
      field,
    );
  }

  return text;
}
