import { jest } from '@jest/globals';
import { type Handler, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { MyEmailAddressesQuery } from '@/gql/graphql';

import { errorReply } from '../../testing';
import { EmailAddressesSection } from './EmailAddressesSection';

type Address = MyEmailAddressesQuery['myEmailAddresses'][number];

const PRIMARY: Address = {
  id: null,
  email: 'alex@example.org',
  primary: true,
  verified: true,
};
const SCHOOL: Address = {
  id: 'addr-1',
  email: 'alex@school.example.edu',
  primary: false,
  verified: true,
};
const OLD: Address = {
  id: 'addr-2',
  email: 'alex.old@example.net',
  primary: false,
  verified: false,
};

function installAddressApi(
  addresses: Address[] = [PRIMARY, SCHOOL, OLD],
  overrides: Record<string, Handler> = {},
) {
  return installFakeApi({
    MyEmailAddresses: () => ({
      body: { data: { myEmailAddresses: addresses } },
    }),
    ...overrides,
  });
}

async function renderSection() {
  renderPage(<EmailAddressesSection />, { route: '/account' });
  await screen.findByText('alex@example.org');
}

function itemOf(email: string) {
  return screen.getByText(email).closest('li')!;
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('EmailAddressesSection', () => {
  test('labels each address', async () => {
    installAddressApi();
    await renderSection();

    expect(itemOf('alex@example.org')).toHaveTextContent(
      '(primary, used to sign in)',
    );
    expect(itemOf('alex@school.example.edu')).toHaveTextContent('(verified)');
    expect(itemOf('alex.old@example.net')).toHaveTextContent(
      '(not verified yet)',
    );
    expect(
      within(itemOf('alex@example.org')).queryByRole('button'),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', {
        name: 'Send a new link to alex@school.example.edu',
      }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Send a new link to alex.old@example.net',
      }),
    ).toBeInTheDocument();
  });

  test('checks the address before sending', async () => {
    const user = userEvent.setup();
    const api = installAddressApi();
    await renderSection();

    const field = screen.getByLabelText('Add an e-mail address');
    await user.click(screen.getByRole('button', { name: 'Add address' }));

    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Enter your e-mail address.');

    await user.type(field, 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Add address' }));

    expect(field).toHaveAccessibleDescription(
      'Enter an e-mail address in the form name@example.org.',
    );
    expect(api.requestsFor('AddEmailAddress')).toHaveLength(0);
  });

  test('adds an address and reloads the list', async () => {
    const user = userEvent.setup();
    const added: Address = {
      id: 'addr-3',
      email: 'alex@club.example.org',
      primary: false,
      verified: false,
    };
    let list = [PRIMARY];
    const api = installFakeApi({
      MyEmailAddresses: () => ({ body: { data: { myEmailAddresses: list } } }),
      AddEmailAddress: () => {
        list = [PRIMARY, added];

        return { body: { data: { addEmailAddress: added } } };
      },
    });
    await renderSection();

    const field = screen.getByLabelText('Add an e-mail address');
    await user.type(field, '  alex@club.example.org ');
    await user.click(screen.getByRole('button', { name: 'Add address' }));

    expect(
      await screen.findByText(
        'We sent a confirmation link to alex@club.example.org. Open it to verify the address.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('alex@club.example.org')).toBeVisible();
    expect(field).toHaveValue('');
    expect(api.requestsFor('AddEmailAddress')[0]?.variables).toEqual({
      input: { email: 'alex@club.example.org' },
    });
  });

  test('shows a CONFLICT at the field', async () => {
    const user = userEvent.setup();
    const message =
      'sam@example.org is verified by another account, so it cannot be added here. If it is yours, remove it from that account first.';
    installAddressApi([PRIMARY], {
      AddEmailAddress: () =>
        errorReply(message, { code: 'CONFLICT', field: 'input.email' }),
    });
    await renderSection();

    const field = screen.getByLabelText('Add an e-mail address');
    await user.type(field, 'sam@example.org');
    await user.click(screen.getByRole('button', { name: 'Add address' }));

    await waitFor(() => expect(field).toHaveAccessibleDescription(message));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();

    await user.type(field, 'x');
    expect(field).not.toHaveAccessibleDescription(message);
  });

  test('resends the link', async () => {
    const user = userEvent.setup();
    const api = installAddressApi(undefined, {
      ResendEmailAddressVerification: () => ({
        body: { data: { resendEmailAddressVerification: true } },
      }),
    });
    await renderSection();

    await user.click(
      screen.getByRole('button', {
        name: 'Send a new link to alex.old@example.net',
      }),
    );

    expect(
      await within(itemOf('alex.old@example.net')).findByRole('status'),
    ).toHaveTextContent(
      'We sent a confirmation link to alex.old@example.net. Open it to verify the address.',
    );
    expect(
      api.requestsFor('ResendEmailAddressVerification')[0]?.variables,
    ).toEqual({ input: { emailAddressId: 'addr-2' } });
  });

  test('shows a failed resend beside the address', async () => {
    const user = userEvent.setup();
    installAddressApi(undefined, {
      ResendEmailAddressVerification: () =>
        errorReply('Too many e-mails.', {
          code: 'RATE_LIMITED',
          retryAfterSeconds: 120,
        }),
    });
    await renderSection();

    await user.click(
      screen.getByRole('button', {
        name: 'Send a new link to alex.old@example.net',
      }),
    );

    expect(
      await within(itemOf('alex.old@example.net')).findByRole('alert'),
    ).toHaveTextContent('2 minutes');
  });

  test('removes an address after confirming', async () => {
    const user = userEvent.setup();
    let list = [PRIMARY, SCHOOL, OLD];
    const api = installFakeApi({
      MyEmailAddresses: () => ({ body: { data: { myEmailAddresses: list } } }),
      RemoveEmailAddress: () => {
        list = [PRIMARY, OLD];

        return { body: { data: { removeEmailAddress: true } } };
      },
    });
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false);
    await renderSection();
    const remove = screen.getByRole('button', {
      name: 'Remove alex@school.example.edu',
    });

    await user.click(remove);

    expect(confirm).toHaveBeenCalledWith(
      'Remove alex@school.example.edu? Badges sent only to this address will leave your backpack.',
    );
    expect(api.requestsFor('RemoveEmailAddress')).toHaveLength(0);

    confirm.mockReturnValueOnce(true);
    await user.click(remove);

    await waitFor(() =>
      expect(
        screen.queryByText('alex@school.example.edu'),
      ).not.toBeInTheDocument(),
    );
    expect(api.requestsFor('RemoveEmailAddress')[0]?.variables).toEqual({
      input: { emailAddressId: 'addr-1' },
    });
  });

  test('offers a retry when the list fails', async () => {
    installFakeApi({
      MyEmailAddresses: () => ({
        status: 500,
        body: { errors: [{ message: 'Internal server error' }] },
      }),
    });
    renderPage(<EmailAddressesSection />, { route: '/account' });

    expect(
      await screen.findByText('Your addresses could not be loaded.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
