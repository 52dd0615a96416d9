import { installFakeApi } from '@test/fake-api';
import { currentPath, flushRequests, renderPage } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { AppRoutes } from '@/app/routes';

import { currentYear } from '../../account-rules';
import { errorReply, meHandler, viewerFixture } from '../../testing';
import { SignUpPage } from './SignUpPage';

type User = ReturnType<typeof userEvent.setup>;

async function renderAt(route: string) {
  renderPage(<SignUpPage />, { route });
  await flushRequests();
}

const YEAR = currentYear();

async function fillForm(user: User, birthYear = String(YEAR - 20)) {
  await user.type(screen.getByLabelText('E-mail address'), 'sam@example.org');
  await user.type(screen.getByLabelText('Password'), 'correct horse battery');
  await user.type(screen.getByLabelText('Name'), 'Sam Lee');
  await user.type(screen.getByLabelText('Year of birth'), birthYear);
}

function signUpSucceeds(onSignUp: () => void = () => {}) {
  let signedUp = false;

  return installFakeApi({
    Me: () =>
      meHandler(signedUp ? viewerFixture({ name: 'Sam Lee' }) : null)({}),
    SignUp: () => {
      signedUp = true;
      onSignUp();

      return { body: { data: { signUp: { id: 'user-2' } } } };
    },
  });
}

describe('SignUpPage validation', () => {
  test('states the age rule before submitting', async () => {
    installFakeApi();
    await renderAt('/sign-up');

    expect(
      screen.getByText(/Learnscape is for people aged 16 and over/),
    ).toBeInTheDocument();
  });

  test('password rule counts as you type', async () => {
    const user = userEvent.setup();
    installFakeApi();
    await renderAt('/sign-up');
    const password = screen.getByLabelText('Password');

    await user.type(password, 'short');

    expect(password).toHaveAccessibleDescription(
      'At least 10 characters. You have typed 5.',
    );
    expect(password).toHaveAttribute('aria-invalid', 'false');
  });

  test('shows field errors after blur', async () => {
    const user = userEvent.setup();
    installFakeApi();
    await renderAt('/sign-up');
    const password = screen.getByLabelText('Password');

    await user.type(password, 'short');
    await user.tab();

    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(
      'At least 10 characters. You have typed 5. The password has 5 characters; use at least 10.',
    );

    await user.type(password, ' and longer');

    expect(password).toHaveAttribute('aria-invalid', 'false');
  });

  test('explains the minimum age', async () => {
    const user = userEvent.setup();
    installFakeApi();
    await renderAt('/sign-up');
    const birthYear = screen.getByLabelText('Year of birth');

    await user.type(birthYear, String(YEAR - 14));
    await user.tab();

    expect(birthYear).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText(
        `You turn 14 in ${YEAR}. Learnscape is for people aged 16 and over, so you cannot sign up yet.`,
      ),
    ).toBeInTheDocument();
  });

  test('explains the rules for minors', async () => {
    const user = userEvent.setup();
    installFakeApi();
    await renderAt('/sign-up');

    await user.type(screen.getByLabelText('Year of birth'), String(YEAR - 17));

    expect(
      screen.getByText(/Because you may be under 18, safer rules apply/),
    ).toBeInTheDocument();
  });

  test('adults see no minor rules', async () => {
    const user = userEvent.setup();
    installFakeApi();
    await renderAt('/sign-up');

    await user.type(screen.getByLabelText('Year of birth'), String(YEAR - 19));

    expect(
      screen.queryByText(/Because you may be under 18/),
    ).not.toBeInTheDocument();
  });

  test('empty submit focuses the first field', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    await renderAt('/sign-up');

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText('E-mail address')).toHaveFocus();
    expect(screen.getByText('Enter your e-mail address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your name.')).toBeInTheDocument();
    expect(
      screen.getByText('Enter the year you were born.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('SignUp')).toHaveLength(0);
  });
});

describe('SignUpPage with the server', () => {
  test('shows a server error beside its field', async () => {
    const user = userEvent.setup();
    installFakeApi({
      SignUp: () =>
        errorReply('An account with sam@example.org exists already.', {
          code: 'CONFLICT',
          field: 'input.email',
        }),
    });
    await renderAt('/sign-up');
    await fillForm(user);

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByLabelText('E-mail address');
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      'An account with sam@example.org exists already.',
    );

    await user.type(email, 'x');

    expect(email).toHaveAttribute('aria-invalid', 'false');
  });

  test('shows BAD_USER_INPUT on the password', async () => {
    const user = userEvent.setup();
    installFakeApi({
      SignUp: () =>
        errorReply(
          'Password is on the list of common passwords that attackers try first.',
          { code: 'BAD_USER_INPUT', field: 'input.password' },
        ),
    });
    await renderAt('/sign-up');
    await fillForm(user);

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAccessibleDescription(
      /Password is on the list of common passwords/,
    );
  });

  test('sends the trimmed input', async () => {
    const user = userEvent.setup();
    const api = signUpSucceeds();
    await renderAt('/sign-up');
    await user.type(
      screen.getByLabelText('E-mail address'),
      '  sam@example.org ',
    );
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.type(screen.getByLabelText('Name'), ' Sam Lee ');
    await user.type(screen.getByLabelText('Year of birth'), String(YEAR - 20));

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(api.requestsFor('SignUp')).toHaveLength(1));
    expect(api.requestsFor('SignUp')[0]!.variables).toEqual({
      input: {
        email: 'sam@example.org',
        password: 'correct horse battery',
        name: 'Sam Lee',
        birthYear: YEAR - 20,
      },
    });
  });

  test('goes to next and says a mail was sent', async () => {
    const user = userEvent.setup();
    signUpSucceeds();
    renderPage(<AppRoutes />, {
      route: '/sign-up?next=%2Fno-such-page%3Fa%3D1',
      path: '/*',
    });
    await fillForm(user);

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(
      await screen.findByText(
        'Your account is ready. We sent a link to sam@example.org; open it to verify your e-mail address.',
      ),
    ).toBeInTheDocument();
    expect(currentPath()).toBe('/no-such-page?a=1');
    expect(
      await screen.findByRole('link', { name: 'Sam Lee (account settings)' }),
    ).toBeInTheDocument();
  });

  test('ignores an unsafe next', async () => {
    const user = userEvent.setup();
    signUpSucceeds();
    await renderAt('/sign-up?next=%2F%2Fevil.example');
    await fillForm(user);

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(currentPath()).toBe('/'));
  });
});
