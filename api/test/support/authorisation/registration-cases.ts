import { type MutationCase, rows } from './case.js';
import { createRegistration, createSession, hoursFromNow } from './records.js';
import { SIGNED_IN, type World } from './world.js';

/** Owners and awarders of provider P, and admins. Editors may not mark attendance. */
const ATTENDANCE_MARKERS = ['owner', 'awarder', 'admin'] as const;

function registrationState(world: World, sessionId: string) {
  return () =>
    rows(
      world,
      `SELECT user_id, status, attendance FROM registrations
        WHERE session_id = $1 ORDER BY id`,
      [sessionId],
    );
}

export const REGISTRATION_CASES: MutationCase[] = [
  {
    mutation: 'registerForSession',
    document: `mutation ($input: RegisterForSessionInput!) {
      registerForSession(input: $input) { id status }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world) {
      const sessionId = await createSession(world, hoursFromNow(48));

      return {
        variables: { input: { sessionId } },
        readState: registrationState(world, sessionId),
      };
    },
  },
  {
    // Each signed-in actor withdraws their own registration. The spec checks
    // withdrawing someone else's registration separately.
    mutation: 'withdrawRegistration',
    document: `mutation ($input: WithdrawRegistrationInput!) {
      withdrawRegistration(input: $input) { id status }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world, actor) {
      const sessionId = await createSession(world, hoursFromNow(48));
      const registrationId = await createRegistration(
        world,
        sessionId,
        actor.user?.id,
      );

      return {
        variables: { input: { registrationId } },
        readState: registrationState(world, sessionId),
      };
    },
  },
  {
    mutation: 'markAttendance',
    document: `mutation ($input: MarkAttendanceInput!) {
      markAttendance(input: $input) { id attendance }
    }`,
    target: 'provider',
    allowed: ATTENDANCE_MARKERS,
    async prepare(world) {
      const sessionId = await createSession(world, hoursFromNow(-1));
      const registrationId = await createRegistration(world, sessionId);

      return {
        variables: { input: { registrationId, attendance: 'ATTENDED' } },
        readState: registrationState(world, sessionId),
      };
    },
  },
  {
    mutation: 'markAllAttendance',
    document: `mutation ($input: MarkAllAttendanceInput!) {
      markAllAttendance(input: $input)
    }`,
    target: 'provider',
    allowed: ATTENDANCE_MARKERS,
    async prepare(world) {
      const sessionId = await createSession(world, hoursFromNow(-1));
      await createRegistration(world, sessionId);
      await createRegistration(world, sessionId);

      return {
        variables: { input: { sessionId, attendance: 'ABSENT' } },
        readState: registrationState(world, sessionId),
      };
    },
  },
];
