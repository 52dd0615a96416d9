import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { errorReply } from '@/modules/accounts/testing';

import { badgesReply, ORGANISATION_ID, storedBadge } from '../badge-fixtures';
import { BadgesTab } from './BadgesTab';

function renderTab(canEdit: boolean) {
  renderPage(<BadgesTab organisationId={ORGANISATION_ID} canEdit={canEdit} />);
}

describe('BadgesTab', () => {
  test('lists designs with image, type, goals and archived marker', async () => {
    const api = installFakeApi({
      OrganisationAchievements: () =>
        badgesReply([
          storedBadge(),
          storedBadge({ id: 'ach-2', name: 'Old Badge', archived: true }),
        ]),
    });
    renderTab(true);

    const list = await screen.findByRole('list', {
      name: 'Badges of the organisation',
    });
    expect(
      within(list).getByRole('img', {
        name: 'Badge image: Climate Action Starter',
      }),
    ).toHaveAttribute('src', storedBadge().imageUrl);
    expect(
      within(list).getByRole('link', { name: 'Climate Action Starter' }),
    ).toHaveAttribute('href', '/achievements/ach-1/edit');
    expect(within(list).getAllByText('Type: Badge')).toHaveLength(2);
    expect(within(list).getAllByText('Goal 13: Climate action')).toHaveLength(
      2,
    );
    expect(within(list).getByText('Archived')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Design a badge' }),
    ).toHaveAttribute('href', `/organisations/${ORGANISATION_ID}/badges/new`);
    expect(api.requestsFor('OrganisationAchievements')[0]?.variables).toEqual({
      organisationId: ORGANISATION_ID,
      includeArchived: true,
      first: 20,
      after: null,
    });
  });

  test('members who cannot design see names without links', async () => {
    installFakeApi({
      OrganisationAchievements: () => badgesReply([storedBadge()]),
    });
    renderTab(false);

    expect(await screen.findByText('Climate Action Starter')).toBeVisible();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  test('shows the empty state', async () => {
    installFakeApi({ OrganisationAchievements: () => badgesReply([]) });
    renderTab(true);

    expect(await screen.findByText(/No badges yet/)).toBeInTheDocument();
  });

  test('shows loading, then an error with retry', async () => {
    const user = userEvent.setup();
    let calls = 0;
    installFakeApi({
      OrganisationAchievements: () => {
        calls += 1;

        return calls === 1
          ? { status: 500, body: { errors: [{ message: 'boom' }] } }
          : badgesReply([storedBadge()]);
      },
    });
    renderTab(true);

    expect(screen.getByText('Loading the badges…')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The badges could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: /try again/i }));

    expect(await screen.findByText('Climate Action Starter')).toBeVisible();
  });

  test('loads more after the end cursor', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      OrganisationAchievements: (variables) =>
        variables.after === null
          ? badgesReply([storedBadge()], { totalCount: 2, hasNextPage: true })
          : badgesReply([storedBadge({ id: 'ach-2', name: 'Second' })], {
              totalCount: 2,
              start: 1,
            }),
    });
    renderTab(true);

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Second')).toBeVisible();
    expect(
      api.requestsFor('OrganisationAchievements')[1]?.variables.after,
    ).toBe('cursor:0');
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  test('a refused load shows the API message', async () => {
    installFakeApi({
      OrganisationAchievements: () =>
        errorReply('Organisation org-1 was not found.', { code: 'NOT_FOUND' }),
    });
    renderTab(true);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Organisation org-1 was not found.',
    );
  });
});
