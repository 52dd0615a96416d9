import { type Handler, installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import {
  contextReply,
  credentialsReply,
  issuedBadge,
  ORGANISATION_ID,
} from '../testing';
import { IssuedBadgesPage } from './IssuedBadgesPage';

function renderIssued(
  route = `/organisations/${ORGANISATION_ID}/issued-badges`,
) {
  return renderPage(<IssuedBadgesPage />, {
    route,
    path: '/organisations/:organisationId/issued-badges',
  });
}

function install(overrides: Record<string, Handler> = {}) {
  return installFakeApi({
    Me: meHandler(viewerFixture()),
    IssuedBadgesContext: () => contextReply('OWNER'),
    OrganisationCredentials: () => credentialsReply([issuedBadge()]),
    ...overrides,
  });
}

async function row(name = 'Lee Learner (lee@example.org)') {
  return screen.findByRole('listitem', { name });
}

describe('IssuedBadgesPage', () => {
  test('lists recipient, badge, date, status', async () => {
    const api = install();
    renderIssued();

    const item = await row();
    expect(within(item).getByText('Badge: Weed Warrior')).toBeVisible();
    expect(within(item).getByText('Issued on Mar 14, 2026')).toBeVisible();
    expect(within(item).getByText('Active')).toBeVisible();
    expect(
      within(item).getByRole('link', {
        name: 'View the badge of Lee Learner (lee@example.org)',
      }),
    ).toHaveAttribute('href', '/badges/cred-1');
    expect(document.title).toBe('Issued badges – Learnscape');
    expect(
      await screen.findByRole('link', { name: 'Back to Bushcare Katoomba' }),
    ).toHaveAttribute('href', `/organisations/${ORGANISATION_ID}?tab=badges`);
    expect(api.requestsFor('OrganisationCredentials')[0]?.variables).toEqual({
      organisationId: ORGANISATION_ID,
      achievementId: null,
      first: 20,
      after: null,
    });
  });

  test('filters by badge', async () => {
    const user = userEvent.setup();
    const api = install({
      OrganisationCredentials: (variables) =>
        credentialsReply(
          variables.achievementId === 'ach-2'
            ? []
            : [issuedBadge({ recipientName: null })],
        ),
    });
    renderIssued(
      `/organisations/${ORGANISATION_ID}/issued-badges?achievement=ach-1`,
    );

    expect(await row('lee@example.org')).toBeVisible();
    const select = await screen.findByLabelText('Badge');
    expect(select).toHaveValue('ach-1');
    await user.selectOptions(select, 'Trail Mapper');

    expect(await screen.findByText('No one has this badge yet.')).toBeVisible();
    expect(currentPath()).toBe(
      `/organisations/${ORGANISATION_ID}/issued-badges?achievement=ach-2`,
    );
    expect(
      api
        .requestsFor('OrganisationCredentials')
        .map((request) => request.variables.achievementId),
    ).toEqual(['ach-1', 'ach-2']);
  });

  test('shows loading, error, empty states', async () => {
    const user = userEvent.setup();
    let calls = 0;
    install({
      OrganisationCredentials: () => {
        calls += 1;

        return calls === 1
          ? { status: 500, body: { errors: [{ message: 'boom' }] } }
          : credentialsReply([]);
      },
    });
    renderIssued();

    expect(screen.getByText('Loading the issued badges…')).toBeVisible();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The issued badges could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: /try again/i }));

    expect(await screen.findByText(/No badges issued yet/)).toBeVisible();
  });

  test('shows the refusal message', async () => {
    install({
      OrganisationCredentials: () =>
        errorReply('Only members of Bushcare Katoomba can see its badges.', {
          code: 'FORBIDDEN',
        }),
    });
    renderIssued();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only members of Bushcare Katoomba can see its badges.',
    );
  });

  test('loads more after the cursor', async () => {
    const user = userEvent.setup();
    const api = install({
      OrganisationCredentials: (variables) =>
        variables.after === null
          ? credentialsReply([issuedBadge()], {
              totalCount: 2,
              hasNextPage: true,
            })
          : credentialsReply(
              [issuedBadge({ id: 'cred-2', recipientName: 'Sam Stone' })],
              { totalCount: 2, start: 1 },
            ),
    });
    renderIssued();

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await row('Sam Stone (lee@example.org)')).toBeVisible();
    expect(api.requestsFor('OrganisationCredentials')[1]?.variables.after).toBe(
      'cursor:0',
    );
  });

  test('editors cannot change statuses', async () => {
    install({ IssuedBadgesContext: () => contextReply('EDITOR') });
    renderIssued();

    const item = await row();
    await screen.findByRole('link', { name: 'Back to Bushcare Katoomba' });
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
  });
});
