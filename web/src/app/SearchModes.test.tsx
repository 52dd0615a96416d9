import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { App } from './App';

type User = ReturnType<typeof userEvent.setup>;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

function fakeGeolocation(latitude: number, longitude: number) {
  const getCurrentPosition = (success: PositionCallback) =>
    success({ coords: { latitude, longitude } } as GeolocationPosition);
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: { getCurrentPosition },
  });
}

async function chooseKatoomba(user: User) {
  await user.type(screen.getByRole('combobox', { name: 'Place' }), 'Kat');
  await screen.findByRole('option', { name: /Katoomba/ });
  await user.keyboard('{ArrowDown}{Enter}');
  await screen.findByText(/opportunities found near Katoomba/);
}

describe('search modes', () => {
  test('device location stays out of the URL', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    fakeGeolocation(-33.712345, 150.311678);
    renderPage(<App />);

    await user.click(screen.getByRole('button', { name: 'Use my location' }));

    expect(
      await screen.findByText(/24 opportunities found near your location/),
    ).toBeInTheDocument();
    expect(api.requestsFor('Opportunities').at(-1)?.variables).toMatchObject({
      near: { latitude: -33.712, longitude: 150.312 },
    });
    expect(window.location.href).not.toMatch(/33\.7|150\.3/);
    expect(
      screen.getByRole('button', { name: 'Use my location' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  test('device location clears the place box', async () => {
    const user = userEvent.setup();
    installFakeApi();
    fakeGeolocation(-33.7, 150.3);
    renderPage(<App />);
    await chooseKatoomba(user);

    await user.click(screen.getByRole('button', { name: 'Use my location' }));

    await screen.findByText(/found near your location/);
    expect(screen.getByRole('combobox', { name: 'Place' })).toHaveValue('');
    expect(window.location.search).toBe('');
  });

  test('denied location explains what to do', async () => {
    const user = userEvent.setup();
    installFakeApi();
    const getCurrentPosition = (
      _: PositionCallback,
      failure: PositionErrorCallback,
    ) =>
      failure({
        code: 1,
        PERMISSION_DENIED: 1,
        POSITION_UNAVAILABLE: 2,
        TIMEOUT: 3,
        message: 'denied',
      } as GeolocationPositionError);
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition },
    });
    renderPage(<App />);

    await user.click(screen.getByRole('button', { name: 'Use my location' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Location access was denied.',
    );
  });

  test('search this area sends the view', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    renderPage(<App />);
    await chooseKatoomba(user);

    await user.click(screen.getByRole('button', { name: 'Search this area' }));

    expect(
      await screen.findByText(/24 opportunities found in the map area/),
    ).toBeInTheDocument();
    const variables = api.requestsFor('Opportunities').at(-1)?.variables;
    expect(variables).not.toHaveProperty('near');
    expect(variables).not.toHaveProperty('radiusKm');
    expect(variables?.bbox).toEqual({
      west: expect.any(Number),
      south: expect.any(Number),
      east: expect.any(Number),
      north: expect.any(Number),
    });
    expect(window.location.search).toBe('');
    expect(screen.getByRole('combobox', { name: 'Distance' })).toBeDisabled();
    expect(screen.getByText('Searching the map area')).toBeInTheDocument();
  });

  test('new search closes the detail panel', async () => {
    const user = userEvent.setup();
    installFakeApi();
    renderPage(<App />);
    await chooseKatoomba(user);
    const list = screen.getByRole('list', { name: 'Opportunities' });
    await user.click(within(list).getAllByRole('button')[0]!);
    await screen.findByRole('dialog', { name: 'Bushcare Saturday' });

    await user.click(screen.getByRole('button', { name: 'Search this area' }));

    await screen.findByText(/found in the map area/);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  test('missing-place alert clears on a new choice', async () => {
    window.history.replaceState(null, '', '/?place=999');
    const user = userEvent.setup();
    installFakeApi();
    renderPage(<App />);
    await screen.findByText(
      'The place in this link was not found. Search for another place.',
    );

    await chooseKatoomba(user);

    await waitFor(() =>
      expect(
        screen.queryByText(/The place in this link was not found/),
      ).not.toBeInTheDocument(),
    );
  });
});
