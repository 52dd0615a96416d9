import { OPPORTUNITY_KINDS } from '../opportunities/seed-rows.js';
import { Random } from '../random/random.js';
import { localDateTimeAt } from '../time/zoned-time.js';
import { PLANNING_HORIZON_DAYS, planSessions } from './session-plan.js';

const NOW = new Date('2026-01-20T03:00:00Z');
const DAY_MS = 86_400_000;
const ZONES = ['Australia/Sydney', 'Europe/London', 'Pacific/Auckland'];

describe('planSessions', () => {
  it.each(OPPORTUNITY_KINDS)('plans 1-6 future %s sessions', (kind) => {
    const random = new Random(31);
    for (let run = 0; run < 200; run += 1) {
      const timeZone = ZONES[run % ZONES.length] as string;
      const sessions = planSessions(kind, NOW, timeZone, random);
      const horizon = NOW.getTime() + PLANNING_HORIZON_DAYS * DAY_MS;

      expect(sessions.length).toBeGreaterThanOrEqual(1);
      expect(sessions.length).toBeLessThanOrEqual(6);
      for (const session of sessions) {
        expect(session.startsAt.getTime()).toBeGreaterThan(
          NOW.getTime() + DAY_MS,
        );
        expect(session.startsAt.getTime()).toBeLessThan(horizon);
        expect(session.endsAt.getTime()).toBeGreaterThan(
          session.startsAt.getTime(),
        );
      }
    }
  });

  it('starts at the planned local time in the zone', () => {
    const random = new Random(37);
    for (let run = 0; run < 100; run += 1) {
      for (const session of planSessions(
        'course',
        NOW,
        'Europe/London',
        random,
      )) {
        const local = localDateTimeAt(session.startsAt, 'Europe/London');

        expect(local).toMatchObject(session.localStart);
        expect(['17:30', '10:00']).toContain(
          `${local.hour}:${String(local.minute).padStart(2, '0')}`,
        );
      }
    }
  });

  it('keeps sessions in daytime and evening hours', () => {
    const random = new Random(41);
    for (const kind of OPPORTUNITY_KINDS) {
      for (const session of planSessions(
        kind,
        NOW,
        'Australia/Sydney',
        random,
      )) {
        expect(session.localStart.hour).toBeGreaterThanOrEqual(8);
        expect(session.localEnd.hour).toBeLessThanOrEqual(21);
      }
    }
  });

  it('places work experience on consecutive weekdays', () => {
    const random = new Random(43);
    for (let run = 0; run < 50; run += 1) {
      const sessions = planSessions(
        'work_experience',
        NOW,
        'Europe/London',
        random,
      );
      const weekdays = sessions.map((session) =>
        new Date(
          Date.UTC(
            session.localStart.year,
            session.localStart.month - 1,
            session.localStart.day,
          ),
        ).getUTCDay(),
      );

      expect(weekdays).toEqual([1, 2, 3, 4, 5].slice(0, sessions.length));
    }
  });

  it('repeats the plan for the same seed', () => {
    const plan = () =>
      planSessions('mentoring', NOW, 'Australia/Sydney', new Random(47));

    expect(plan()).toEqual(plan());
  });
});
