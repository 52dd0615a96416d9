import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import { AwardPage } from './AwardPage';

const ACHIEVEMENT = {
  id: 'ach-1',
  name: 'Weed Warrior',
  archived: false,
  imageUrl: 'http://localhost:3000/api/achievements/ach-1/image',
  organisation: { id: 'org-1', name: 'Bushcare Katoomba' },
};

const CODE = {
  id: 'code-1',
  code: 'ABCD-EFGH-JK',
  claimUrl: 'http://localhost:3000/claim/ABCD-EFGH-JK',
  qrCodeSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  expiresAt: '2026-12-31T12:59:59.000Z',
  maxRedemptions: 30,
  redemptionCount: 2,
  revoked: false,
};

function job(status: string, succeeded: number, failures: unknown[] = []) {
  return {
    id: 'job-1',
    status,
    total: 3,
    succeeded,
    failed: failures.length,
    failures,
  };
}

function install(overrides = {}) {
  return installFakeApi({
    Me: meHandler(viewerFixture()),
    AwardAchievement: () => ({ body: { data: { achievement: ACHIEVEMENT } } }),
    AchievementClaimCodes: () => ({
      body: { data: { achievementClaimCodes: [CODE] } },
    }),
    ...overrides,
  });
}

function renderAwardPage() {
  return renderPage(<AwardPage />, {
    route: '/achievements/ach-1/award',
    path: '/achievements/:achievementId/award',
  });
}

describe('AwardPage', () => {
  test('awards one address with a narrative and a link', async () => {
    const user = userEvent.setup();
    const api = install({
      AwardBadge: () => ({
        body: {
          data: {
            awardBadge: { id: 'c-1', publicUrl: 'http://x/badges/c-1' },
          },
        },
      }),
    });
    renderAwardPage();

    expect(
      await screen.findByRole('heading', { name: 'Award Weed Warrior' }),
    ).toBeVisible();
    await user.type(
      screen.getByLabelText('E-mail addresses'),
      'Ana@Example.org',
    );
    await user.type(screen.getByLabelText(/Narrative/), 'Cleared the creek.');
    await user.type(
      screen.getByLabelText(/Or a link/),
      'https://example.org/photos',
    );
    await user.click(
      screen.getByRole('button', { name: 'Award to 1 address' }),
    );

    expect(
      await screen.findByRole('link', { name: 'View the badge' }),
    ).toHaveAttribute('href', '/badges/c-1');
    const input = api.requestsFor('AwardBadge')[0]?.variables.input as Record<
      string,
      unknown
    >;
    expect(input).toMatchObject({
      achievementId: 'ach-1',
      email: 'ana@example.org',
      narrative: 'Cleared the creek.',
      evidence: [{ url: 'https://example.org/photos', name: null }],
    });
    expect(String(input.idempotencyKey)).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('awards a pasted list in bulk and shows progress and failures', async () => {
    const user = userEvent.setup();
    let polls = 0;
    const api = install({
      StartBulkAward: () => ({
        body: { data: { startBulkAward: job('RUNNING', 0) } },
      }),
      AwardJob: () => {
        polls += 1;

        return {
          body: {
            data: {
              awardJob:
                polls === 1
                  ? job('RUNNING', 1)
                  : job('FINISHED', 2, [
                      {
                        recipient: 'c@example.org',
                        code: 'ALREADY_AWARDED',
                        message: 'c@example.org already has "Weed Warrior".',
                      },
                    ]),
            },
          },
        };
      },
    });
    renderAwardPage();

    await user.type(
      await screen.findByLabelText('E-mail addresses'),
      'a@example.org, b@example.org{enter}c@example.org',
    );
    await user.click(
      screen.getByRole('button', { name: 'Award to 3 addresses' }),
    );

    expect(
      await screen.findByText('1 of 3 done…', {}, { timeout: 3000 }),
    ).toBeVisible();
    expect(
      await screen.findByText(
        'Finished: 2 awarded, 1 not awarded.',
        {},
        { timeout: 3000 },
      ),
    ).toBeVisible();
    const failures = screen.getByRole('heading', { name: 'Not awarded' })
      .nextElementSibling as HTMLElement;
    expect(within(failures).getByRole('listitem')).toHaveTextContent(
      'c@example.org: Already awarded',
    );
    expect(api.requestsFor('StartBulkAward')[0]?.variables.input).toMatchObject(
      {
        emails: ['a@example.org', 'b@example.org', 'c@example.org'],
      },
    );
  });

  test('shows why awarding failed', async () => {
    const user = userEvent.setup();
    install({
      AwardBadge: () =>
        errorReply('nobody@example.org already has "Weed Warrior".', {
          code: 'CONFLICT',
        }),
    });
    renderAwardPage();

    await user.type(
      await screen.findByLabelText('E-mail addresses'),
      'nobody@example.org',
    );
    await user.click(
      screen.getByRole('button', { name: 'Award to 1 address' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'nobody@example.org already has "Weed Warrior".',
    );
  });

  test('lists claim codes with their QR code and creates one', async () => {
    const user = userEvent.setup();
    const api = install({
      CreateClaimCode: () => ({
        body: {
          data: {
            createClaimCode: { ...CODE, id: 'code-2', code: 'MNPQ-RSTU-VW' },
          },
        },
      }),
    });
    renderAwardPage();

    expect(await screen.findByText('ABCD-EFGH-JK')).toBeVisible();
    expect(
      screen.getByRole('img', {
        name: 'QR code linking to http://localhost:3000/claim/ABCD-EFGH-JK',
      }),
    ).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/));
    expect(screen.getByText(/Claimed 2 of 30 times/)).toBeVisible();
    await user.type(screen.getByLabelText(/Most claims/), '50');
    await user.click(screen.getByRole('button', { name: 'Create claim code' }));

    expect(await screen.findByText('MNPQ-RSTU-VW')).toBeVisible();
    expect(
      api.requestsFor('CreateClaimCode')[0]?.variables.input,
    ).toMatchObject({
      achievementId: 'ach-1',
      maxRedemptions: 50,
    });
  });

  test('revokes a code after confirming', async () => {
    const user = userEvent.setup();
    install({
      RevokeClaimCode: () => ({
        body: { data: { revokeClaimCode: { ...CODE, revoked: true } } },
      }),
    });
    renderAwardPage();

    expect(
      await screen.findByRole('button', {
        name: 'Show code ABCD-EFGH-JK large',
      }),
    ).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'Revoke code ABCD-EFGH-JK' }),
    );
    await user.click(screen.getByRole('button', { name: 'Revoke code' }));

    await waitFor(() =>
      expect(screen.getByText(/this code no longer works/)).toBeVisible(),
    );
  });

  test('says when the badge does not exist', async () => {
    install({
      AwardAchievement: () =>
        errorReply('No achievement.', { code: 'NOT_FOUND' }),
    });
    renderAwardPage();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This badge does not exist.',
    );
  });
});
