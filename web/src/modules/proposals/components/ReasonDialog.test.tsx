import { type Handler, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import { ProposalDetailPage } from './ProposalDetailPage';

const ROUTE = { route: '/ideas/idea-1', path: '/ideas/:proposalId' };

function detail(overrides: Record<string, unknown> = {}) {
  return {
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
    description: 'Fix bikes together.',
    skillIds: [],
    authorFirstName: 'Mia',
    createdAt: '2026-01-01T00:00:00Z',
    hiddenReason: null,
    viewerIsAuthor: false,
    viewerSupports: false,
    viewerCanModerate: true,
    viewerOrganisations: [],
    listings: [],
    comments: {
      edges: [
        {
          node: {
            id: 'comment-1',
            body: 'Call me on 0400 000 000.',
            authorFirstName: 'Eddie',
            organisationName: null,
            organisationKind: null,
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

function install(overrides: Record<string, Handler> = {}) {
  return installFakeApi({
    Me: meHandler(viewerFixture()),
    ProposalDetail: () => ({ body: { data: { proposal: detail() } } }),
    ...overrides,
  });
}

async function openHideDialog() {
  const user = userEvent.setup();
  renderPage(<ProposalDetailPage />, ROUTE);
  const opener = await screen.findByRole('button', { name: 'Hide idea' });
  await user.click(opener);
  const dialog = screen.getByRole('dialog', { name: 'Hide this idea' });

  return { user, opener, dialog };
}

describe('ReasonDialog', () => {
  it('asks for the reason with focus inside', async () => {
    install();
    const { dialog } = await openHideDialog();

    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/The author sees your reason/);
    const reason = within(dialog).getByLabelText('Reason');
    expect(reason).toHaveFocus();
    expect(reason).toHaveAttribute('maxlength', '1000');
    expect(reason).toHaveAccessibleDescription(
      '5 to 1000 characters; 0 typed so far.',
    );
  });

  it('hides with the trimmed reason', async () => {
    const api = install({
      HideProposal: () => ({
        body: {
          data: {
            hideProposal: { id: 'idea-1', hidden: true, hiddenReason: 'x' },
          },
        },
      }),
    });
    const { user, opener, dialog } = await openHideDialog();

    await user.type(
      within(dialog).getByLabelText('Reason'),
      '  Shares a phone number.  ',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Hide idea' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.requestsFor('HideProposal')[0]?.variables).toEqual({
      input: { proposalId: 'idea-1', reason: 'Shares a phone number.' },
    });
    expect(opener).toHaveFocus();
  });

  it('cancels with Escape and returns focus', async () => {
    const api = install();
    const { user, opener } = await openHideDialog();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    expect(api.requestsFor('HideProposal')).toHaveLength(0);
  });

  it('cancels with the Cancel button', async () => {
    install();
    const { user, opener, dialog } = await openHideDialog();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('refuses a reason that is too short', async () => {
    const api = install();
    const { user, dialog } = await openHideDialog();
    const reason = within(dialog).getByLabelText('Reason');

    await user.type(reason, 'no');
    await user.click(within(dialog).getByRole('button', { name: 'Hide idea' }));

    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(
      /Give a reason of at least 5 characters\./,
    );
    expect(api.requestsFor('HideProposal')).toHaveLength(0);
  });

  it('shows the busy state while saving', async () => {
    let release: () => void = () => undefined;
    install({
      HideProposal: () =>
        new Promise((resolve) => {
          release = () =>
            resolve({
              body: {
                data: {
                  hideProposal: {
                    id: 'idea-1',
                    hidden: true,
                    hiddenReason: 'Spam.',
                  },
                },
              },
            });
        }),
    });
    const { user, dialog } = await openHideDialog();
    await user.type(within(dialog).getByLabelText('Reason'), 'Spam link.');
    await user.click(within(dialog).getByRole('button', { name: 'Hide idea' }));

    const saving = await within(dialog).findByRole('button', {
      name: 'Saving…',
    });
    expect(saving).toBeDisabled();
    expect(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    ).toBeDisabled();
    expect(dialog).toHaveAttribute('aria-busy', 'true');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    release();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('keeps the reason when the API rejects it', async () => {
    install({
      HideProposal: () =>
        errorReply('You may moderate only ideas in your council area.', {
          code: 'FORBIDDEN',
        }),
    });
    const { user, dialog } = await openHideDialog();
    const reason = within(dialog).getByLabelText('Reason');
    await user.type(reason, 'Shares a phone number.');
    await user.click(within(dialog).getByRole('button', { name: 'Hide idea' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The reason could not be saved.');
    expect(alert).toHaveTextContent(
      'You may moderate only ideas in your council area.',
    );
    expect(reason).toHaveValue('Shares a phone number.');
    expect(
      within(dialog).getByRole('button', { name: 'Hide idea' }),
    ).toBeEnabled();
  });

  it('shows a reason error at the field', async () => {
    install({
      HideProposal: () =>
        errorReply('input.reason contains the control character U+0007.', {
          code: 'BAD_USER_INPUT',
          field: 'input.reason',
        }),
    });
    const { user, dialog } = await openHideDialog();
    const reason = within(dialog).getByLabelText('Reason');
    await user.type(reason, 'Shares a number.');
    await user.click(within(dialog).getByRole('button', { name: 'Hide idea' }));

    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(/control character U\+0007/),
    );
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('reports a comment and confirms it', async () => {
    const api = install({
      ReportProposal: () => ({
        body: { data: { reportProposal: { id: 'report-1' } } },
      }),
    });
    const user = userEvent.setup();
    renderPage(<ProposalDetailPage />, ROUTE);
    await user.click(
      await screen.findByRole('button', { name: 'Report comment' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Report this comment' });
    await user.type(within(dialog).getByLabelText('Reason'), 'Phone number.');
    await user.click(
      within(dialog).getByRole('button', { name: 'Send report' }),
    );

    const sent = await screen.findByText(
      'Thank you. Moderators will look at your report.',
    );
    await waitFor(() => expect(sent).toHaveFocus());
    expect(api.requestsFor('ReportProposal')[0]?.variables).toEqual({
      input: {
        proposalId: 'idea-1',
        commentId: 'comment-1',
        reason: 'Phone number.',
      },
    });
  });
});
