import { type Handler, installFakeApi } from '@test/fake-api';
import { OPPORTUNITIES } from '@test/fixtures';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';
import { connectionReply } from '@/modules/registrations/testing';

import { ModerationPage } from './ModerationPage';

const COUNCIL = {
  id: 'council-1',
  name: 'Blue Mountains City Council',
  kind: 'COUNCIL' as const,
};
// A square around Katoomba, as GeoJSON in [longitude, latitude] order.
const AREA = JSON.stringify({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [150.1, -33.9],
        [150.6, -33.9],
        [150.6, -33.5],
        [150.1, -33.5],
        [150.1, -33.9],
      ],
    ],
  ],
});
// Two listings far enough apart that the map does not cluster them.
const ITEMS = [OPPORTUNITIES[0]!, OPPORTUNITIES[2]!].map((item, index) => ({
  ...item,
  location: {
    latitude: -33.6 - index * 0.2,
    longitude: 150.2 + index * 0.3,
  },
}));

const councilMember = viewerFixture({
  memberships: [{ role: 'EDITOR', organisation: COUNCIL }],
});

function installApi(overrides: Record<string, Handler> = {}) {
  return installFakeApi({
    Me: meHandler(councilMember),
    ModerationCouncil: () => ({
      body: {
        data: { organisation: { ...COUNCIL, area: AREA, verified: true } },
      },
    }),
    ModerationQueue: () => connectionReply('moderationQueue', ITEMS),
    ...overrides,
  });
}

function renderModeration(route = '/moderation') {
  return renderPage(<ModerationPage />, { route, path: '/moderation' });
}

function queueList() {
  return screen.findByRole('list', { name: 'Listings waiting for review' });
}

async function selectFirst(user: ReturnType<typeof userEvent.setup>) {
  const list = await queueList();
  await user.click(
    within(list).getByRole('button', { name: /^Bushcare Saturday/ }),
  );
}

