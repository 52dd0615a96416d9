import { jest } from '@jest/globals';
import { type Handler, installFakeApi } from '@test/fake-api';
import { installMatchMedia } from '@test/match-media';
import { renderWithApp } from '@test/render';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactElement, useState } from 'react';

import { ViewerProvider } from '@/modules/accounts';
import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';
import {
  type SessionFixture,
  sessionFixture,
  sessionPlacesReply,
} from '@/modules/registrations/testing';

import { OpportunityDetail } from './OpportunityDetail';

const PHONE_WIDTH = 390;
const DESKTOP_WIDTH = 1280;

/**
 * Renders inside the viewer provider, as the app does. The fake API's
 * default `Me` handler returns no viewer, so the viewer is signed out.
 */
function renderWithViewer(ui: ReactElement) {
  return renderWithApp(<ViewerProvider>{ui}</ViewerProvider>);
}

/** Opens the detail from a button, as the list does, and closes it again. */
function DetailHarness({ id }: { id: string }) {
  const [open, setOpen] = useState(false);

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open details
      </button>
      {open && <OpportunityDetail id={id} onClose={() => setOpen(false)} />}
    </>
  );
}

/** Adds a focusable element beside the rendered app, as the map is. */
function addOutsideButton(): HTMLButtonElement {
  const outside = document.createElement('button');
  outside.textContent = 'Outside';
  document.body.append(outside);

  return outside;
}

