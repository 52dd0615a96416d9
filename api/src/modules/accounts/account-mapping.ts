import type { UserRow } from './accounts.repository.js';
import type { AccountModel } from './dto/account.model.js';
import { currentYear, isMinor } from './rules/age.js';

/** Maps a user row to the GraphQL account, with today's minor status. */
export function toAccount(user: UserRow, now = new Date()): AccountModel {
  return {
    id: user.id,
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    name: user.name,
    birthYear: user.birthYear,
    isMinor: isMinor(user.birthYear, currentYear(now)),
    profileVisibility: user.profileVisibility,
    employerContact: user.employerContact,
    shareLocation: user.shareLocation,
    homePlaceId: user.homePlaceId,
    isAdmin: user.isAdmin,
    createdAt: user.createdAt,
  };
}
