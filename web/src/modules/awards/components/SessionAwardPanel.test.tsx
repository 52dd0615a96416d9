import { installFakeApi } from '@test/fake-api';
import { renderWithApp } from '@test/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { SessionAwardPanel } from './SessionAwardPanel';

const ROWS = [
  {
    id: 'r-1',
    status: 'REGISTERED',
    attendance: 'ATTENDED',
    learner: { name: 'Ana' },
  },
  {
    id: 'r-2',
    status: 'REGISTERED',
    attendance: 'ABSENT',
    learner: { name: 'Ben' },
  },
  { id: 'r-3', status: 'WITHDRAWN', attendance: null, learner: { name: 'Cy' } },
] as const;

function renderPanel() {
  return renderWithApp(
    <MemoryRouter>
      <SessionAwardPanel
        sessionId="s-1"
        rows={ROWS}
        attendanceOf={(row) => row.attendance}
      />
    </MemoryRouter>,
  );
}

function withBadge(achievement: unknown) {
  return () => ({
    body: {
      data: {
        sessionRegistrations: {
          opportunity: { id: 'opp-1', provider: { id: 'org-1' }, achievement },
        },
      },
    },
  });
}

describe('SessionAwardPanel', () => {
  test('awards an attended learner', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      SessionAchievement: withBadge({
        id: 'ach-1',
        name: 'Weed Warrior',
        archived: false,
      }),
      AwardBadge: () => ({
        body: { data: { awardBadge: { id: 'c-1', publicUrl: 'x' } } },
      }),
    });
    renderPanel();

    expect(
      await screen.findByRole('heading', { name: 'Award Weed Warrior' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /to Ben/ })).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'Award badge to Ana' }),
    );

    expect(
      await screen.findByRole('link', { name: "View Ana's badge" }),
    ).toHaveAttribute('href', '/badges/c-1');
    expect(api.requestsFor('AwardBadge')[0]?.variables.input).toMatchObject({
      achievementId: 'ach-1',
      registrationId: 'r-1',
    });
  });

  test('shows the badge instead of the button once awarded', async () => {
    const rows = [
      ...ROWS,
      {
        id: 'r-4',
        status: 'REGISTERED',
        attendance: 'ATTENDED',
        learner: { name: 'Dee' },
      },
    ] as const;
    const api = installFakeApi({
      SessionAchievement: withBadge({
        id: 'ach-1',
        name: 'Weed Warrior',
        archived: false,
      }),
      SessionAwards: () => ({
        body: {
          data: {
            sessionAwards: [
              { registrationId: 'r-1', credentialId: 'c-9', status: 'ACTIVE' },
              { registrationId: 'r-4', credentialId: 'c-8', status: 'REVOKED' },
            ],
          },
        },
      }),
    });
    renderWithApp(
      <MemoryRouter>
        <SessionAwardPanel
          sessionId="s-1"
          rows={rows}
          attendanceOf={(row) => row.attendance}
        />
      </MemoryRouter>,
    );

    expect(
      await screen.findByRole('link', { name: "View Ana's badge" }),
    ).toHaveAttribute('href', '/badges/c-9');
    expect(screen.getByText(/Revoked: this attendance/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Award badge to/ })).toBeNull();
    expect(api.requestsFor('SessionAwards')[0]?.variables).toEqual({
      sessionId: 's-1',
      achievementId: 'ach-1',
    });
  });

  test('awards everyone who attended in bulk', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      SessionAchievement: withBadge({
        id: 'ach-1',
        name: 'Weed Warrior',
        archived: false,
      }),
      StartBulkAward: () => ({
        body: {
          data: {
            startBulkAward: {
              id: 'job-1',
              status: 'FINISHED',
              total: 1,
              succeeded: 1,
              failed: 0,
              failures: [],
            },
          },
        },
      }),
    });
    renderPanel();

    await user.click(
      await screen.findByRole('button', {
        name: 'Award to everyone who attended',
      }),
    );

    expect(
      await screen.findByText('Finished: 1 awarded, 0 not awarded.'),
    ).toBeVisible();
    expect(api.requestsFor('StartBulkAward')[0]?.variables.input).toMatchObject(
      {
        achievementId: 'ach-1',
        sessionId: 's-1',
      },
    );
  });

  test('says when the listing awards no badge', async () => {
    installFakeApi();
    renderPanel();

    expect(
      await screen.findByText(/This listing awards no badge/),
    ).toBeVisible();
  });
});
