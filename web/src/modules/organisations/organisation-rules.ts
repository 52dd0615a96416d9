/** The API's organisation limits, checked as the owner types. */
export const ORGANISATION_LIMITS = {
  name: 200,
  description: 5000,
  website: 2048,
};

export interface OrganisationDetails {
  name: string;
  description: string;
  website: string;
}

/** A problem as a key under `organisationForm.errors` and its values. */
export interface DetailsProblem {
  key: string;
  values?: Record<string, number>;
}

function isWebAddress(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const protocol = new URL(text).protocol;

  return protocol === 'http:' || protocol === 'https:';
}

/** Checks the details the way the API does; empty when they pass. */
export function checkDetails(
  details: OrganisationDetails,
): Record<string, DetailsProblem> {
  const problems: Record<string, DetailsProblem> = {};
  const name = details.name.trim();
  const website = details.website.trim();
  if (name === '') {
    problems.name = { key: 'nameMissing' };
  } else if (name.length > ORGANISATION_LIMITS.name) {
    problems.name = {
      key: 'tooLong',
      values: { length: name.length, max: ORGANISATION_LIMITS.name },
    };
  }
  if (details.description.trim().length > ORGANISATION_LIMITS.description) {
    problems.description = {
      key: 'tooLong',
      values: {
        length: details.description.trim().length,
        max: ORGANISATION_LIMITS.description,
      },
    };
  }
  if (
    website !== '' &&
    (!isWebAddress(website) || website.length > ORGANISATION_LIMITS.website)
  ) {
    problems.website = { key: 'website' };
  }

  return problems;
}
