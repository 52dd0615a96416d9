import { installFakeApi } from '@test/fake-api';
import { installMatchMedia } from '@test/match-media';
import { currentPath, flushRequests, renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import { AppRoutes } from './routes';

async function renderAppAt(route: string) {
  renderPage(<AppRoutes />, { route, path: '/*' });
  await flushRequests();
}

function navigation() {
  return screen.getByRole('navigation', { name: 'Main' });
}

function linkNames() {
  return within(navigation())
    .queryAllByRole('link')
    .map((link) => link.textContent);
}

const COUNCIL_MEMBERSHIP = {
  role: 'OWNER' as const,
  organisation: {
    id: 'org-9',
    name: 'Blue Mountains Council',
    kind: 'COUNCIL' as const,
  },
};

const PROVIDER_MEMBERSHIP = {
  role: 'EDITOR' as const,
  organisation: {
    id: 'org-3',
    name: 'Katoomba Library',
    kind: 'PROVIDER' as const,
  },
};

describe('navigation per viewer', () => {
  test('signed out shows sign-in links', async () => {
    installFakeApi();
    await renderAppAt('/sign-up');

    await within(navigation()).findByRole('link', { name: 'Sign in' });
    expect(linkNames()).toEqual([
      'Learnscape',
      'Map',
      'Verify a badge',
      'Pathways',
      'Ideas',
      'Sign in',
      'Sign up',
    ]);
    expect(
      within(navigation()).getByRole('link', { name: 'Sign up' }),
    ).toHaveAttribute('aria-current', 'page');
  });

  test('sign-in link returns to the page', async () => {
    installFakeApi();
    await renderAppAt('/no-such-page?tab=2');

    const signIn = await within(navigation()).findByRole('link', {
      name: 'Sign in',
    });
    expect(signIn).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fno-such-page%3Ftab%3D2',
    );
  });

  test('learner sees their pages and name', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture({ memberships: [PROVIDER_MEMBERSHIP] })),
    });
    await renderAppAt('/no-such-page');

    const account = await within(navigation()).findByRole('link', {
      name: 'Alex Rivera (account settings)',
    });
    expect(account).toHaveAttribute('href', '/account');
    expect(linkNames()).toEqual([
      'Learnscape',
      'Map',
      'Verify a badge',
      'Pathways',
      'Ideas',
      'My registrations',
      'My badges',
      'Skill needs for you',
      'Organisations',
      'Alex Rivera (account settings)',
    ]);
    expect(
      within(navigation()).getByRole('button', { name: 'Sign out' }),
    ).toBeInTheDocument();
    expect(
      within(navigation()).queryByRole('link', { name: 'Moderation' }),
    ).not.toBeInTheDocument();
    expect(
      within(navigation()).queryByRole('link', { name: 'Admin' }),
    ).not.toBeInTheDocument();
  });

  test('council member sees moderation', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture({ memberships: [COUNCIL_MEMBERSHIP] })),
    });
    await renderAppAt('/no-such-page');

    const link = await within(navigation()).findByRole('link', {
      name: 'Moderation',
    });
    expect(link).toHaveAttribute('href', '/moderation');
  });

  test('admin sees moderation and admin', async () => {
    installFakeApi({ Me: meHandler(viewerFixture({ isAdmin: true })) });
    await renderAppAt('/no-such-page');

    expect(
      await within(navigation()).findByRole('link', { name: 'Moderation' }),
    ).toBeInTheDocument();
    expect(
      within(navigation()).getByRole('link', { name: 'Admin' }),
    ).toHaveAttribute('href', '/admin/organisations');
  });

  test('sign out goes home with a notice', async () => {
    const user = userEvent.setup();
    let signedIn = true;
    const api = installFakeApi({
      Me: () => meHandler(signedIn ? viewerFixture() : null)({}),
      SignOut: () => {
        signedIn = false;

        return { body: { data: { signOut: true } } };
      },
    });
    await renderAppAt('/no-such-page');

    await user.click(
      await within(navigation()).findByRole('button', { name: 'Sign out' }),
    );

    expect(await screen.findByText('You are signed out.')).toBeInTheDocument();
    expect(currentPath()).toBe('/');
    expect(api.requestsFor('SignOut')).toHaveLength(1);
    expect(
      await within(navigation()).findByRole('link', { name: 'Sign in' }),
    ).toBeInTheDocument();
  });
});

describe('sign out', () => {
  test('sign out from a private page goes home', async () => {
    const user = userEvent.setup();
    let signedIn = true;
    installFakeApi({
      Me: () => meHandler(signedIn ? viewerFixture() : null)({}),
      AccountSettings: () => ({ body: { data: { me: null } } }),
      MySessions: () => ({ body: { data: { mySessions: [] } } }),
      SignOut: () => {
        signedIn = false;

        return { body: { data: { signOut: true } } };
      },
    });
    await renderAppAt('/account');

    await user.click(
      await within(navigation()).findByRole('button', { name: 'Sign out' }),
    );

    expect(await screen.findByText('You are signed out.')).toBeInTheDocument();
    await within(navigation()).findByRole('link', { name: 'Sign in' });
    expect(currentPath()).toBe('/');
  });
});

