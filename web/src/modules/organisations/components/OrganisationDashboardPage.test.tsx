import { installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import {
  listingsReply,
  memberViewer,
  ORGANISATION_ID,
  organisationHandler,
} from './organisation-fixtures';
import { OrganisationDashboardPage } from './OrganisationDashboardPage';

const ROUTE = `/organisations/${ORGANISATION_ID}`;
const PATH = '/organisations/:organisationId';

function renderDashboard(route = ROUTE) {
  return renderPage(<OrganisationDashboardPage />, { route, path: PATH });
}

function emptyMembers() {
  return {
    body: {
      data: {
        organisation: { id: ORGANISATION_ID, members: [], invitations: [] },
      },
    },
  };
}

describe('OrganisationDashboardPage tabs', () => {
  beforeEach(() => {
    installFakeApi({
      Me: memberViewer('OWNER'),
      Organisation: organisationHandler('OWNER'),
      OrganisationOpportunities: () => listingsReply([]),
      OrganisationMembers: emptyMembers,
      OrganisationInvitations: emptyMembers,
    });
  });

  test('owner of a provider sees five tabs', async () => {
    renderDashboard();

    const tablist = await screen.findByRole('tablist', {
      name: 'Sections of Blue Mountains Youth Hub',
    });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Listings',
      'Members',
      'Import',
      'Badges',
      'Settings',
    ]);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(tabs[0]).toHaveAttribute('tabindex', '0');
    expect(tabs[1]).toHaveAttribute('aria-selected', 'false');
    expect(tabs[1]).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Listings');
  });

  test('arrow keys move and select tabs', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const listings = await screen.findByRole('tab', { name: 'Listings' });

    listings.focus();
    await user.keyboard('{ArrowRight}');

    const members = screen.getByRole('tab', { name: 'Members' });
    expect(members).toHaveFocus();
    expect(members).toHaveAttribute('aria-selected', 'true');
    expect(listings).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Members');
    expect(currentPath()).toBe(`${ROUTE}?tab=members`);

    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Settings' })).toHaveFocus();

    await user.keyboard('{Home}');
    expect(listings).toHaveFocus();

    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Settings' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  test('tab key leaves the tab list for the panel', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const listings = await screen.findByRole('tab', { name: 'Listings' });

    listings.focus();
    await user.tab();

    expect(screen.getByRole('tabpanel')).toHaveFocus();
  });

  test('tab in the URL opens that tab', async () => {
    renderDashboard(`${ROUTE}?tab=settings`);

    expect(
      await screen.findByRole('tab', { name: 'Settings', selected: true }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Settings');
  });
});

describe('OrganisationDashboardPage roles', () => {
  test('awarder sees no import tab and no new listing', async () => {
    installFakeApi({
      Me: memberViewer('AWARDER'),
      Organisation: organisationHandler('AWARDER'),
      OrganisationOpportunities: () => listingsReply([]),
    });
    renderDashboard();

    const tablist = await screen.findByRole('tablist');
    expect(
      within(tablist)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Listings', 'Members', 'Badges', 'Settings']);
    await screen.findByText(/No listings yet/);
    expect(
      screen.queryByRole('link', { name: 'New listing' }),
    ).not.toBeInTheDocument();
  });

  test('council has no listings tab', async () => {
    installFakeApi({
      Me: memberViewer('OWNER'),
      Organisation: organisationHandler('OWNER', 'COUNCIL'),
      OrganisationMembers: emptyMembers,
      OrganisationInvitations: emptyMembers,
    });
    renderDashboard();

    const tablist = await screen.findByRole('tablist');
    expect(
      within(tablist)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Members', 'Settings']);
  });
});

describe('OrganisationDashboardPage listings', () => {
  test('lists listings with status words and links', async () => {
    installFakeApi({
      Me: memberViewer('EDITOR'),
      Organisation: organisationHandler('EDITOR'),
      OrganisationOpportunities: () =>
        listingsReply([
          {
            id: 'opp-1',
            title: 'Coding Club',
            status: 'PUBLISHED',
            sessions: [
              {
                id: 'session-1',
                startsAt: '2027-03-24T07:00:00.000Z',
                endsAt: '2027-03-24T09:30:00.000Z',
              },
            ],
          },
          {
            id: 'opp-2',
            title: 'Barista Skills',
            status: 'REJECTED',
            moderationNote: 'Add the venue address.',
          },
          { id: 'opp-3', title: 'Repair Café', status: 'DRAFT' },
        ]),
    });
    renderDashboard();

    const list = await screen.findByRole('list', { name: 'Listings' });
    const rows = [...list.children] as HTMLElement[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Published');
    expect(rows[1]).toHaveTextContent('Rejected');
    expect(rows[1]).toHaveTextContent(
      "Moderator's note: Add the venue address.",
    );
    expect(rows[2]).toHaveTextContent('Draft');
    expect(
      within(rows[0]!).getByRole('link', { name: 'Coding Club' }),
    ).toHaveAttribute('href', '/opportunities/opp-1/edit');
    expect(
      within(rows[0]!).getByRole('link', { name: 'Registrations' }),
    ).toHaveAttribute('href', '/sessions/session-1/registrations');
    expect(screen.getByRole('link', { name: 'New listing' })).toHaveAttribute(
      'href',
      `/organisations/${ORGANISATION_ID}/opportunities/new`,
    );
    expect(screen.getByText('3 listings. Showing 3.')).toHaveAttribute(
      'role',
      'status',
    );
  });

  test('status filter asks for that status', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: memberViewer('OWNER'),
      Organisation: organisationHandler('OWNER'),
      OrganisationOpportunities: (variables) =>
        listingsReply(
          variables.status === 'ARCHIVED'
            ? []
            : [{ id: 'opp-1', title: 'Coding Club', status: 'DRAFT' }],
        ),
    });
    renderDashboard();
    await screen.findByRole('link', { name: 'Coding Club' });

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Show listings' }),
      'Archived',
    );

    expect(
      await screen.findByText('No listings with the status Archived.'),
    ).toBeInTheDocument();
    expect(
      api.requestsFor('OrganisationOpportunities').at(-1)?.variables,
    ).toEqual({
      organisationId: ORGANISATION_ID,
      status: 'ARCHIVED',
      first: 20,
      after: null,
    });
  });

  test('empty state invites a first listing', async () => {
    installFakeApi({
      Me: memberViewer('OWNER'),
      Organisation: organisationHandler('OWNER'),
      OrganisationOpportunities: () => listingsReply([]),
    });
    renderDashboard();

    expect(
      await screen.findByText(
        'No listings yet. Create one with New listing, or import a CSV file.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  test('load more appends the next page', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: memberViewer('OWNER'),
      Organisation: organisationHandler('OWNER'),
      OrganisationOpportunities: (variables) =>
        variables.after === null
          ? listingsReply(
              [{ id: 'opp-1', title: 'Coding Club', status: 'DRAFT' }],
              { hasNextPage: true, totalCount: 2 },
            )
          : listingsReply(
              [{ id: 'opp-2', title: 'Podcast Lab', status: 'PENDING' }],
              { totalCount: 2, offset: 1 },
            ),
    });
    renderDashboard();

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(
      await screen.findByRole('link', { name: 'Podcast Lab' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Coding Club' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Listings' }).children[1],
    ).toHaveTextContent('Waiting for approval');
    expect(
      api.requestsFor('OrganisationOpportunities').at(-1)?.variables.after,
    ).toBe('cursor:0');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull(),
    );
  });
});

