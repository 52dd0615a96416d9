import type { OpportunityKind } from '../opportunities/seed-rows.js';
import type { Random } from '../random/random.js';
import {
  addDays,
  dayOfWeek,
  type LocalDate,
  type LocalDateTime,
  localDateTimeAt,
  zonedTimeToUtc,
} from '../time/zoned-time.js';

/** One planned session: its wall-clock start and its instants. */
export interface PlannedSession {
  localStart: LocalDateTime;
  localEnd: LocalDateTime;
  startsAt: Date;
  endsAt: Date;
}

interface SessionPattern {
  minSessions: number;
  maxSessions: number;
  /** Days between sessions; 1 means consecutive weekdays. */
  gapsInDays: readonly number[];
  /** Days of the week a run can start on, 0 being Sunday. */
  weekdays: readonly number[];
  /** Start time and length in minutes, in local time. */
  slots: readonly (readonly [hour: number, minute: number, minutes: number])[];
}

const PATTERNS: Record<OpportunityKind, SessionPattern> = {
  workshop: {
    minSessions: 1,
    maxSessions: 2,
    gapsInDays: [7, 14],
    weekdays: [1, 2, 3, 4, 5, 6],
    slots: [
      [10, 0, 120],
      [13, 0, 150],
      [16, 0, 120],
    ],
  },
  mentoring: {
    minSessions: 3,
    maxSessions: 6,
    gapsInDays: [7, 14],
    weekdays: [1, 2, 3, 4],
    slots: [
      [16, 30, 60],
      [17, 30, 60],
    ],
  },
  work_experience: {
    minSessions: 1,
    maxSessions: 5,
    gapsInDays: [1],
    weekdays: [1],
    slots: [[9, 0, 360]],
  },
  event: {
    minSessions: 1,
    maxSessions: 1,
    gapsInDays: [7],
    weekdays: [3, 4, 5, 6],
    slots: [
      [18, 0, 150],
      [10, 0, 300],
    ],
  },
  course: {
    minSessions: 4,
    maxSessions: 6,
    gapsInDays: [7],
    weekdays: [1, 2, 3, 4, 6],
    slots: [
      [17, 30, 120],
      [10, 0, 180],
    ],
  },
  volunteering: {
    minSessions: 1,
    maxSessions: 4,
    gapsInDays: [7, 14],
    weekdays: [6, 0],
    slots: [
      [9, 0, 180],
      [8, 30, 240],
    ],
  },
  youth_cafe: {
    minSessions: 2,
    maxSessions: 6,
    gapsInDays: [7],
    weekdays: [2, 3, 4, 5],
    slots: [
      [15, 30, 150],
      [16, 0, 120],
    ],
  },
};

/** Sessions are planned this many days ahead of `now` at most. */
export const PLANNING_HORIZON_DAYS = 120;

/**
 * Plans 1-6 sessions of an opportunity at local times that suit its kind,
 * all starting at least a day after `now` and within the horizon.
 */
export function planSessions(
  kind: OpportunityKind,
  now: Date,
  timeZone: string,
  random: Random,
): PlannedSession[] {
  const pattern = PATTERNS[kind];
  const count = random.int(pattern.minSessions, pattern.maxSessions);
  const gap = random.pick(pattern.gapsInDays);
  const [hour, minute, minutes] = random.pick(pattern.slots);
  const dates = sessionDates(pattern, count, gap, now, timeZone, random);

  return dates.map((date) => {
    const localStart = { ...date, hour, minute };
    const startsAt = zonedTimeToUtc(localStart, timeZone);
    const endsAt = new Date(startsAt.getTime() + minutes * 60_000);

    return {
      localStart,
      localEnd: localDateTimeAt(endsAt, timeZone),
      startsAt,
      endsAt,
    };
  });
}

function sessionDates(
  pattern: SessionPattern,
  count: number,
  gap: number,
  now: Date,
  timeZone: string,
  random: Random,
): LocalDate[] {
  const today = localDateTimeAt(now, timeZone);
  // Leave room for the whole run, and a week to move to a chosen weekday.
  const span = gap === 1 ? count + 2 : (count - 1) * gap;
  const latestOffset = Math.max(2, PLANNING_HORIZON_DAYS - span - 7);
  let date = addDays(today, random.int(2, latestOffset));
  const weekday = random.pick(pattern.weekdays);
  date = addDays(date, (weekday - dayOfWeek(date) + 7) % 7);
  const dates: LocalDate[] = [];
  while (dates.length < count) {
    dates.push(date);
    date = addDays(date, gap);
    // Consecutive runs such as work experience skip the weekend.
    while (gap === 1 && (dayOfWeek(date) === 0 || dayOfWeek(date) === 6)) {
      date = addDays(date, 1);
    }
  }

  return dates;
}
