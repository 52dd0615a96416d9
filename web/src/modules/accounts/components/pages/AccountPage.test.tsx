import { type Handler, installFakeApi } from '@test/fake-api';
import { currentPath, flushRequests, renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { AppRoutes } from '@/app/routes';
import { contactSettingsReply } from '@/modules/employer-needs/testing';

import { currentYear } from '../../account-rules';
import { errorReply, meHandler, viewerFixture } from '../../testing';
import { AccountPage } from './AccountPage';

const YEAR = currentYear();

const ACCOUNT = {
  id: 'user-1',
  email: 'alex@example.org',
  emailVerified: true,
  name: 'Alex Rivera',
  birthYear: YEAR - 30,
  isMinor: false,
  profileVisibility: 'PRIVATE',
  employerContact: false,
  shareLocation: false,
};

const SESSIONS = [
  {
    id: 'session-1',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
    createdAt: '2026-01-05T10:00:00.000Z',
    lastUsedAt: '2026-01-06T09:30:00.000Z',
    current: true,
  },
  {
    id: 'session-2',
    userAgent: null,
    createdAt: '2025-12-01T08:00:00.000Z',
    lastUsedAt: '2025-12-02T08:00:00.000Z',
    current: false,
  },
];

function installAccountApi(
  account: Partial<typeof ACCOUNT> = {},
  overrides: Record<string, Handler> = {},
) {
  return installFakeApi({
    Me: meHandler(
      viewerFixture({ emailVerified: account.emailVerified ?? true }),
    ),
    AccountSettings: () => ({
      body: { data: { me: { ...ACCOUNT, ...account } } },
    }),
    MySessions: () => ({ body: { data: { mySessions: SESSIONS } } }),
    MyHomePlace: () => ({
      body: { data: { me: { id: 'user-1', homePlace: null } } },
    }),
    LearnerContactSettings: () => contactSettingsReply(false),
    ...overrides,
  });
}

async function renderAccount() {
  renderPage(<AccountPage />, { route: '/account' });
  await screen.findByRole('heading', { name: 'Profile' });
  await flushRequests();
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('AccountPage access', () => {
  test('redirects a signed-out visitor', async () => {
    installFakeApi();
    renderPage(<AccountPage />, { route: '/account' });

    await waitFor(() => expect(currentPath()).toBe('/sign-in?next=%2Faccount'));
  });

  test('shows every section', async () => {
    installAccountApi();
    await renderAccount();

    for (const name of [
      'Profile',
      'Privacy',
      'E-mail address',
      'Password',
      'Signed-in devices',
      'Your data',
      'Delete account',
    ]) {
      expect(section(name)).toBeInTheDocument();
    }
    expect(
      screen.getByRole('link', { name: 'Download my data' }),
    ).toHaveAttribute('href', '/api/account/export');
    expect(screen.queryByText(/is not verified yet/)).not.toBeInTheDocument();
  });

  test('unverified address gets a resend banner', async () => {
    const user = userEvent.setup();
    const api = installAccountApi(
      { emailVerified: false },
      {
        ResendVerificationEmail: () => ({
          body: { data: { resendVerificationEmail: true } },
        }),
      },
    );
    await renderAccount();

    expect(
      screen.getByText(
        'Your e-mail address alex@example.org is not verified yet. Open the link we sent you, or ask for a new one.',
      ),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Send a new verification e-mail' }),
    );

    expect(
      await screen.findByText('We sent a new link to alex@example.org.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('ResendVerificationEmail')).toHaveLength(1);
  });
});

describe('AccountPage profile and privacy', () => {
  test('saves the name and reloads the viewer', async () => {
    const user = userEvent.setup();
    const api = installAccountApi(
      {},
      {
        UpdateProfile: (variables) => ({
          body: {
            data: {
              updateProfile: {
                ...ACCOUNT,
                name: (variables.input as { name: string }).name,
              },
            },
          },
        }),
      },
    );
    await renderAccount();
    const profile = section('Profile');
    const name = within(profile).getByLabelText('Name');
    const meLoads = api.requestsFor('Me').length;

    await user.clear(name);
    await user.type(name, 'Alex R.');
    await user.click(
      within(profile).getByRole('button', { name: 'Save name' }),
    );

    expect(
      await within(profile).findByText('Your name was saved.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('UpdateProfile')[0]!.variables).toEqual({
      input: { name: 'Alex R.' },
    });
    expect(api.requestsFor('Me').length).toBeGreaterThan(meLoads);
    expect(
      within(section('Privacy')).queryByText(/were saved/),
    ).not.toBeInTheDocument();
  });

  test('shows a name error from the server', async () => {
    const user = userEvent.setup();
    installAccountApi(
      {},
      {
        UpdateProfile: () =>
          errorReply('Name contains a control character; remove it.', {
            code: 'BAD_USER_INPUT',
            field: 'input.name',
          }),
      },
    );
    await renderAccount();
    const profile = section('Profile');
    const name = within(profile).getByLabelText('Name');

    await user.type(name, '!');
    await user.click(
      within(profile).getByRole('button', { name: 'Save name' }),
    );

    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription(
      'Name contains a control character; remove it.',
    );
  });

  test('empty name is flagged as you type', async () => {
    const user = userEvent.setup();
    installAccountApi();
    await renderAccount();
    const name = within(section('Profile')).getByLabelText('Name');

    await user.clear(name);
    await user.tab();

    expect(name).toHaveAccessibleDescription('Enter your name.');
  });

  test('adult can share location', async () => {
    const user = userEvent.setup();
    const api = installAccountApi(
      {},
      {
        UpdateProfile: () => ({
          body: { data: { updateProfile: ACCOUNT } },
        }),
      },
    );
    await renderAccount();
    const privacy = section('Privacy');

    await user.click(within(privacy).getByLabelText('Public profile'));
    await user.click(within(privacy).getByLabelText('Share my area'));
    await user.click(
      within(privacy).getByRole('button', { name: 'Save privacy settings' }),
    );

    expect(
      await within(privacy).findByText('Your privacy settings were saved.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('UpdateProfile')[0]!.variables).toEqual({
      input: {
        profileVisibility: 'PUBLIC',
        employerContact: false,
        shareLocation: true,
      },
    });
  });

  test('minor gets the safer rules', async () => {
    const user = userEvent.setup();
    const api = installAccountApi(
      { birthYear: YEAR - 17, isMinor: true },
      {
        UpdateProfile: () => ({
          body: { data: { updateProfile: ACCOUNT } },
        }),
      },
    );
    await renderAccount();
    const privacy = section('Privacy');
    const shareLocation = within(privacy).getByLabelText('Share my area');

    expect(
      within(privacy).getByText(
        'Because you may be under 18, safer rules apply to your account:',
      ),
    ).toBeInTheDocument();
    expect(
      within(privacy).getByText(
        `Location sharing stays off until ${YEAR + 2}.`,
      ),
    ).toBeInTheDocument();
    expect(shareLocation).toBeDisabled();
    expect(shareLocation).toHaveAccessibleDescription(
      `Not available until ${YEAR + 2}, because you may be under 18.`,
    );

    await user.click(
      within(privacy).getByLabelText('Employers may contact me'),
    );
    await user.click(
      within(privacy).getByRole('button', { name: 'Save privacy settings' }),
    );

    await within(privacy).findByText('Your privacy settings were saved.');
    expect(api.requestsFor('UpdateProfile')[0]!.variables).toEqual({
      input: { profileVisibility: 'PRIVATE', employerContact: true },
    });
  });
});

describe('AccountPage e-mail and password', () => {
  test('wrong current password shows on its field', async () => {
    const user = userEvent.setup();
    installAccountApi(
      {},
      {
        ChangeEmail: () =>
          errorReply('The current password is incorrect.', {
            code: 'BAD_USER_INPUT',
            field: 'input.currentPassword',
          }),
      },
    );
    await renderAccount();
    const email = section('E-mail address');
    const password = within(email).getByLabelText('Current password');

    await user.type(
      within(email).getByLabelText('New e-mail address'),
      'alex@new.example',
    );
    await user.type(password, 'wrong password');
    await user.click(
      within(email).getByRole('button', { name: 'Change e-mail address' }),
    );

    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAccessibleDescription(
      'The current password is incorrect.',
    );
  });

  test('new address is confirmed', async () => {
    const user = userEvent.setup();
    const api = installAccountApi(
      {},
      {
        ChangeEmail: () => ({
          body: {
            data: {
              changeEmail: {
                id: 'user-1',
                email: 'alex@new.example',
                emailVerified: false,
              },
            },
          },
        }),
      },
    );
    await renderAccount();
    const email = section('E-mail address');

    await user.type(
      within(email).getByLabelText('New e-mail address'),
      'alex@new.example',
    );
    await user.type(
      within(email).getByLabelText('Current password'),
      'the password',
    );
    await user.click(
      within(email).getByRole('button', { name: 'Change e-mail address' }),
    );

    expect(
      await within(email).findByText(
        'Your account now uses alex@new.example. Open the link we sent there to verify it.',
      ),
    ).toBeInTheDocument();
    expect(api.requestsFor('ChangeEmail')[0]!.variables).toEqual({
      input: { newEmail: 'alex@new.example', currentPassword: 'the password' },
    });
    expect(within(email).getByLabelText('Current password')).toHaveValue('');
  });

  test('password change checks both copies', async () => {
    const user = userEvent.setup();
    const api = installAccountApi(
      {},
      {
        ChangePassword: () => ({ body: { data: { changePassword: true } } }),
      },
    );
    await renderAccount();
    const password = section('Password');
    const sessionLoads = api.requestsFor('MySessions').length;

    await user.type(
      within(password).getByLabelText('Current password'),
      'old password',
    );
    await user.type(
      within(password).getByLabelText('New password'),
      'a new long password',
    );
    await user.type(
      within(password).getByLabelText('Repeat the new password'),
      'something else',
    );
    await user.click(
      within(password).getByRole('button', { name: 'Change password' }),
    );

    expect(
      within(password).getByLabelText('Repeat the new password'),
    ).toHaveFocus();
    expect(api.requestsFor('ChangePassword')).toHaveLength(0);

    await user.clear(
      within(password).getByLabelText('Repeat the new password'),
    );
    await user.type(
      within(password).getByLabelText('Repeat the new password'),
      'a new long password',
    );
    await user.click(
      within(password).getByRole('button', { name: 'Change password' }),
    );

    expect(
      await within(password).findByText(
        'Your password was changed, and every other device was signed out.',
      ),
    ).toBeInTheDocument();
    expect(api.requestsFor('ChangePassword')[0]!.variables).toEqual({
      input: {
        currentPassword: 'old password',
        newPassword: 'a new long password',
      },
    });
    await waitFor(() =>
      expect(api.requestsFor('MySessions').length).toBeGreaterThan(
        sessionLoads,
      ),
    );
  });
});

describe('AccountPage devices and deletion', () => {
  test('lists devices with this one marked', async () => {
    installAccountApi();
    await renderAccount();
    const devices = section('Signed-in devices');

    const items = await within(devices).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0 (this device)',
    );
    expect(items[1]).toHaveTextContent('Unknown browser');
    expect(items[1]).not.toHaveTextContent('(this device)');
  });

  test('sign out everywhere goes to sign in', async () => {
    const user = userEvent.setup();
    let signedIn = true;
    installFakeApi({
      Me: () => meHandler(signedIn ? viewerFixture() : null)({}),
      AccountSettings: () => ({ body: { data: { me: ACCOUNT } } }),
      MySessions: () => ({ body: { data: { mySessions: SESSIONS } } }),
      SignOutEverywhere: () => {
        signedIn = false;

        return { body: { data: { signOutEverywhere: true } } };
      },
    });
    renderPage(<AppRoutes />, { route: '/account', path: '/*' });
    await screen.findByRole('heading', { name: 'Profile' });

    await user.click(
      screen.getByRole('button', { name: 'Sign out everywhere' }),
    );

    expect(
      await screen.findByText(
        'Every device was signed out. Sign in again to continue.',
      ),
    ).toBeInTheDocument();
    expect(currentPath()).toBe('/sign-in');
    expect(
      await screen.findByRole('link', { name: 'Sign up' }),
    ).toBeInTheDocument();
  });

  test('deletion warns and needs the password', async () => {
    const user = userEvent.setup();
    const api = installAccountApi();
    await renderAccount();
    const danger = section('Delete account');

    expect(danger).toHaveTextContent('It cannot be undone.');

    await user.click(
      within(danger).getByRole('button', { name: 'Delete my account' }),
    );

    expect(
      within(danger).getByLabelText('Current password, to confirm'),
    ).toHaveFocus();
    expect(
      within(danger).getByText('Enter your password.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('DeleteAccount')).toHaveLength(0);
  });

  test('deletion conflict is shown', async () => {
    const user = userEvent.setup();
    const conflict =
      'You are the only owner of Katoomba Library, which has other members; make another member an owner first.';
    installAccountApi(
      {},
      {
        DeleteAccount: () => errorReply(conflict, { code: 'CONFLICT' }),
      },
    );
    await renderAccount();
    const danger = section('Delete account');

    await user.type(
      within(danger).getByLabelText('Current password, to confirm'),
      'the password',
    );
    await user.click(
      within(danger).getByRole('button', { name: 'Delete my account' }),
    );

    const message = await within(danger).findByText(conflict);
    await waitFor(() =>
      expect(message.closest('[role="alert"]')).toHaveFocus(),
    );
  });

  test('deleted account goes home', async () => {
    const user = userEvent.setup();
    let exists = true;
    const api = installFakeApi({
      Me: () => meHandler(exists ? viewerFixture() : null)({}),
      AccountSettings: () => ({ body: { data: { me: ACCOUNT } } }),
      MySessions: () => ({ body: { data: { mySessions: SESSIONS } } }),
      DeleteAccount: () => {
        exists = false;

        return { body: { data: { deleteAccount: true } } };
      },
    });
    renderPage(<AppRoutes />, { route: '/account', path: '/*' });
    await screen.findByRole('heading', { name: 'Profile' });
    const danger = section('Delete account');

    await user.type(
      within(danger).getByLabelText('Current password, to confirm'),
      'the password',
    );
    await user.click(
      within(danger).getByRole('button', { name: 'Delete my account' }),
    );

    expect(
      await screen.findByText('Your account was deleted.'),
    ).toBeInTheDocument();
    expect(currentPath()).toBe('/');
    expect(api.requestsFor('DeleteAccount')[0]!.variables).toEqual({
      input: { currentPassword: 'the password' },
    });
  });
});
