import { type Handler, installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import { IdeasPage } from './IdeasPage';
import { ProposalDetailPage } from './ProposalDetailPage';

const SUMMARY = {
  __typename: 'Proposal',
  id: 'idea-1',
  kind: 'OPPORTUNITY',
  title: 'Bike repair café',
  status: 'OPEN',
  placeName: 'Katoomba',
  location: { latitude: -33.712, longitude: 150.312 },
  sdgNumbers: [11],
  supportCount: 2,
  commentCount: 1,
  hidden: false,
};

function detail(overrides: Record<string, unknown> = {}) {
  return {
    ...SUMMARY,
    description: 'Fix **bikes** together.',
    skillIds: ['creativity'],
    authorFirstName: 'Mia',
    createdAt: '2026-01-01T00:00:00Z',
    hiddenReason: null,
    viewerIsAuthor: false,
    viewerSupports: false,
    viewerCanModerate: false,
    viewerOrganisations: [],
    listings: [],
    comments: {
      edges: [
        {
          node: {
            id: 'comment-1',
            body: 'We can host it.',
            authorFirstName: 'Eddie',
            organisationName: 'Blue Mountains Youth',
            organisationKind: 'PROVIDER',
            hidden: false,
            hiddenReason: null,
            viewerIsAuthor: false,
            createdAt: '2026-01-02T00:00:00Z',
          },
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
    ...overrides,
  };
}

function detailHandler(overrides: Record<string, unknown> = {}): Handler {
  return () => ({ body: { data: { proposal: detail(overrides) } } });
}

describe('IdeasPage', () => {
  it('lists the ideas of the map view', async () => {
    installFakeApi({
      Me: meHandler(null),
      Proposals: () => ({
        body: {
          data: {
            proposals: {
              edges: [{ cursor: 'c1', node: SUMMARY }],
              pageInfo: { hasNextPage: false, endCursor: 'c1' },
            },
            canModerateProposals: false,
          },
        },
      }),
    });
    renderPage(<IdeasPage />, { route: '/ideas' });

    const link = await screen.findByRole('link', { name: 'Bike repair café' });
    expect(link).toHaveAttribute('href', '/ideas/idea-1');
    expect(screen.getByText(/2 supporters/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Propose an idea' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Reported ideas' })).toBeNull();
  });

  it('shows an empty state', async () => {
    installFakeApi({
      Me: meHandler(null),
      Proposals: () => ({
        body: {
          data: {
            proposals: {
              edges: [],
              pageInfo: { hasNextPage: false, endCursor: null },
            },
            canModerateProposals: true,
          },
        },
      }),
    });
    renderPage(<IdeasPage />, { route: '/ideas' });

    expect(await screen.findByText(/No ideas here yet/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Reported ideas' }),
    ).toBeInTheDocument();
  });
});

describe('ProposalDetailPage', () => {
  const route = { route: '/ideas/idea-1', path: '/ideas/:proposalId' };

  it('shows an organisation reply and supports the idea', async () => {
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      ProposalDetail: detailHandler(),
      SupportProposal: () => ({
        body: {
          data: {
            supportProposal: {
              id: 'idea-1',
              supportCount: 3,
              viewerSupports: true,
            },
          },
        },
      }),
    });
    renderPage(<ProposalDetailPage />, route);

    expect(
      await screen.findByRole('heading', { name: 'Bike repair café' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Blue Mountains Youth (by Eddie)'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Support this idea' }),
    );

    await waitFor(() =>
      expect(
        api.requests.some(
          (request) => request.operationName === 'SupportProposal',
        ),
      ).toBe(true),
    );
  });

  it('tells the author why it is hidden', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      ProposalDetail: detailHandler({
        hidden: true,
        hiddenReason: 'Contains a phone number',
        viewerIsAuthor: true,
      }),
    });
    renderPage(<ProposalDetailPage />, route);

    expect(
      await screen.findByText(/Reason: Contains a phone number/),
    ).toBeInTheDocument();
  });

  it('turns the idea into a draft for a provider member', async () => {
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      ProposalDetail: detailHandler({
        viewerOrganisations: [
          { id: 'org-1', name: 'Blue Mountains Youth', kind: 'PROVIDER' },
        ],
      }),
      ConvertProposalToListing: () => ({
        body: { data: { convertProposalToListing: { id: 'listing-9' } } },
      }),
    });
    renderPage(<ProposalDetailPage />, route);

    const convert = await screen.findByRole('group', {
      name: 'Turn into a draft listing',
    });
    await userEvent.click(
      within(convert).getByRole('button', { name: 'Create draft listing' }),
    );

    await waitFor(() =>
      expect(currentPath()).toBe('/opportunities/listing-9/edit'),
    );
    const sent = api.requests.find(
      (request) => request.operationName === 'ConvertProposalToListing',
    );
    expect(sent?.variables).toEqual({
      input: {
        proposalId: 'idea-1',
        organisationId: 'org-1',
        kind: 'WORKSHOP',
      },
    });
  });

  it('says when the idea is not shown', async () => {
    installFakeApi({
      Me: meHandler(null),
      ProposalDetail: () => ({ body: { data: { proposal: null } } }),
    });
    renderPage(<ProposalDetailPage />, route);

    expect(
      await screen.findByRole('heading', {
        name: 'This idea does not exist or is not shown',
      }),
    ).toBeInTheDocument();
  });
});
