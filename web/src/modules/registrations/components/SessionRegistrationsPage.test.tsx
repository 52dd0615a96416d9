import { type Handler, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import {
  connectionReply,
  daysFromNow,
  type SessionFixture,
  sessionFixture,
} from '../testing';
import { SessionRegistrationsPage } from './SessionRegistrationsPage';

const SESSION_ID = 'session-7';
const HOUR_MS = 60 * 60 * 1000;

const OPPORTUNITY = { id: 'opp-03', title: 'Youth Radio Studio' };

/**
 * Builds the session of the connection starting `startsInDays` from now,
 * with attendance opening an hour before, as the API sets it.
 */
function sessionStarting(
  startsInDays: number,
  overrides: Partial<SessionFixture> = {},
) {
  const session: SessionFixture = sessionFixture(SESSION_ID, startsInDays, {
    capacity: 2,
    registeredCount: 2,
    waitlistCount: 1,
    placesLeft: 0,
    ...overrides,
  });
  delete session.viewerRegistration;

  return {
    ...session,
    attendanceOpensAt: new Date(
      Date.parse(session.startsAt) - HOUR_MS,
    ).toISOString(),
  };
}

function learner(id: string, name: string) {
  return {
    id,
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
  };
}

const ROWS = [
  {
    id: 'reg-1',
    status: 'REGISTERED',
    attendance: null,
    waitlistPosition: null,
    createdAt: daysFromNow(-5),
    learner: learner('u-1', 'Sam Lee'),
  },
  {
    id: 'reg-2',
    status: 'REGISTERED',
    attendance: 'ABSENT',
    waitlistPosition: null,
    createdAt: daysFromNow(-4),
    learner: learner('u-2', 'Ria Patel'),
  },
  {
    id: 'reg-3',
    status: 'WAITLISTED',
    attendance: null,
    waitlistPosition: 1,
    createdAt: daysFromNow(-3),
    learner: learner('u-3', 'Jo Smith'),
  },
];

function registrationsReply(
  session: ReturnType<typeof sessionStarting>,
  rows: typeof ROWS = ROWS,
  options: Parameters<typeof connectionReply>[2] = {},
) {
  return connectionReply('sessionRegistrations', rows, {
    ...options,
    fields: { session, opportunity: OPPORTUNITY },
  });
}

function installApi(
  startsInDays: number,
  overrides: Record<string, Handler> = {},
) {
  return installFakeApi({
    Me: meHandler(viewerFixture()),
    SessionRegistrations: () =>
      registrationsReply(sessionStarting(startsInDays)),
    ...overrides,
  });
}

function renderRegistrations() {
  return renderPage(<SessionRegistrationsPage />, {
    route: `/sessions/${SESSION_ID}/registrations`,
    path: '/sessions/:sessionId/registrations',
  });
}

function countOf(label: string) {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling
    ?.textContent;
}

function attendanceOf(name: string) {
  return screen.getByRole('group', { name: `Attendance of ${name}` });
}

describe('SessionRegistrationsPage', () => {
  test('shows heading, counts, learners and CSV link', async () => {
    const api = installApi(-1);
    renderRegistrations();

    expect(
      await screen.findByRole('heading', {
        name: 'Registrations for Youth Radio Studio',
      }),
    ).toBeInTheDocument();
    expect(countOf('Registered')).toBe('2');
    expect(countOf('On the waiting list')).toBe('1');
    expect(countOf('Places')).toBe('2');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      `/api/sessions/${SESSION_ID}/registrations.csv`,
    );
    const table = screen.getByRole('table', { name: 'Learners' });
    const [, ...bodyRows] = within(table).getAllByRole('row');
    expect(bodyRows).toHaveLength(3);
    expect(bodyRows[0]).toHaveTextContent('Sam Lee');
    expect(bodyRows[0]).toHaveTextContent('sam@example.org');
    expect(bodyRows[2]).toHaveTextContent('Waiting list');
    expect(
      within(bodyRows[2]!).getByRole('cell', { name: '1' }),
    ).toBeInTheDocument();
    expect(
      within(attendanceOf('Ria Patel')).getByRole('button', { name: 'Absent' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(api.requestsFor('SessionRegistrations')[0]?.variables).toEqual({
      sessionId: SESSION_ID,
      status: null,
      first: 50,
      after: null,
    });
  });

  test('status filter is sent', async () => {
    const user = userEvent.setup();
    const api = installApi(-1);
    renderRegistrations();
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Show'), 'Withdrawn');

    await waitFor(() =>
      expect(api.requestsFor('SessionRegistrations').at(-1)?.variables).toEqual(
        { sessionId: SESSION_ID, status: 'WITHDRAWN', first: 50, after: null },
      ),
    );
  });

  test('marks one learner attended', async () => {
    const user = userEvent.setup();
    const api = installApi(-1, {
      MarkAttendance: () => ({
        body: {
          data: { markAttendance: { id: 'reg-1', attendance: 'ATTENDED' } },
        },
      }),
    });
    renderRegistrations();
    await screen.findByRole('table');

    const attended = within(attendanceOf('Sam Lee')).getByRole('button', {
      name: 'Attended',
    });
    await user.click(attended);

    expect(attended).toHaveAttribute('aria-pressed', 'true');
    expect(api.requestsFor('MarkAttendance')[0]?.variables).toEqual({
      input: { registrationId: 'reg-1', attendance: 'ATTENDED' },
    });
    await waitFor(() =>
      expect(screen.getByText('Sam Lee marked attended')).toHaveAttribute(
        'role',
        'status',
      ),
    );
  });

  test('rolls back a mark that fails', async () => {
    const user = userEvent.setup();
    let reject: () => void = () => {};
    installApi(-1, {
      MarkAttendance: () =>
        new Promise((resolve) => {
          reject = () =>
            resolve(
              errorReply('Attendance can only be marked for this session.', {
                code: 'BAD_USER_INPUT',
              }),
            );
        }),
    });
    renderRegistrations();
    await screen.findByRole('table');
    const group = attendanceOf('Ria Patel');
    const attended = within(group).getByRole('button', { name: 'Attended' });

    await user.click(attended);
    expect(attended).toHaveAttribute('aria-pressed', 'true');
    reject();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Attendance of Ria Patel was not saved: Attendance can only be marked for this session.',
    );
    expect(attended).toHaveAttribute('aria-pressed', 'false');
    expect(
      within(group).getByRole('button', { name: 'Absent' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('marks everyone after confirming', async () => {
    const user = userEvent.setup();
    const api = installApi(-1, {
      MarkAllAttendance: () => ({ body: { data: { markAllAttendance: 2 } } }),
    });
    renderRegistrations();
    await screen.findByRole('table');

    await user.click(
      screen.getByRole('button', { name: 'Mark everyone attended' }),
    );
    expect(api.requestsFor('MarkAllAttendance')).toHaveLength(0);
    const confirm = screen.getByRole('group', {
      name: 'Mark all 2 registered learners as attended?',
    });
    await user.click(
      within(confirm).getByRole('button', { name: 'Yes, mark attended' }),
    );

    for (const name of ['Sam Lee', 'Ria Patel']) {
      expect(
        within(attendanceOf(name)).getByRole('button', { name: 'Attended' }),
      ).toHaveAttribute('aria-pressed', 'true');
    }
    expect(api.requestsFor('MarkAllAttendance')[0]?.variables).toEqual({
      input: { sessionId: SESSION_ID, attendance: 'ATTENDED' },
    });
    await waitFor(() =>
      expect(screen.getByText('2 learners marked attended')).toHaveAttribute(
        'role',
        'status',
      ),
    );
  });

  test('rolls back everyone when marking all fails', async () => {
    const user = userEvent.setup();
    installApi(-1, {
      MarkAllAttendance: () => ({
        status: 200,
        body: {
          errors: [
            { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        },
      }),
    });
    renderRegistrations();
    await screen.findByRole('table');

    await user.click(
      screen.getByRole('button', { name: 'Mark everyone attended' }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Yes, mark attended' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Attendance was not saved: Something went wrong on the server. Try again later.',
    );
    expect(
      within(attendanceOf('Sam Lee')).getByRole('button', { name: 'Attended' }),
    ).toHaveAttribute('aria-pressed', 'false');
    expect(
      within(attendanceOf('Ria Patel')).getByRole('button', { name: 'Absent' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('shows a session without registrations', async () => {
    const session = sessionStarting(3, {
      capacity: null,
      registeredCount: 0,
      waitlistCount: 0,
      placesLeft: null,
    });
    installApi(3, {
      SessionRegistrations: () => registrationsReply(session, []),
    });
    renderRegistrations();

    expect(
      await screen.findByText('No one has registered for this session yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: 'Registrations for Youth Radio Studio',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('time')).toHaveAttribute(
      'datetime',
      session.startsAt,
    );
    expect(countOf('Registered')).toBe('0');
    expect(countOf('On the waiting list')).toBe('0');
    expect(countOf('Places')).toBe('No limit');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  test('empty filter keeps the heading', async () => {
    const user = userEvent.setup();
    installApi(-1, {
      SessionRegistrations: (variables) =>
        registrationsReply(
          sessionStarting(-1),
          variables.status === 'WITHDRAWN' ? [] : ROWS,
        ),
    });
    renderRegistrations();
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Show'), 'Withdrawn');

    expect(
      await screen.findByText('No one matches this filter.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: 'Registrations for Youth Radio Studio',
      }),
    ).toBeInTheDocument();
    expect(countOf('Registered')).toBe('2');
  });

  test('disables marking before attendance opens', async () => {
    installApi(2);
    renderRegistrations();
    await screen.findByRole('table');

    const explanation = screen.getByText(/^Attendance can be marked from /);
    const markAll = screen.getByRole('button', {
      name: 'Mark everyone attended',
    });
    expect(markAll).toBeDisabled();
    expect(markAll).toHaveAccessibleDescription(explanation.textContent!);
    const attended = within(attendanceOf('Sam Lee')).getByRole('button', {
      name: 'Attended',
    });
    expect(attended).toBeDisabled();
    expect(attended).toHaveAccessibleDescription(explanation.textContent!);
  });

  test('enables marking an hour before the start', async () => {
    const startsAt = new Date(Date.now() + 30 * 60 * 1000).toISOString();
    installApi(0, {
      SessionRegistrations: () =>
        registrationsReply(
          sessionStarting(0, {
            startsAt,
            endsAt: new Date(Date.parse(startsAt) + 2 * HOUR_MS).toISOString(),
          }),
        ),
    });
    renderRegistrations();
    await screen.findByRole('table');

    expect(
      screen.queryByText(/^Attendance can be marked from /),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Mark everyone attended' }),
    ).toBeEnabled();
    expect(
      within(attendanceOf('Sam Lee')).getByRole('button', {
        name: 'Attended',
      }),
    ).toBeEnabled();
  });

  test('enables marking when attendance opens', async () => {
    // Attendance opens a second after the page loads.
    const startsAt = new Date(Date.now() + HOUR_MS + 1000).toISOString();
    installApi(0, {
      SessionRegistrations: () =>
        registrationsReply(
          sessionStarting(0, {
            startsAt,
            endsAt: new Date(Date.parse(startsAt) + HOUR_MS).toISOString(),
          }),
        ),
    });
    renderRegistrations();
    await screen.findByRole('table');
    const markAll = screen.getByRole('button', {
      name: 'Mark everyone attended',
    });
    expect(markAll).toBeDisabled();

    await waitFor(() => expect(markAll).toBeEnabled(), { timeout: 3000 });
    expect(
      screen.queryByText(/^Attendance can be marked from /),
    ).not.toBeInTheDocument();
  });

  test('forbidden viewer is told so', async () => {
    installApi(-1, {
      SessionRegistrations: () =>
        errorReply('Only members of the provider can see registrations.', {
          code: 'FORBIDDEN',
        }),
    });
    renderRegistrations();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "You do not have access to this session's registrations.",
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  test('load more appends the next page', async () => {
    const user = userEvent.setup();
    const session = sessionStarting(-1);
    const api = installApi(-1, {
      SessionRegistrations: (variables) =>
        variables.after === null
          ? registrationsReply(session, ROWS.slice(0, 2), {
              totalCount: 3,
              hasNextPage: true,
            })
          : registrationsReply(session, ROWS.slice(2), {
              start: 2,
              totalCount: 3,
            }),
    });
    renderRegistrations();
    await screen.findByText('Showing 2 of 3');

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Showing 3 of 3')).toBeInTheDocument();
    expect(screen.getByText('Jo Smith')).toBeInTheDocument();
    expect(api.requestsFor('SessionRegistrations').at(-1)?.variables).toEqual({
      sessionId: SESSION_ID,
      status: null,
      first: 50,
      after: 'cursor:1',
    });
  });
});
