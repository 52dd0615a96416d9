import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import { connectionReply, daysFromNow } from '../testing';
import { MyRegistrationsPage } from './MyRegistrationsPage';

function registration(
  id: string,
  title: string,
  days: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    id,
    status: 'REGISTERED',
    attendance: null,
    waitlistPosition: null,
    createdAt: daysFromNow(-10),
    session: {
      id: `session-${id}`,
      startsAt: daysFromNow(days, 0),
      endsAt: daysFromNow(days, 2),
      timeZone: 'Australia/Sydney',
    },
    opportunity: {
      id: `opp-${id}`,
      title,
      provider: { id: 'org-1', name: 'Blue Mountains City Library' },
    },
    ...overrides,
  };
}

const UPCOMING = [
  registration('r-1', 'Coding Club', 3),
  registration('r-2', 'Youth Radio Studio', 9, {
    status: 'WAITLISTED',
    waitlistPosition: 2,
  }),
];
const PAST = [
  registration('r-3', 'Bushcare Saturday', -7, { attendance: 'ATTENDED' }),
];

function renderMyRegistrations() {
  return renderPage(<MyRegistrationsPage />, { route: '/registrations' });
}

describe('MyRegistrationsPage', () => {
  test('upcoming tab lists registrations', async () => {
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyRegistrations: () => connectionReply('myRegistrations', UPCOMING),
    });
    renderMyRegistrations();

    const tab = screen.getByRole('tab', { name: 'Upcoming' });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Upcoming' });
    const items = await within(panel).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Coding Club');
    expect(items[0]).toHaveTextContent('By Blue Mountains City Library');
    expect(items[0]).toHaveTextContent('You are registered');
    expect(items[0]).toHaveTextContent(/GMT\+1[01]/);
    expect(items[1]).toHaveTextContent('You are number 2 on the waiting list');
    expect(api.requestsFor('MyRegistrations')[0]?.variables).toEqual({
      upcoming: true,
      first: 20,
      after: null,
    });
  });

  test('arrow key switches to past', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyRegistrations: (variables) =>
        connectionReply(
          'myRegistrations',
          variables.upcoming === true ? UPCOMING : PAST,
        ),
    });
    renderMyRegistrations();
    await screen.findByText('Coding Club');

    screen.getByRole('tab', { name: 'Upcoming' }).focus();
    await user.keyboard('{ArrowRight}');

    const past = screen.getByRole('tab', { name: 'Past' });
    expect(past).toHaveFocus();
    expect(past).toHaveAttribute('aria-selected', 'true');
    expect(past).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tab', { name: 'Upcoming' })).toHaveAttribute(
      'tabindex',
      '-1',
    );
    const panel = screen.getByRole('tabpanel', { name: 'Past' });
    const item = await within(panel).findByRole('listitem');
    expect(item).toHaveTextContent('Bushcare Saturday');
    expect(item).toHaveTextContent('Attended');
    expect(
      within(item).queryByRole('button', { name: 'Withdraw' }),
    ).not.toBeInTheDocument();
    expect(api.requestsFor('MyRegistrations').at(-1)?.variables).toEqual({
      upcoming: false,
      first: 20,
      after: null,
    });
  });

  test.each([
    ['Upcoming', 'You have no upcoming registrations.'],
    ['Past', 'You have no past registrations.'],
  ])('%s empty state links to map', async (tabName, message) => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(viewerFixture()),
      MyRegistrations: () => connectionReply('myRegistrations', []),
    });
    renderMyRegistrations();

    await user.click(screen.getByRole('tab', { name: tabName }));

    const panel = screen.getByRole('tabpanel', { name: tabName });
    expect(await within(panel).findByText(message)).toBeInTheDocument();
    expect(
      within(panel).getByRole('link', {
        name: 'Find opportunities on the map',
      }),
    ).toHaveAttribute('href', '/');
  });

  test('load more fetches the next page', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyRegistrations: (variables) =>
        variables.after === null
          ? connectionReply('myRegistrations', [UPCOMING[0]!], {
              totalCount: 2,
              hasNextPage: true,
            })
          : connectionReply('myRegistrations', [UPCOMING[1]!], {
              start: 1,
              totalCount: 2,
            }),
    });
    renderMyRegistrations();
    expect(await screen.findByText('Showing 1 of 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Showing 2 of 2')).toBeInTheDocument();
    expect(screen.getByText('Youth Radio Studio')).toBeInTheDocument();
    expect(api.requestsFor('MyRegistrations').at(-1)?.variables).toEqual({
      upcoming: true,
      first: 20,
      after: 'cursor:0',
    });
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  test('withdraw confirms, then withdraws', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyRegistrations: () => connectionReply('myRegistrations', UPCOMING),
      WithdrawRegistration: () => ({
        body: {
          data: {
            withdrawRegistration: {
              id: 'r-1',
              status: 'WITHDRAWN',
              waitlistPosition: null,
            },
          },
        },
      }),
    });
    renderMyRegistrations();
    const item = (await screen.findAllByRole('listitem'))[0]!;

    await user.click(within(item).getByRole('button', { name: 'Withdraw' }));
    expect(api.requestsFor('WithdrawRegistration')).toHaveLength(0);
    await user.click(
      within(item).getByRole('button', { name: 'Yes, withdraw' }),
    );

    await waitFor(() => expect(item).toHaveTextContent('You have withdrawn'));
    expect(
      screen.getByText('You have withdrawn from Coding Club.'),
    ).toHaveAttribute('role', 'status');
    expect(api.requestsFor('WithdrawRegistration')[0]?.variables).toEqual({
      input: { registrationId: 'r-1' },
    });
    expect(
      within(item).getByRole('heading', { name: 'Coding Club' }),
    ).toHaveFocus();
  });

  test('cancel keeps the registration', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyRegistrations: () => connectionReply('myRegistrations', UPCOMING),
    });
    renderMyRegistrations();
    const item = (await screen.findAllByRole('listitem'))[0]!;

    await user.click(within(item).getByRole('button', { name: 'Withdraw' }));
    await user.click(
      within(item).getByRole('button', { name: 'Keep my place' }),
    );

    expect(
      within(item).getByRole('button', { name: 'Withdraw' }),
    ).toHaveFocus();
    expect(api.requestsFor('WithdrawRegistration')).toHaveLength(0);
  });
});
