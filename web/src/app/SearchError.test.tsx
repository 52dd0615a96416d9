import { installFakeApi } from '@test/fake-api';
import { installMatchMedia } from '@test/match-media';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { App } from './App';

type User = ReturnType<typeof userEvent.setup>;

const PHONE_WIDTH = 390;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  installMatchMedia(PHONE_WIDTH);
});

/**
 * Installs the fake API with the named operations failing as if the server
 * were down, until `recover` is called.
 */
function failOperations(operationNames: string[]) {
  const api = installFakeApi();
  const answer = api.fetchMock.getMockImplementation()!;
  let down = true;
  api.fetchMock.mockImplementation(async (input, init) => {
    const body = JSON.parse(String(init?.body)) as { query: string };
    const failing = operationNames.some((name) =>
      body.query.includes(`query ${name}(`),
    );
    if (down && failing) throw new TypeError('Failed to fetch');

    return answer(input, init);
  });

  return {
    api,
    recover() {
      down = false;
    },
  };
}

async function chooseKatoomba(user: User) {
  await user.type(screen.getByRole('combobox', { name: 'Place' }), 'Kat');
  await screen.findByRole('option', { name: /Katoomba/ });
  await user.keyboard('{ArrowDown}{Enter}');
}

describe('SearchError', () => {
  test('server down shows one alert above map', async () => {
    const user = userEvent.setup();
    failOperations(['Opportunities', 'OpportunityMarkers']);
    renderPage(<App />);

    await chooseKatoomba(user);

    await waitFor(() =>
      expect(document.querySelector('.map__notice')).toBeNull(),
    );
    const alerts = await screen.findAllByRole('alert');
    expect(alerts).toHaveLength(1);
    const alert = alerts[0]!;
    expect(alert).toHaveTextContent('Search results could not be loaded.');
    expect(alert).toHaveTextContent(
      'Could not reach the server. Check your connection and try again.',
    );
    // Above the map, the filters and the list, so that on a phone it is in
    // view below the search bar.
    const map = screen.getByRole('region', { name: 'Map of opportunities' });
    expect(
      alert.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const filters = screen.getByText(/^Filters/);
    expect(
      alert.compareDocumentPosition(filters) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const results = screen.getByRole('heading', { name: 'Opportunities' });
    expect(
      alert.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  test('retry reloads list and markers', async () => {
    const user = userEvent.setup();
    const { api, recover } = failOperations([
      'Opportunities',
      'OpportunityMarkers',
    ]);
    renderPage(<App />);
    await chooseKatoomba(user);
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent('Search results could not be loaded.'),
    );
    const listRequests = api.requestsFor('Opportunities').length;
    const markerRequests = api.requestsFor('OpportunityMarkers').length;

    recover();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByText(/24 opportunities found/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.querySelector('.map-marker')).not.toBeNull(),
    );
    expect(api.requestsFor('Opportunities').length).toBeGreaterThan(
      listRequests,
    );
    expect(api.requestsFor('OpportunityMarkers').length).toBeGreaterThan(
      markerRequests,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('marker failure alone names the map', async () => {
    const user = userEvent.setup();
    const { api, recover } = failOperations(['OpportunityMarkers']);
    renderPage(<App />);
    await chooseKatoomba(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Map markers could not be loaded.');
    expect(await screen.findByText(/24 opportunities found/)).toBeVisible();
    const listRequests = api.requestsFor('Opportunities').length;

    recover();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await waitFor(() =>
      expect(document.querySelector('.map-marker')).not.toBeNull(),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.requestsFor('Opportunities')).toHaveLength(listRequests);
  });
});
