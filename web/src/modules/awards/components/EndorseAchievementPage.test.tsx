import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import { EndorseAchievementPage } from './EndorseAchievementPage';

const ACHIEVEMENT = {
  id: 'ach-1',
  name: 'Weed Warrior',
  archived: false,
  imageUrl: 'http://localhost:3000/api/achievements/ach-1/image',
  organisation: { id: 'org-1', name: 'Bushcare Katoomba' },
};

const COUNCIL = {
  role: 'EDITOR' as const,
  organisation: {
    id: 'council-1',
    name: 'Blue Mountains City Council',
    kind: 'COUNCIL' as const,
  },
};

function renderEndorse() {
  return renderPage(<EndorseAchievementPage />, {
    route: '/achievements/ach-1/endorse',
    path: '/achievements/:achievementId/endorse',
  });
}

describe('EndorseAchievementPage', () => {
  test('endorses as the viewer council with a comment', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture({ memberships: [COUNCIL] })),
      AwardAchievement: () => ({
        body: { data: { achievement: ACHIEVEMENT } },
      }),
      EndorseAchievement: () => ({
        body: { data: { endorseAchievement: { id: 'e-1', comment: 'Good.' } } },
      }),
    });
    renderEndorse();

    await user.type(await screen.findByLabelText('Comment'), 'Good.');
    await user.click(screen.getByRole('button', { name: 'Endorse' }));

    expect(await screen.findByText('You endorsed Weed Warrior.')).toBeVisible();
    expect(api.requestsFor('EndorseAchievement')[0]?.variables).toEqual({
      input: {
        organisationId: 'council-1',
        achievementId: 'ach-1',
        comment: 'Good.',
      },
    });
  });

  test('tells other viewers that only councils endorse', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      AwardAchievement: () => ({
        body: { data: { achievement: ACHIEVEMENT } },
      }),
    });
    renderEndorse();

    expect(
      await screen.findByText(/Only owners and editors of a council/),
    ).toBeVisible();
  });
});
