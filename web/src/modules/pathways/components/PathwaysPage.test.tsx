import { installFakeApi } from '@test/fake-api';
import { flushRequests, renderPage } from '@test/render';
import { screen } from '@testing-library/react';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import { PathwaysPage } from './PathwaysPage';

const NO_PATHWAYS = () => ({
  body: {
    data: {
      pathways: {
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      },
    },
  },
});

describe('PathwaysPage', () => {
  test('links signed-in learners to theirs', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      PathwaysNear: NO_PATHWAYS,
    });
    renderPage(<PathwaysPage />, { route: '/pathways' });

    expect(
      await screen.findByRole('link', { name: 'Pathways you follow' }),
    ).toHaveAttribute('href', '/my/pathways');
  });

  test('shows no such link when signed out', async () => {
    installFakeApi({ PathwaysNear: NO_PATHWAYS });
    renderPage(<PathwaysPage />, { route: '/pathways' });

    expect(
      await screen.findByText('No pathways are published yet.'),
    ).toBeInTheDocument();
    await flushRequests();
    expect(
      screen.queryByRole('link', { name: 'Pathways you follow' }),
    ).not.toBeInTheDocument();
  });
});
