import { jest } from '@jest/globals';
import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { ListingFieldsFragment } from '@/gql/graphql';
import { ListingForm } from '@/modules/listings/components/ListingForm';

import { ORGANISATION_ID } from '../badge-fixtures';

const LISTING = {
  __typename: 'Opportunity',
  id: 'opp-9',
  title: 'Coding Club',
  summary: 'Learn to build websites with friends.',
  description: '',
  kind: 'WORKSHOP',
  mode: 'ONLINE',
  location: null,
  venueName: null,
  venueAddress: null,
  cost: { amountMinor: null, currency: null, free: true },
  minAge: null,
  maxAge: null,
  capacity: null,
  accessibilitySupport: [],
  accessibilityInformation: null,
  sdgs: [],
  skills: [],
  sessions: [],
  status: 'DRAFT',
  moderationNote: null,
  updatedAt: '2027-01-01T00:00:00.000Z',
  viewerCanEdit: true,
  achievement: { id: 'ach-old', name: 'Retired Badge' },
  provider: { id: ORGANISATION_ID, name: 'Blue Mountains Youth Hub' },
} as unknown as ListingFieldsFragment;

function choices() {
  return {
    body: {
      data: {
        organisationAchievements: {
          totalCount: 2,
          edges: [
            { node: { id: 'ach-1', name: 'Web Builder', archived: false } },
            { node: { id: 'ach-2', name: 'Archived One', archived: true } },
          ],
        },
      },
    },
  };
}

describe('Listing form badge select', () => {
  test('shows the current badge and saves a new choice', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      BadgeChoices: choices,
      UpdateOpportunity: () => ({
        body: { data: { updateOpportunity: LISTING } },
      }),
    });
    renderPage(
      <ListingForm
        organisationId={ORGANISATION_ID}
        listing={LISTING}
        onSaved={jest.fn()}
      />,
    );
    const select = screen.getByRole('combobox', {
      name: 'Badge earned (optional)',
    });

    expect(select).toHaveValue('ach-old');
    await screen.findByRole('option', { name: 'Web Builder' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No badge', 'Retired Badge', 'Web Builder']);
    expect(api.requestsFor('BadgeChoices')[0]?.variables).toEqual({
      organisationId: ORGANISATION_ID,
      first: 100,
    });

    await user.selectOptions(select, 'ach-1');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() =>
      expect(
        api.requestsFor('UpdateOpportunity')[0]?.variables.input,
      ).toMatchObject({ listing: { achievementId: 'ach-1' } }),
    );
  });
});