describe('ModerationPage', () => {
  test('lists the queue of the only council', async () => {
    const api = installApi();
    renderModeration();

    expect(
      await screen.findByRole('heading', {
        name: 'Waiting for review in Blue Mountains City Council',
      }),
    ).toBeInTheDocument();
    const list = await queueList();
    expect(within(list).getAllByRole('button')).toHaveLength(2);
    expect(api.requestsFor('ModerationQueue')[0]?.variables).toEqual({
      councilId: COUNCIL.id,
      first: 20,
      after: null,
    });
    expect(
      await screen.findByRole('button', { name: 'Youth Radio Studio' }),
    ).toHaveClass('map-marker');
  });

  test('draws the council area', async () => {
    installApi();
    renderModeration();
    await queueList();

    await waitFor(() =>
      expect(
        document.querySelector('.leaflet-overlay-pane path'),
      ).not.toBeNull(),
    );
  });

  test('list selection highlights its marker', async () => {
    const user = userEvent.setup();
    installApi();
    renderModeration();

    await selectFirst(user);

    const list = await queueList();
    expect(
      within(list).getByRole('button', { name: /^Bushcare Saturday/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Bushcare Saturday' }),
      ).toHaveClass('map-marker--selected'),
    );
    const detail = screen.getByRole('article', { name: 'Bushcare Saturday' });
    expect(within(detail).getByText('Sessions')).toBeInTheDocument();
  });

  test('list selection reveals a clustered marker', async () => {
    const user = userEvent.setup();
    const venue = { latitude: -33.7, longitude: 150.3 };
    installApi({
      ModerationQueue: () =>
        connectionReply(
          'moderationQueue',
          ITEMS.map((item) => ({ ...item, location: venue })),
        ),
    });
    renderModeration();
    expect(
      await screen.findByRole('button', { name: /^2 opportunities here/ }),
    ).toBeInTheDocument();

    await selectFirst(user);

    // Listings at one venue stay clustered at any zoom, so the cluster is
    // spread out to show the selected marker.
    const marker = await screen.findByRole('button', {
      name: 'Bushcare Saturday',
    });
    await waitFor(() => expect(marker).toHaveClass('map-marker--selected'));
    expect(
      screen.getByRole('button', { name: 'Youth Radio Studio' }),
    ).toHaveClass('map-marker');
  });

  test('marker selection opens details', async () => {
    const user = userEvent.setup();
    installApi();
    renderModeration();

    await user.click(
      await screen.findByRole('button', { name: 'Youth Radio Studio' }),
    );

    expect(
      screen.getByRole('article', { name: 'Youth Radio Studio' }),
    ).toBeInTheDocument();
    const list = await queueList();
    expect(
      within(list).getByRole('button', { name: /^Youth Radio Studio/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('approve removes it and announces', async () => {
    const user = userEvent.setup();
    const api = installApi({
      ApproveOpportunity: () => ({
        body: {
          data: {
            approveOpportunity: { id: ITEMS[0]!.id, status: 'PUBLISHED' },
          },
        },
      }),
      ApproveProvider: () => ({
        body: {
          data: {
            approveProvider: {
              createdAt: '2026-12-04T00:00:00Z',
              provider: { id: ITEMS[0]!.provider.id },
            },
          },
        },
      }),
    });
    renderModeration();
    await selectFirst(user);
    const detail = screen.getByRole('article', { name: 'Bushcare Saturday' });

    await user.click(
      within(detail).getByRole('checkbox', { name: /^Also approve / }),
    );
    await user.click(within(detail).getByRole('button', { name: 'Approve' }));

    expect(
      await screen.findByText(
        /^“Bushcare Saturday” was approved and published, and .+ is now approved for your area\.$/,
      ),
    ).toHaveAttribute('role', 'status');
    expect(api.requestsFor('ApproveOpportunity')[0]?.variables).toEqual({
      input: { opportunityId: ITEMS[0]!.id },
    });
    expect(api.requestsFor('ApproveProvider')[0]?.variables).toEqual({
      input: { councilId: COUNCIL.id, providerId: ITEMS[0]!.provider.id },
    });
    const list = await queueList();
    expect(within(list).getAllByRole('button')).toHaveLength(1);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  test('empty queue says so', async () => {
    installApi({
      ModerationQueue: () => connectionReply('moderationQueue', []),
    });
    renderModeration();

    expect(
      await screen.findByText('Nothing is waiting for review.'),
    ).toBeInTheDocument();
  });

  test('load more appends the next page', async () => {
    const user = userEvent.setup();
    const api = installApi({
      ModerationQueue: (variables) =>
        variables.after === null
          ? connectionReply('moderationQueue', [ITEMS[0]!], {
              totalCount: 2,
              hasNextPage: true,
            })
          : connectionReply('moderationQueue', [ITEMS[1]!], {
              start: 1,
              totalCount: 2,
            }),
    });
    renderModeration();
    expect(await screen.findByText('Showing 1 of 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Showing 2 of 2')).toBeInTheDocument();
    expect(api.requestsFor('ModerationQueue').at(-1)?.variables).toEqual({
      councilId: COUNCIL.id,
      first: 20,
      after: 'cursor:0',
    });
  });

  test('several councils offer a choice', async () => {
    const user = userEvent.setup();
    const other = {
      id: 'council-2',
      name: 'Penrith City Council',
      kind: 'COUNCIL' as const,
    };
    const api = installApi({
      Me: meHandler(
        viewerFixture({
          memberships: [
            { role: 'OWNER', organisation: COUNCIL },
            { role: 'EDITOR', organisation: other },
          ],
        }),
      ),
    });
    renderModeration();

    await user.selectOptions(
      await screen.findByLabelText('Council'),
      'Penrith City Council',
    );

    await waitFor(() =>
      expect(api.requestsFor('ModerationQueue').at(-1)?.variables).toEqual({
        councilId: other.id,
        first: 20,
        after: null,
      }),
    );
  });

  test('admin without a council gets a note', async () => {
    installApi({ Me: meHandler(viewerFixture({ isAdmin: true })) });
    renderModeration();

    expect(
      await screen.findByText(
        /^You are not a member of a council\. As an admin/,
      ),
    ).toBeInTheDocument();
  });

  test('forbidden council is told so', async () => {
    installApi({
      ModerationQueue: () =>
        errorReply('Only the council may moderate.', { code: 'FORBIDDEN' }),
    });
    renderModeration('/moderation?council=council-9');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "You do not have access to this council's moderation queue.",
    );
  });
});

describe('ModerationPage verification', () => {
  const unverifiedCouncil = () => ({
    body: {
      data: { organisation: { ...COUNCIL, area: AREA, verified: false } },
    },
  });

  test('unverified council shows a notice', async () => {
    installApi({ ModerationCouncil: unverifiedCouncil });
    renderModeration();

    expect(
      await screen.findByText(
        'Blue Mountains City Council is awaiting verification.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Listings waiting for review' }),
    ).not.toBeInTheDocument();
  });

  test('admin sees the notice and the queue', async () => {
    installApi({
      Me: meHandler(viewerFixture({ isAdmin: true })),
      ModerationCouncil: unverifiedCouncil,
    });
    renderModeration(`/moderation?council=${COUNCIL.id}`);

    expect(
      await screen.findByText(
        'Blue Mountains City Council is awaiting verification.',
      ),
    ).toBeInTheDocument();
    const list = await queueList();
    expect(within(list).getAllByRole('button')).toHaveLength(2);
  });

  test('unverified address links to the account', async () => {
    const user = userEvent.setup();
    const message =
      'Verify your e-mail address before approving a listing; use the link we sent, or request a new one from your account page.';
    installApi({
      Me: meHandler(
        viewerFixture({
          emailVerified: false,
          memberships: [{ role: 'EDITOR', organisation: COUNCIL }],
        }),
      ),
      ApproveOpportunity: () =>
        errorReply(message, {
          code: 'FORBIDDEN',
          reason: 'EMAIL_NOT_VERIFIED',
        }),
    });
    renderModeration();
    await selectFirst(user);
    const detail = screen.getByRole('article', { name: 'Bushcare Saturday' });

    await user.click(within(detail).getByRole('button', { name: 'Approve' }));

    const alert = await within(detail).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(
      within(alert).getByRole('link', {
        name: 'Send a new verification link from your account page.',
      }),
    ).toHaveAttribute('href', '/account');
  });

  test('reject refusal links to the account', async () => {
    const user = userEvent.setup();
    const message =
      'Verify your e-mail address before rejecting a listing; use the link we sent, or request a new one from your account page.';
    installApi({
      Me: meHandler(
        viewerFixture({
          emailVerified: false,
          memberships: [{ role: 'EDITOR', organisation: COUNCIL }],
        }),
      ),
      RejectOpportunity: () =>
        errorReply(message, {
          code: 'FORBIDDEN',
          reason: 'EMAIL_NOT_VERIFIED',
        }),
    });
    renderModeration();
    await selectFirst(user);
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = screen.getByRole('dialog');

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'The venue address is missing.',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Reject listing' }),
    );

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(
      within(alert).getByRole('link', {
        name: 'Send a new verification link from your account page.',
      }),
    ).toHaveAttribute('href', '/account');
  });
});

describe('Reject dialog', () => {
  async function openDialog(user: ReturnType<typeof userEvent.setup>) {
    await selectFirst(user);
    await user.click(screen.getByRole('button', { name: 'Reject' }));

    return screen.getByRole('dialog', { name: 'Reject “Bushcare Saturday”' });
  }

  test('checks the reason as it is typed', async () => {
    const user = userEvent.setup();
    installApi();
    renderModeration();
    const dialog = await openDialog(user);
    const reason = within(dialog).getByLabelText('Reason');

    expect(reason).toHaveFocus();
    await user.type(reason, 'abc');
    expect(reason).toHaveAttribute('aria-invalid', 'false');
    await user.tab();

    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Enter at least 5 characters; the reason has 3.'),
    );
    await user.type(reason, 'de');
    expect(reason).toHaveAttribute('aria-invalid', 'false');
    // Pasted, because typing 996 keys one by one takes seconds.
    await user.paste('x'.repeat(996));
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining(
        'Shorten the reason to 1000 characters; it has 1001.',
      ),
    );
  });

  test('empty submit focuses the reason', async () => {
    const user = userEvent.setup();
    const api = installApi();
    renderModeration();
    const dialog = await openDialog(user);

    await user.click(
      within(dialog).getByRole('button', { name: 'Reject listing' }),
    );

    const reason = within(dialog).getByLabelText('Reason');
    expect(reason).toHaveFocus();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(api.requestsFor('RejectOpportunity')).toHaveLength(0);
  });

  test('Tab stays inside and Escape closes', async () => {
    const user = userEvent.setup();
    installApi();
    renderModeration();
    const dialog = await openDialog(user);
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });

    cancel.focus();
    await user.tab();
    expect(within(dialog).getByLabelText('Reason')).toHaveFocus();
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reject' })).toHaveFocus();
  });

  test('reject sends the reason', async () => {
    const user = userEvent.setup();
    const api = installApi({
      RejectOpportunity: () => ({
        body: {
          data: {
            rejectOpportunity: {
              id: ITEMS[0]!.id,
              status: 'REJECTED',
              moderationNote: 'Add the venue address.',
            },
          },
        },
      }),
    });
    renderModeration();
    const dialog = await openDialog(user);

    await user.type(
      within(dialog).getByLabelText('Reason'),
      '  Add the venue address.  ',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Reject listing' }),
    );

    expect(
      await screen.findByText(
        '“Bushcare Saturday” was rejected. The provider sees your reason.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(api.requestsFor('RejectOpportunity')[0]?.variables).toEqual({
      input: { opportunityId: ITEMS[0]!.id, reason: 'Add the venue address.' },
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const list = await queueList();
    expect(within(list).getAllByRole('button')).toHaveLength(1);
  });

  test('server reason error shows at the field', async () => {
    const user = userEvent.setup();
    installApi({
      RejectOpportunity: () =>
        errorReply('The reason must not be only spaces and dots.', {
          code: 'BAD_USER_INPUT',
          field: 'input.reason',
        }),
    });
    renderModeration();
    const dialog = await openDialog(user);
    const reason = within(dialog).getByLabelText('Reason');

    await user.type(reason, '.....');
    await user.click(
      within(dialog).getByRole('button', { name: 'Reject listing' }),
    );

    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(
        expect.stringContaining('The reason must not be only spaces and dots.'),
      ),
    );
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveFocus();
  });
});