describe('page titles', () => {
  test.each([
    ['/', 'Learning opportunities near you – Learnscape'],
    ['/no-such-page', 'Page not found – Learnscape'],
    ['/sign-in', 'Sign in – Learnscape'],
    ['/account', 'Your account – Learnscape'],
    ['/organisations', 'Your organisations – Learnscape'],
    ['/organisations/org-9', 'Blue Mountains Council – Learnscape'],
    ['/organisations/org-9/opportunities/new', 'New listing – Learnscape'],
    ['/opportunities/opp-1/edit', 'Edit listing – Learnscape'],
    ['/invitations/accept?token=abc', 'Join an organisation – Learnscape'],
    ['/registrations', 'My registrations – Learnscape'],
    ['/sessions/session-1/registrations', 'Session registrations – Learnscape'],
    ['/moderation', 'Moderation – Learnscape'],
    [
      '/admin/organisations',
      'Organisations awaiting verification – Learnscape',
    ],
  ])('%s is titled', async (route, title) => {
    installFakeApi({
      Me: meHandler(
        viewerFixture({ isAdmin: true, memberships: [COUNCIL_MEMBERSHIP] }),
      ),
      Organisation: () => ({
        body: {
          data: {
            organisation: {
              ...COUNCIL_MEMBERSHIP.organisation,
              slug: 'blue-mountains-council',
              description: '',
              website: null,
              viewerRole: 'OWNER',
              verified: true,
              verifiedAt: '2026-11-02T03:00:00Z',
            },
          },
        },
      }),
    });
    await renderAppAt(route);

    await waitFor(() => expect(document.title).toBe(title));
  });

  test('leaving a page restores the title', async () => {
    document.title = 'Learnscape';
    installFakeApi();
    const view = renderPage(<AppRoutes />, { route: '/sign-in', path: '/*' });
    await waitFor(() => expect(document.title).toBe('Sign in – Learnscape'));

    view.unmount();

    expect(document.title).toBe('Learnscape');
  });
});

describe('shell layout', () => {
  test('skip link targets the main content', async () => {
    installFakeApi();
    await renderAppAt('/no-such-page');

    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveAttribute('href', '#main-content');
    const content = document.getElementById('main-content');
    expect(content).toContainElement(
      await screen.findByRole('heading', { level: 1 }),
    );
    expect(content).toHaveAttribute('tabindex', '-1');
  });

  test('map page keeps its search header', async () => {
    installFakeApi();
    await renderAppAt('/');

    expect(
      await screen.findByRole('heading', {
        name: 'Find something to learn near you',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Place' })).toBeInTheDocument();
    expect(
      within(navigation()).getByRole('link', { name: 'Map' }),
    ).toHaveAttribute('aria-current', 'page');
  });
});

describe('phone menu', () => {
  beforeEach(() => {
    installMatchMedia(360);
  });

  test('menu button shows and hides links', async () => {
    const user = userEvent.setup();
    installFakeApi();
    await renderAppAt('/no-such-page');
    const button = screen.getByRole('button', { name: 'Menu' });

    expect(button).toHaveAttribute('aria-expanded', 'false');
    const menu = document.getElementById(button.getAttribute('aria-controls')!);
    expect(menu).not.toBeVisible();
    expect(
      within(navigation()).queryByRole('link', { name: 'Map' }),
    ).not.toBeInTheDocument();

    await user.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toBeVisible();
    expect(
      within(navigation()).getByRole('link', { name: 'Map' }),
    ).toBeInTheDocument();
  });

  test('Escape closes and refocuses the button', async () => {
    const user = userEvent.setup();
    installFakeApi();
    await renderAppAt('/no-such-page');
    const button = screen.getByRole('button', { name: 'Menu' });
    await user.click(button);
    await user.tab();
    expect(
      within(navigation()).getByRole('link', { name: 'Map' }),
    ).toHaveFocus();

    await user.keyboard('{Escape}');

    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  test('following a link closes the menu', async () => {
    const user = userEvent.setup();
    installFakeApi();
    await renderAppAt('/no-such-page');
    const button = screen.getByRole('button', { name: 'Menu' });
    await user.click(button);

    await user.click(
      await within(navigation()).findByRole('link', { name: 'Sign up' }),
    );

    await waitFor(() => expect(currentPath()).toBe('/sign-up'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('wide screens show links without a button', async () => {
    installMatchMedia(1280);
    installFakeApi();
    await renderAppAt('/no-such-page');

    expect(
      screen.queryByRole('button', { name: 'Menu' }),
    ).not.toBeInTheDocument();
    expect(
      within(navigation()).getByRole('link', { name: 'Map' }),
    ).toBeVisible();
  });
});
