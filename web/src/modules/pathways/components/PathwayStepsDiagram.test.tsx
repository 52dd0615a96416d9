import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import { installFakeApi } from '../../../../test/fake-api';
import { renderPage } from '../../../../test/render';
import { PathwayDetailPage } from './PathwayDetailPage';

const PATHWAY = {
  id: 'pathway-1',
  title: 'Repair café',
  description: 'Fix things with neighbours.',
  status: 'PUBLISHED',
  ordered: true,
  followedByMe: false,
  sdgs: [{ number: 12, title: 'Responsible consumption and production' }],
  skills: [{ id: 'collaboration', name: 'Collaboration' }],
  organisation: { id: 'org-1', name: 'Leura Library', viewerRole: null },
  goalAchievement: { id: 'goal', name: 'Master repairer', imageUrl: '/x' },
  steps: [
    {
      id: 'step-1',
      position: 1,
      title: 'Basics',
      requiredCount: 1,
      options: [
        {
          achievementUri: 'https://x/1',
          issuerUri: null,
          name: null,
          achievement: { id: 'a1', name: 'Solder' },
        },
      ],
    },
    {
      id: 'step-2',
      position: 2,
      title: null,
      requiredCount: 2,
      options: ['Sew', 'Glue', 'Paint'].map((name) => ({
        achievementUri: `https://x/${name}`,
        issuerUri: 'did:web:makers.example.org',
        name,
        achievement: null,
      })),
    },
  ],
  myProgress: {
    complete: false,
    metCount: 0,
    stepCount: 2,
    goalCredentialId: null,
    steps: [
      {
        stepId: 'step-1',
        state: 'NOT_MET',
        heldCount: 0,
        waitingForStep: null,
        contributions: [],
      },
      {
        stepId: 'step-2',
        state: 'WAITING',
        heldCount: 2,
        waitingForStep: 1,
        contributions: [
          { achievementUri: 'https://x/Sew' },
          { achievementUri: 'https://x/Glue' },
        ],
      },
    ],
  },
};

describe('PathwayDetailPage', () => {
  it('shows each step with its group and state', async () => {
    installFakeApi({
      PathwayDetail: () => ({ body: { data: { pathway: PATHWAY } } }),
    });

    renderPage(<PathwayDetailPage />, {
      route: '/pathways/pathway-1',
      path: '/pathways/:pathwayId',
    });

    expect(
      await screen.findByRole('heading', { name: 'Repair café' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Any 2 of these badges:')).toBeInTheDocument();
    expect(screen.getByText('Held, waiting for step 1')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Goal badge' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Image of the badge Master repairer' }),
    ).toBeInTheDocument();
    const steps = screen.getByRole('region', { name: 'Steps' });
    expect(within(steps).getAllByRole('list')[0]!.tagName).toBe('OL');
    expect(within(steps).getByText('Sew (you hold this)')).toBeInTheDocument();
    expect(within(steps).getByText(/^Paint/)).toBeInTheDocument();
    expect(
      within(steps).getAllByText('Issuer ID: did:web:makers.example.org'),
    ).toHaveLength(3);
    expect(within(steps).getByText('Solder')).not.toHaveTextContent(
      'Issuer ID',
    );
    expect(
      screen.getByText('Sign in to follow this pathway and see your progress.'),
    ).toBeInTheDocument();
  });

  it('lists the steps of a free pathway as a group', async () => {
    installFakeApi({
      PathwayDetail: () => ({
        body: { data: { pathway: { ...PATHWAY, ordered: false } } },
      }),
    });

    renderPage(<PathwayDetailPage />, {
      route: '/pathways/pathway-1',
      path: '/pathways/:pathwayId',
    });

    const steps = await screen.findByRole('region', { name: 'Steps' });
    expect(within(steps).getAllByRole('list')[0]!.tagName).toBe('UL');
    expect(
      within(steps).getByText('Complete the steps in any order.'),
    ).toBeInTheDocument();
  });

  it('follows the pathway for a signed-in learner', async () => {
    const user = userEvent.setup();
    let followed = false;
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      PathwayDetail: () => ({
        body: { data: { pathway: { ...PATHWAY, followedByMe: followed } } },
      }),
      FollowPathway: () => {
        followed = true;

        return {
          body: {
            data: { followPathway: { id: 'pathway-1', followedByMe: true } },
          },
        };
      },
    });

    renderPage(<PathwayDetailPage />, {
      route: '/pathways/pathway-1',
      path: '/pathways/:pathwayId',
    });
    await user.click(await screen.findByRole('button', { name: 'Follow' }));

    expect(
      await screen.findByRole('button', { name: 'Stop following' }),
    ).toBeInTheDocument();
    expect(api.requestsFor('FollowPathway')[0]!.variables).toEqual({
      input: { pathwayId: 'pathway-1' },
    });
    await waitFor(() =>
      expect(screen.getByText('You follow this pathway.')).toBeInTheDocument(),
    );
    expect(
      screen.getByRole('link', { name: 'Pathways you follow' }),
    ).toHaveAttribute('href', '/my/pathways');
  });

  it('says when the pathway is not found', async () => {
    installFakeApi({
      PathwayDetail: () =>
        errorReply('No pathway has id missing.', { code: 'NOT_FOUND' }),
    });

    renderPage(<PathwayDetailPage />, {
      route: '/pathways/missing',
      path: '/pathways/:pathwayId',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This pathway does not exist or is not published.',
    );
  });
});
