import type { FakeReply, Handler } from '@test/fake-api';

import type { Viewer } from './viewer-context';

/** Creates a signed-in learner for tests, with `overrides` applied. */
export function viewerFixture(overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: 'user-1',
    name: 'Alex Rivera',
    email: 'alex@example.org',
    emailVerified: true,
    isMinor: false,
    isAdmin: false,
    memberships: [],
    ...overrides,
  };
}

/** A `Me` handler for `installFakeApi` that returns `viewer`. */
export function meHandler(viewer: Viewer | null): Handler {
  return () => ({ body: { data: { me: viewer } } });
}

interface ErrorExtensions {
  code: string;
  field?: string;
  retryAfterSeconds?: number;
  reason?: string;
  problems?: { field: string; message: string }[];
}

/** Creates a reply with one GraphQL error, such as BAD_USER_INPUT on a field. */
export function errorReply(
  message: string,
  extensions: ErrorExtensions,
): FakeReply {
  const body = { data: null, errors: [{ message, extensions }] };

  return { body };
}