describe('OrganisationDashboardPage verification', () => {
  const UNVERIFIED = { verified: false, verifiedAt: null };
  const VERIFIED = { verified: true, verifiedAt: '2026-11-02T03:00:00Z' };

  /** Installs a council whose verification the mutations change. */
  function installCouncil(viewer: 'member' | 'admin', verified: boolean) {
    let state = verified ? VERIFIED : UNVERIFIED;
    const reply = (field: string) => () => {
      state = field === 'verifyOrganisation' ? VERIFIED : UNVERIFIED;

      return {
        body: { data: { [field]: { id: ORGANISATION_ID, ...state } } },
      };
    };

    return installFakeApi({
      Me:
        viewer === 'admin'
          ? meHandler(viewerFixture({ isAdmin: true }))
          : memberViewer('OWNER'),
      Organisation: (variables) =>
        organisationHandler(
          viewer === 'admin' ? null : 'OWNER',
          'COUNCIL',
          state,
        )(variables),
      OrganisationMembers: emptyMembers,
      OrganisationInvitations: emptyMembers,
      VerifyOrganisation: reply('verifyOrganisation'),
      RevokeOrganisationVerification: reply('revokeOrganisationVerification'),
    });
  }

  test('unverified council shows a notice', async () => {
    installCouncil('member', false);
    renderDashboard();

    expect(
      await screen.findByText(
        'Blue Mountains Youth Hub is awaiting verification.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/before it can review listings or approve providers/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Verify this council' }),
    ).not.toBeInTheDocument();
  });

  test('verified council shows no notice', async () => {
    installCouncil('member', true);
    renderDashboard();

    await screen.findByRole('tablist');
    expect(screen.queryByText(/awaiting verification/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Revoke verification' }),
    ).not.toBeInTheDocument();
  });

  test('admin verifies the council', async () => {
    const user = userEvent.setup();
    const api = installCouncil('admin', false);
    renderDashboard();

    await user.click(
      await screen.findByRole('button', { name: 'Verify this council' }),
    );

    expect(
      await screen.findByText('Blue Mountains Youth Hub is verified.'),
    ).toHaveAttribute('role', 'status');
    expect(api.requestsFor('VerifyOrganisation')[0]?.variables).toEqual({
      input: { organisationId: ORGANISATION_ID },
    });
    expect(
      await screen.findByRole('button', { name: 'Revoke verification' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/awaiting verification/)).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /^The platform administrators verified this council on /,
      ),
    ).toBeInTheDocument();
  });

  test('admin cancels a revoke', async () => {
    const user = userEvent.setup();
    const api = installCouncil('admin', true);
    renderDashboard();

    await user.click(
      await screen.findByRole('button', { name: 'Revoke verification' }),
    );
    const question = screen.getByRole('group', { name: 'Revoke verification' });
    expect(question).toHaveTextContent(
      'Revoke the verification of Blue Mountains Youth Hub?',
    );
    expect(
      within(question).getByRole('button', { name: 'Revoke' }),
    ).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));

    expect(
      screen.getByRole('button', { name: 'Revoke verification' }),
    ).toHaveFocus();
    expect(api.requestsFor('RevokeOrganisationVerification')).toHaveLength(0);
  });

  test('admin revokes the verification', async () => {
    const user = userEvent.setup();
    const api = installCouncil('admin', true);
    renderDashboard();

    await user.click(
      await screen.findByRole('button', { name: 'Revoke verification' }),
    );
    await user.click(screen.getByRole('button', { name: 'Revoke' }));

    expect(
      await screen.findByText(
        'The verification of Blue Mountains Youth Hub was revoked.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(
      api.requestsFor('RevokeOrganisationVerification')[0]?.variables,
    ).toEqual({ input: { organisationId: ORGANISATION_ID } });
    expect(
      await screen.findByText(
        'Blue Mountains Youth Hub is awaiting verification.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Verify this council' }),
    ).toBeInTheDocument();
  });
});
