import type { TFunction } from 'i18next';

import type { RegistrationStatus } from '@/gql/graphql';

/** Describes a learner's place at a session, for the learner. */
export function registrationSummary(
  t: TFunction,
  registration: {
    status: RegistrationStatus;
    waitlistPosition?: number | null;
  },
): string {
  switch (registration.status) {
    case 'REGISTERED':
      return t('register.registered');
    case 'WAITLISTED':
      return registration.waitlistPosition === null ||
        registration.waitlistPosition === undefined
        ? t('register.waitlisted')
        : t('register.waitlistPosition', {
            position: registration.waitlistPosition,
          });
    case 'WITHDRAWN':
      return t('register.withdrawn');
  }
}

/** Places left at a session, or null when the session has no limit. */
export function placesLeftText(
  t: TFunction,
  placesLeft: number | null | undefined,
): string | null {
  if (placesLeft === null || placesLeft === undefined) return null;
  if (placesLeft <= 0) return t('register.full');

  return t('register.placesLeft', { count: placesLeft });
}
