import { type Handler, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import { NewProposalPage } from './NewProposalPage';

const TITLE_PROBLEM =
  'title is 2 characters long; it must be 3 to 120 characters.';
const PLACE_PROBLEM = 'location is missing; choose a place or a point.';

function install(createProposal: Handler) {
  return installFakeApi({
    Me: meHandler(viewerFixture()),
    CreateProposal: createProposal,
  });
}

async function fillAndSubmit() {
  const user = userEvent.setup();
  renderPage(<NewProposalPage />, { route: '/ideas/new' });
  const title = await screen.findByLabelText('Title (3 to 120 characters)');
  await user.type(title, 'Go');
  await user.type(screen.getByLabelText('Description'), 'Night rides.');
  await user.click(screen.getByRole('button', { name: 'Propose' }));

  return { user, title };
}

describe('NewProposalPage errors', () => {
  it('shows input errors at their fields', async () => {
    install(() =>
      errorReply(TITLE_PROBLEM, {
        code: 'BAD_USER_INPUT',
        field: 'input.proposal.title',
        problems: [
          { field: 'input.proposal.title', message: TITLE_PROBLEM },
          { field: 'input.proposal.location', message: PLACE_PROBLEM },
        ],
      }),
    );
    const { title } = await fillAndSubmit();

    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription(TITLE_PROBLEM);
    expect(title).toHaveFocus();
    expect(
      screen.getByRole('group', { name: 'Where would it happen?' }),
    ).toHaveAccessibleDescription(PLACE_PROBLEM);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Fix the 2 marked fields and propose again.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent(TITLE_PROBLEM);
    expect(title).toHaveValue('Go');
    expect(screen.getByLabelText('Description')).toHaveValue('Night rides.');
  });

  it('clears a field error once edited', async () => {
    install(() =>
      errorReply(TITLE_PROBLEM, {
        code: 'BAD_USER_INPUT',
        field: 'input.proposal.title',
      }),
    );
    const { user, title } = await fillAndSubmit();
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));

    await user.type(title, 'od rides');

    expect(title).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(TITLE_PROBLEM)).toBeNull();
    expect(title).toHaveValue('Good rides');
  });

  it('summarises errors that name no field', async () => {
    install(() =>
      errorReply('Too many proposals; each person may make 5 an hour.', {
        code: 'RATE_LIMITED',
        retryAfterSeconds: 600,
      }),
    );
    const { title } = await fillAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The idea could not be saved.');
    expect(alert).toHaveTextContent(/10 minutes/);
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(title).toHaveValue('Go');
  });

  it('keeps a field it cannot place in the summary', async () => {
    install(() =>
      errorReply('input.proposal.audience is not a known field.', {
        code: 'BAD_USER_INPUT',
        field: 'input.proposal.audience',
      }),
    );
    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'input.proposal.audience is not a known field.',
    );
  });
});
