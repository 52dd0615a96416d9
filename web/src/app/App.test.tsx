import { badUserInput, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { App } from './App';

type User = ReturnType<typeof userEvent.setup>;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

async function chooseKatoomba(user: User) {
  await user.type(screen.getByRole('combobox', { name: 'Place' }), 'Kat');
  await screen.findByRole('option', { name: /Katoomba/ });
  await user.keyboard('{ArrowDown}{Enter}');
}

function resultCards() {
  return within(
    screen.getByRole('list', { name: 'Opportunities' }),
  ).getAllByRole('button');
}

describe('App', () => {
  test('shows the welcome state first', async () => {
    const api = installFakeApi();
    renderPage(<App />);

    expect(
      screen.getByRole('heading', { name: 'Find something to learn near you' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Opportunities' }),
    ).not.toBeInTheDocument();
    await waitFor(() =>
      expect(api.requestsFor('ReferenceData')).not.toHaveLength(0),
    );
    expect(api.requestsFor('Opportunities')).toHaveLength(0);
    expect(api.requestsFor('OpportunityMarkers')).toHaveLength(0);
  });

  test('lists nearest first after picking a place', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    renderPage(<App />);

    await chooseKatoomba(user);

    const status = await screen.findByText(
      '24 opportunities found near Katoomba. Showing 20 of 24',
    );
    expect(status).toHaveAttribute('role', 'status');
    const cards = resultCards();
    expect(cards).toHaveLength(20);
    expect(cards[0]).toHaveAccessibleName('Bushcare Saturday');
    expect(cards[0]).toHaveAccessibleDescription(
      'Workshop 370 m By Blue Mountains City Library Next: Sun, Dec 13, 2026, 10:00 AM GMT+11 Free',
    );
    expect(cards[0]).toHaveTextContent('370 m');
    expect(cards[0]).toHaveTextContent('By Blue Mountains City Library');
    expect(cards[0]).toHaveTextContent('Free');
    expect(cards[0]).toHaveTextContent(
      'Next: Sun, Dec 13, 2026, 10:00 AM GMT+11',
    );
    expect(cards[1]).toHaveTextContent('1 km');
    expect(cards[1]).toHaveTextContent('A$16.00');
    expect(window.location.search).toBe('?place=2161376');
    expect(api.requestsFor('Opportunities').at(-1)?.variables).toEqual({
      near: { placeId: '2161376' },
      radiusKm: 25,
      first: 20,
    });
    expect(
      api.requestsFor('Opportunities').at(-1)?.headers['Content-Type'],
    ).toBe('application/json');
  });

  test('load more follows the end cursor', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    renderPage(<App />);
    await chooseKatoomba(user);
    await screen.findByText(/Showing 20 of 24/);

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await screen.findByText('24 opportunities found near Katoomba');
    expect(resultCards()).toHaveLength(24);
    expect(resultCards()[20]).toHaveFocus();
    expect(api.requestsFor('Opportunities').at(-1)?.variables).toMatchObject({
      after: 'cursor:19',
      first: 20,
    });
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  test('sdg filter narrows the list and URL', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    renderPage(<App />);
    await chooseKatoomba(user);
    await screen.findByText(/24 opportunities found/);

    await user.click(screen.getByText('Filters'));
    await user.click(
      await screen.findByRole('checkbox', { name: 'Goal 13: Climate Action' }),
    );

    await screen.findByText('1 opportunity found near Katoomba');
    expect(resultCards()).toHaveLength(1);
    expect(resultCards()[0]).toHaveTextContent('Podcast Lab');
    expect(window.location.search).toBe('?place=2161376&sdg=13');
    expect(
      api.requestsFor('OpportunityMarkers').at(-1)?.variables,
    ).toMatchObject({ filter: { sdgs: [13] } });
    expect(screen.getByText('Filters · 1 active')).toBeInTheDocument();
  });

  test('detail opens from the list and closes on Escape', async () => {
    const user = userEvent.setup();
    installFakeApi();
    renderPage(<App />);
    await chooseKatoomba(user);
    await screen.findByText(/24 opportunities found/);
    const card = resultCards()[1]!;

    await user.click(card);

    const dialog = await screen.findByRole('dialog', { name: 'Coding Club' });
    expect(dialog).toHaveFocus();
    expect(within(dialog).getByText('TAFE NSW Katoomba')).toBeInTheDocument();
    expect(
      within(dialog).getByText('11 Katoomba Street, Katoomba NSW 2780'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Mon, Dec 14, 2026, 10:00 AM – 12:00 PM GMT+11'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Mon, Dec 21, 2026, 10:00 AM – 12:00 PM GMT+11'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('A$16.00')).toBeInTheDocument();
    expect(within(dialog).getByText('16 and over')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('heading', { name: 'What you do', level: 4 }),
    ).toBeInTheDocument();
    expect(card).toHaveAttribute('aria-current', 'true');

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(card).toHaveFocus();
  });

  test('shared link restores place, radius and filters', async () => {
    window.history.replaceState(
      null,
      '',
      '/?place=2161376&radius=10&sdg=4&free=1',
    );
    const api = installFakeApi();
    renderPage(<App />);

    expect(
      await screen.findByText(/opportunities found near Katoomba/),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Place' })).toHaveValue(
      'Katoomba',
    );
    expect(screen.getByRole('combobox', { name: 'Distance' })).toHaveValue(
      '10',
    );
    expect(screen.getByRole('checkbox', { name: 'Free only' })).toBeChecked();
    expect(api.requestsFor('Opportunities').at(-1)?.variables).toEqual({
      near: { placeId: '2161376' },
      radiusKm: 10,
      filter: { sdgs: [4], freeOnly: true },
      first: 20,
    });
    for (const card of resultCards()) expect(card).toHaveTextContent('Free');
  });

  test('unknown place in a link is reported', async () => {
    window.history.replaceState(null, '', '/?place=999');
    installFakeApi();
    renderPage(<App />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The place in this link was not found.',
    );
    expect(
      screen.getByRole('heading', { name: 'Find something to learn near you' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  test('unknown skill in a link is dropped', async () => {
    window.history.replaceState(
      null,
      '',
      '/?place=2161376&skill=zzz,numeracy&kind=NAP',
    );
    const api = installFakeApi();
    renderPage(<App />);

    expect(
      await screen.findByText(/opportunities found near Katoomba/),
    ).toBeInTheDocument();
    for (const request of api.requestsFor('Opportunities')) {
      expect(request.variables).toMatchObject({
        filter: { skills: ['numeracy'] },
      });
    }
    expect(screen.getByText(/^Filters/)).toHaveTextContent(
      'Filters · 1 active',
    );
    expect(screen.getByRole('checkbox', { name: 'Numeracy' })).toBeChecked();
    expect(window.location.search).toBe('?place=2161376&skill=numeracy');
  });

  test('malformed place id in a link is reported', async () => {
    window.history.replaceState(null, '', '/?place=abc');
    const api = installFakeApi();
    renderPage(<App />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The place in this link was not found.',
    );
    expect(api.requestsFor('Place')).toHaveLength(0);
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  test('empty result suggests a wider search', async () => {
    const user = userEvent.setup();
    installFakeApi();
    renderPage(<App />);
    await chooseKatoomba(user);
    await screen.findByText(/24 opportunities found/);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Distance' }),
      'Within 2 km',
    );
    await user.click(screen.getByText('Filters'));
    await user.click(
      screen.getByRole('checkbox', { name: 'Goal 13: Climate Action' }),
    );

    expect(
      await screen.findByText(
        'No opportunities match this search. Try a larger radius or fewer filters.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(
      screen.queryByRole('list', { name: 'Opportunities' }),
    ).not.toBeInTheDocument();
  });

  test('shows BAD_USER_INPUT messages as sent', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Opportunities: () =>
        badUserInput('radiusKm must be more than 0 and at most 200.'),
    });
    renderPage(<App />);

    await chooseKatoomba(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'radiusKm must be more than 0 and at most 200.',
    );
  });

  test('hides internal errors and retries', async () => {
    const user = userEvent.setup();
    let failures = 1;
    const api = installFakeApi();
    const working = api.fetchMock.getMockImplementation()!;
    installFakeApi({
      Opportunities: (variables) => {
        if (failures-- > 0) {
          return {
            body: {
              data: null,
              errors: [
                {
                  message: 'relation "opportunity" does not exist',
                  extensions: { code: 'INTERNAL_SERVER_ERROR' },
                },
              ],
            },
          };
        }

        return working('/graphql', {
          method: 'POST',
          body: JSON.stringify({ query: 'query Opportunities', variables }),
        }).then(async (response) => ({ body: await response.json() }));
      },
    });
    renderPage(<App />);
    await chooseKatoomba(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Something went wrong on the server. Try again later.',
    );
    expect(alert).not.toHaveTextContent('relation');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByText(/24 opportunities found/),
    ).toBeInTheDocument();
  });

  test('closing returns focus to the marker', async () => {
    const user = userEvent.setup();
    installFakeApi();
    renderPage(<App />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Distance' }),
      'Within 2 km',
    );
    await chooseKatoomba(user);
    await screen.findByText(/opportunities found near Katoomba/);
    // Queried by selector, because role queries over every map element are
    // slow in jsdom.
    const marker = await waitFor(() => {
      const element = document.querySelector<HTMLElement>(
        '.map-marker[title="Bushcare Saturday"]',
      );
      expect(element).not.toBeNull();

      return element!;
    });

    marker.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', {
      name: 'Bushcare Saturday',
    });
    expect(dialog).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    expect(marker).toHaveFocus();
  });
});
