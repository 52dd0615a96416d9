/**
 * Providers check people in as they arrive, so attendance can be marked
 * from this long before a session starts.
 */
export const ATTENDANCE_OPENS_BEFORE_MS = 60 * 60 * 1000;

/** When marking attendance at a session becomes possible. */
export function attendanceOpensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - ATTENDANCE_OPENS_BEFORE_MS);
}
