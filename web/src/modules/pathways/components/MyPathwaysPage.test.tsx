import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import { MyPathwaysPage } from './MyPathwaysPage';

function pathwayNode(
  id: string,
  title: string,
  progress: { metCount: number; complete: boolean; credential: string | null },
) {
  return {
    node: {
      id,
      title,
      description: `${title} description`,
      organisation: { id: 'org-1', name: 'Leura Library' },
      goalAchievement: {
        id: `goal-${id}`,
        name: `${title} goal`,
        imageUrl: '/x',
      },
      myProgress: {
        complete: progress.complete,
        metCount: progress.metCount,
        stepCount: 3,
        goalCredentialId: progress.credential,
      },
    },
  };
}

function page(edges: unknown[], endCursor: string | null) {
  return {
    body: {
      data: {
        myPathways: {
          edges,
          pageInfo: { hasNextPage: endCursor !== null, endCursor },
        },
      },
    },
  };
}

function renderMine() {
  return renderPage(<MyPathwaysPage />, { route: '/my/pathways' });
}

describe('MyPathwaysPage', () => {
  test('shows progress and goal of each pathway', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyPathways: (variables) =>
        variables.after === 'cursor-1'
          ? page(
              [
                pathwayNode('p3', 'Bush care', {
                  metCount: 0,
                  complete: false,
                  credential: null,
                }),
              ],
              null,
            )
          : page(
              [
                pathwayNode('p1', 'Repair café', {
                  metCount: 1,
                  complete: false,
                  credential: null,
                }),
                pathwayNode('p2', 'First aid', {
                  metCount: 3,
                  complete: true,
                  credential: 'cred-7',
                }),
              ],
              'cursor-1',
            ),
    });
    renderMine();

    const repair = (
      await screen.findByRole('link', { name: 'Repair café' })
    ).closest('li')!;
    expect(
      within(repair).getByRole('link', { name: 'Repair café' }),
    ).toHaveAttribute('href', '/pathways/p1');
    expect(repair).toHaveTextContent('1 of 3 steps met');
    expect(repair).toHaveTextContent(
      'Goal badge Repair café goal not received yet',
    );
    const firstAid = screen
      .getByRole('link', { name: 'First aid' })
      .closest('li')!;
    expect(firstAid).toHaveTextContent('3 of 3 steps met');
    expect(firstAid).toHaveTextContent('Goal badge First aid goal received');
    expect(
      within(firstAid).getByRole('link', { name: 'See the badge' }),
    ).toHaveAttribute('href', '/badges/cred-7');

    await user.click(screen.getByRole('button', { name: 'More pathways' }));

    expect(
      await screen.findByRole('link', { name: 'Bush care' }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('link', { name: /Repair café|First aid|Bush care/ }),
    ).toHaveLength(3);
    expect(api.requestsFor('MyPathways').at(-1)!.variables.after).toBe(
      'cursor-1',
    );
    expect(
      screen.queryByRole('button', { name: 'More pathways' }),
    ).not.toBeInTheDocument();
  });

  test('links to all pathways when none are followed', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      MyPathways: () => page([], null),
    });
    renderMine();

    expect(
      await screen.findByText('You do not follow any pathways yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Find a pathway to follow' }),
    ).toHaveAttribute('href', '/pathways');
  });

  test('offers a retry when loading fails', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      MyPathways: () => ({
        status: 500,
        body: { errors: [{ message: 'boom' }] },
      }),
    });
    renderMine();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The pathways could not be loaded.',
    );
    expect(
      screen.getByRole('button', { name: 'Try again' }),
    ).toBeInTheDocument();
  });
});