describe('OpportunityDetail', () => {
  test('shows provider, venue, sessions and skills', async () => {
    installFakeApi();
    renderWithViewer(<OpportunityDetail id="opp-03" onClose={() => {}} />);

    const dialog = await screen.findByRole('dialog', {
      name: 'Youth Radio Studio',
    });
    expect(
      within(dialog).getByText('Work experience · In person'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/^Mountains Youth Services ·/, {
        selector: 'dd',
      }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('link', { name: 'Website' }),
    ).toHaveAttribute('href', 'https://youth.example.org');
    expect(
      within(dialog).getByText('Mountains Youth Services hall'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Tue, Dec 15, 2026, 10:00 AM – 12:00 PM GMT+11'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Tue, Dec 22, 2026, 10:00 AM – 12:00 PM GMT+11'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('16 to 24')).toBeInTheDocument();
    expect(within(dialog).getByText('Scientific literacy')).toBeInTheDocument();
    expect(within(dialog).getByText('Collaboration')).toBeInTheDocument();
    expect(within(dialog).getByText('Quality Education')).toBeInTheDocument();
    expect(within(dialog).getByText('Wear closed shoes')).toBeInTheDocument();
  });

  test('links to the full page and shows access', async () => {
    installFakeApi();
    renderWithViewer(<OpportunityDetail id="opp-01" onClose={() => {}} />);

    const dialog = await screen.findByRole('dialog', {
      name: 'Bushcare Saturday',
    });
    expect(
      within(dialog).getByRole('link', { name: 'Open the full page' }),
    ).toHaveAttribute('href', '/opportunities/opp-01');
    expect(
      within(dialog).getByRole('heading', { name: 'Accessibility' }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Deaf or hard-of-hearing people'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Step-free entry from the car park.'),
    ).toBeInTheDocument();
  });

  test('close button calls onClose', async () => {
    const user = userEvent.setup();
    const onClose = jest.fn();
    installFakeApi();
    renderWithViewer(<OpportunityDetail id="opp-01" onClose={onClose} />);
    await screen.findByRole('dialog', { name: 'Bushcare Saturday' });

    await user.click(screen.getByRole('button', { name: 'Close' }));

    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('Escape inside calls onClose', async () => {
    const user = userEvent.setup();
    const onClose = jest.fn();
    installFakeApi();
    renderWithViewer(<OpportunityDetail id="opp-01" onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', {
      name: 'Bushcare Saturday',
    });

    expect(dialog).toHaveFocus();
    await user.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('missing opportunity says so', async () => {
    installFakeApi();
    renderWithViewer(<OpportunityDetail id="opp-gone" onClose={() => {}} />);

    expect(
      await screen.findByRole('dialog', {
        name: 'This opportunity is no longer available.',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('network failure offers a retry', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    const answer = api.fetchMock.getMockImplementation()!;
    let online = false;
    api.fetchMock.mockImplementation(async (input, init) => {
      if (!online) throw new TypeError('Failed to fetch');

      return answer(input, init);
    });
    renderWithViewer(<OpportunityDetail id="opp-01" onClose={() => {}} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not reach the server. Check your connection and try again.',
    );

    expect(screen.getByRole('dialog')).toHaveAccessibleName(
      'Details could not be loaded.',
    );

    online = true;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('dialog', { name: 'Bushcare Saturday' }),
    ).toBeInTheDocument();
  });

  test('focus falls back to the list twin', async () => {
    installFakeApi();
    const opener = document.createElement('button');
    const twin = document.createElement('button');
    twin.dataset.opportunityId = 'opp-01';
    document.body.append(opener, twin);
    opener.focus();
    const { unmount } = renderWithViewer(
      <OpportunityDetail id="opp-01" onClose={() => {}} />,
    );
    await screen.findByRole('dialog', { name: 'Bushcare Saturday' });

    opener.remove();
    unmount();

    expect(twin).toHaveFocus();
    twin.remove();
  });

  describe('at phone width', () => {
    test('is modal and makes the page inert', async () => {
      installMatchMedia(PHONE_WIDTH);
      installFakeApi();
      const outside = addOutsideButton();
      renderWithViewer(<OpportunityDetail id="opp-03" onClose={() => {}} />);

      const dialog = await screen.findByRole('dialog', {
        name: 'Youth Radio Studio',
      });

      expect(dialog).toHaveAttribute('aria-modal', 'true');
      expect(outside).toHaveAttribute('inert');
      expect(dialog.closest('[inert]')).toBeNull();
      outside.remove();
    });

    test('Tab wraps from last to first', async () => {
      const user = userEvent.setup();
      installMatchMedia(PHONE_WIDTH);
      installFakeApi();
      const outside = addOutsideButton();
      renderWithViewer(<OpportunityDetail id="opp-03" onClose={() => {}} />);
      const dialog = await screen.findByRole('dialog', {
        name: 'Youth Radio Studio',
      });
      const close = within(dialog).getByRole('button', { name: 'Close' });
      const website = within(dialog).getByRole('link', { name: 'Website' });

      website.focus();
      await user.tab();

      expect(close).toHaveFocus();
      outside.remove();
    });

    test('Shift+Tab wraps from first to last', async () => {
      const user = userEvent.setup();
      installMatchMedia(PHONE_WIDTH);
      installFakeApi();
      const outside = addOutsideButton();
      renderWithViewer(<OpportunityDetail id="opp-03" onClose={() => {}} />);
      const dialog = await screen.findByRole('dialog', {
        name: 'Youth Radio Studio',
      });
      const close = within(dialog).getByRole('button', { name: 'Close' });
      const website = within(dialog).getByRole('link', { name: 'Website' });

      close.focus();
      await user.tab({ shift: true });

      expect(website).toHaveFocus();
      outside.remove();
    });

    test('Shift+Tab from dialog wraps to last', async () => {
      const user = userEvent.setup();
      installMatchMedia(PHONE_WIDTH);
      installFakeApi();
      renderWithViewer(<OpportunityDetail id="opp-03" onClose={() => {}} />);
      const dialog = await screen.findByRole('dialog', {
        name: 'Youth Radio Studio',
      });
      expect(dialog).toHaveFocus();

      await user.tab({ shift: true });

      expect(
        within(dialog).getByRole('link', { name: 'Website' }),
      ).toHaveFocus();
    });

    test('Escape closes, clears inert and refocuses opener', async () => {
      const user = userEvent.setup();
      installMatchMedia(PHONE_WIDTH);
      installFakeApi();
      const outside = addOutsideButton();
      renderWithViewer(<DetailHarness id="opp-01" />);
      const opener = screen.getByRole('button', { name: 'Open details' });

      await user.click(opener);
      const dialog = await screen.findByRole('dialog', {
        name: 'Bushcare Saturday',
      });
      expect(dialog).toHaveFocus();
      expect(opener).toHaveAttribute('inert');
      await user.keyboard('{Escape}');

      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(opener).not.toHaveAttribute('inert');
      expect(outside).not.toHaveAttribute('inert');
      expect(opener).toHaveFocus();
      outside.remove();
    });

    test('keeps inert set before it opened', async () => {
      installMatchMedia(PHONE_WIDTH);
      installFakeApi();
      const alreadyInert = addOutsideButton();
      alreadyInert.setAttribute('inert', '');
      const { unmount } = renderWithViewer(
        <OpportunityDetail id="opp-01" onClose={() => {}} />,
      );
      await screen.findByRole('dialog', { name: 'Bushcare Saturday' });

      unmount();

      expect(alreadyInert).toHaveAttribute('inert');
      alreadyInert.remove();
    });
  });

  describe('at desktop width', () => {
    test('is non-modal and leaves the page alone', async () => {
      installMatchMedia(DESKTOP_WIDTH);
      installFakeApi();
      const outside = addOutsideButton();
      renderWithViewer(<OpportunityDetail id="opp-03" onClose={() => {}} />);

      const dialog = await screen.findByRole('dialog', {
        name: 'Youth Radio Studio',
      });

      expect(dialog).toHaveAttribute('aria-modal', 'false');
      expect(outside).not.toHaveAttribute('inert');
      outside.remove();
    });

    test('Tab from last leaves the dialog', async () => {
      const user = userEvent.setup();
      installMatchMedia(DESKTOP_WIDTH);
      installFakeApi();
      const outside = addOutsideButton();
      renderWithViewer(<OpportunityDetail id="opp-03" onClose={() => {}} />);
      const dialog = await screen.findByRole('dialog', {
        name: 'Youth Radio Studio',
      });

      within(dialog).getByRole('link', { name: 'Website' }).focus();
      await user.tab();

      expect(dialog.contains(document.activeElement)).toBe(false);
      outside.remove();
    });
  });

  test('resize switches between modal and non-modal', async () => {
    const viewport = installMatchMedia(DESKTOP_WIDTH);
    installFakeApi();
    const outside = addOutsideButton();
    renderWithViewer(<OpportunityDetail id="opp-01" onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', {
      name: 'Bushcare Saturday',
    });
    outside.focus();

    act(() => viewport.resize(PHONE_WIDTH));

    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(outside).toHaveAttribute('inert');
    expect(dialog).toHaveFocus();

    act(() => viewport.resize(DESKTOP_WIDTH));

    expect(dialog).toHaveAttribute('aria-modal', 'false');
    expect(outside).not.toHaveAttribute('inert');
    outside.remove();
  });
});

describe('OpportunityDetail registration', () => {
  const OPPORTUNITY = 'opp-03';

  function installRegistrationApi(
    sessions: SessionFixture[],
    overrides: Record<string, Handler> = {},
    signedIn = true,
  ) {
    return installFakeApi({
      Me: meHandler(signedIn ? viewerFixture() : null),
      SessionPlaces: () => sessionPlacesReply(OPPORTUNITY, sessions),
      ...overrides,
    });
  }

  function renderDetail() {
    return renderWithApp(
      <ViewerProvider>
        <OpportunityDetail id={OPPORTUNITY} onClose={() => {}} />
      </ViewerProvider>,
    );
  }

  async function expectAnnounced(text: string) {
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(text),
    );
  }

  async function sessionItem(index = 0) {
    const region = await screen.findByRole('region', { name: 'Register' });
    const items = await within(region).findAllByRole('listitem');

    return items[index]!;
  }

  test('shows places left per session', async () => {
    installRegistrationApi([
      sessionFixture('s-1', 5, { placesLeft: 3 }),
      sessionFixture('s-2', 12, { placesLeft: 0 }),
      sessionFixture('s-3', 19, { placesLeft: null, capacity: null }),
    ]);
    renderDetail();

    const first = await sessionItem(0);
    expect(first).toHaveTextContent('3 places left');
    expect(
      within(first).getByRole('button', { name: 'Register' }),
    ).toBeInTheDocument();
    const second = await sessionItem(1);
    expect(second).toHaveTextContent('Full');
    expect(
      within(second).getByRole('button', { name: 'Join the waiting list' }),
    ).toBeInTheDocument();
    const third = await sessionItem(2);
    expect(third).not.toHaveTextContent(/places? left|Full/);
  });

  test('leaves out sessions that started', async () => {
    installRegistrationApi([
      sessionFixture('s-past', -1),
      sessionFixture('s-next', 3),
    ]);
    renderDetail();

    await sessionItem(0);
    const region = screen.getByRole('region', { name: 'Register' });
    expect(within(region).getAllByRole('listitem')).toHaveLength(1);
  });

  test('register announces the place', async () => {
    const user = userEvent.setup();
    const api = installRegistrationApi([sessionFixture('s-1', 5)], {
      RegisterForSession: () => ({
        body: {
          data: {
            registerForSession: {
              id: 'reg-1',
              status: 'REGISTERED',
              waitlistPosition: null,
            },
          },
        },
      }),
    });
    renderDetail();

    const item = await sessionItem();
    await user.click(within(item).getByRole('button', { name: 'Register' }));

    await expectAnnounced('You are registered');
    expect(api.requestsFor('RegisterForSession')[0]?.variables).toEqual({
      input: { sessionId: 's-1' },
    });
    expect(
      within(item).getByRole('button', { name: 'Withdraw' }),
    ).toHaveFocus();
    expect(item).toHaveTextContent('You are registered');
  });

  test('full session joins the waiting list', async () => {
    const user = userEvent.setup();
    installRegistrationApi(
      [sessionFixture('s-1', 5, { placesLeft: 0, waitlistCount: 1 })],
      {
        RegisterForSession: () => ({
          body: {
            data: {
              registerForSession: {
                id: 'reg-2',
                status: 'WAITLISTED',
                waitlistPosition: 2,
              },
            },
          },
        }),
      },
    );
    renderDetail();

    const item = await sessionItem();
    await user.click(
      within(item).getByRole('button', { name: 'Join the waiting list' }),
    );

    await expectAnnounced('You are number 2 on the waiting list');
    expect(item).toHaveTextContent('You are number 2 on the waiting list');
  });

  test('withdraw asks first, then withdraws', async () => {
    const user = userEvent.setup();
    const api = installRegistrationApi(
      [
        sessionFixture('s-1', 5, {
          viewerRegistration: {
            id: 'reg-1',
            status: 'REGISTERED',
            waitlistPosition: null,
          },
        }),
      ],
      {
        WithdrawRegistration: () => ({
          body: {
            data: {
              withdrawRegistration: {
                id: 'reg-1',
                status: 'WITHDRAWN',
                waitlistPosition: null,
              },
            },
          },
        }),
      },
    );
    renderDetail();

    const item = await sessionItem();
    expect(item).toHaveTextContent('You are registered');
    await user.click(within(item).getByRole('button', { name: 'Withdraw' }));

    const confirm = within(item).getByRole('group', {
      name: /Withdraw from this session\?/,
    });
    expect(
      within(confirm).getByRole('button', { name: 'Keep my place' }),
    ).toHaveFocus();
    expect(api.requestsFor('WithdrawRegistration')).toHaveLength(0);
    await user.click(
      within(confirm).getByRole('button', { name: 'Yes, withdraw' }),
    );

    await expectAnnounced('You have withdrawn');
    expect(api.requestsFor('WithdrawRegistration')[0]?.variables).toEqual({
      input: { registrationId: 'reg-1' },
    });
    expect(
      within(item).getByRole('button', { name: 'Register' }),
    ).toHaveFocus();
  });

  test('Escape cancels withdraw, not the panel', async () => {
    const user = userEvent.setup();
    const onClose = jest.fn();
    installRegistrationApi([
      sessionFixture('s-1', 5, {
        viewerRegistration: {
          id: 'reg-1',
          status: 'REGISTERED',
          waitlistPosition: null,
        },
      }),
    ]);
    renderWithApp(
      <ViewerProvider>
        <OpportunityDetail id={OPPORTUNITY} onClose={onClose} />
      </ViewerProvider>,
    );

    const item = await sessionItem();
    await user.click(within(item).getByRole('button', { name: 'Withdraw' }));
    await user.keyboard('{Escape}');

    expect(onClose).not.toHaveBeenCalled();
    expect(within(item).queryByRole('group')).not.toBeInTheDocument();
    expect(
      within(item).getByRole('button', { name: 'Withdraw' }),
    ).toHaveFocus();
  });

  test('server error shows beside its session', async () => {
    const user = userEvent.setup();
    const message = 'This opportunity is for ages 18 to 25, and you are 16.';
    installRegistrationApi(
      [sessionFixture('s-1', 5), sessionFixture('s-2', 12)],
      {
        RegisterForSession: () =>
          errorReply(message, { code: 'BAD_USER_INPUT' }),
      },
    );
    renderDetail();

    const second = await sessionItem(1);
    const button = within(second).getByRole('button', { name: 'Register' });
    await user.click(button);

    const alert = await within(second).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(button).toHaveAccessibleDescription(
      expect.stringContaining(message),
    );
    const first = await sessionItem(0);
    expect(within(first).queryByRole('alert')).not.toBeInTheDocument();
  });

  test('signed out links to sign in', async () => {
    window.history.replaceState(null, '', '/?place=2161376&radius=10');
    const api = installRegistrationApi([sessionFixture('s-1', 5)], {}, false);
    renderDetail();

    const link = await screen.findByRole('link', {
      name: 'Sign in to register',
    });
    expect(link).toHaveAttribute(
      'href',
      '/sign-in?next=%2F%3Fplace%3D2161376%26radius%3D10',
    );
    const item = await sessionItem();
    expect(item).toHaveTextContent('3 places left');
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
    expect(api.requestsFor('SessionPlaces')[0]?.variables).toEqual({
      opportunityId: OPPORTUNITY,
      signedIn: false,
    });
    window.history.replaceState(null, '', '/');
  });

  test('phone width keeps Tab inside', async () => {
    const user = userEvent.setup();
    installMatchMedia(PHONE_WIDTH);
    installRegistrationApi([sessionFixture('s-1', 5)]);
    renderDetail();
    const item = await sessionItem();
    const dialog = screen.getByRole('dialog', { name: 'Youth Radio Studio' });
    const close = within(dialog).getByRole('button', { name: 'Close' });

    expect(dialog).toHaveAttribute('aria-modal', 'true');
    close.focus();
    await user.tab();

    expect(
      within(dialog).getByRole('link', { name: 'Open the full page' }),
    ).toHaveFocus();

    await user.tab();

    expect(
      within(item).getByRole('button', { name: 'Register' }),
    ).toHaveFocus();
  });
});
