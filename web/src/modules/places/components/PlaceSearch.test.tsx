import { jest } from '@jest/globals';
import { installFakeApi } from '@test/fake-api';
import { PLACES } from '@test/fixtures';
import { renderWithApp } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { PlaceFieldsFragment } from '@/gql/graphql';

import { PlaceSearch } from './PlaceSearch';

function renderSearch(selectedPlace: PlaceFieldsFragment | null = null) {
  const onSelect = jest.fn<(place: PlaceFieldsFragment) => void>();
  renderWithApp(
    <PlaceSearch selectedPlace={selectedPlace} onSelect={onSelect} />,
  );

  return { onSelect, box: screen.getByRole('combobox', { name: 'Place' }) };
}

describe('PlaceSearch', () => {
  test('debounces typing into one request', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    const { box } = renderSearch();

    await user.type(box, 'Blackh');

    expect(
      await screen.findByRole('option', { name: /Blackheath/ }),
    ).toBeInTheDocument();
    expect(api.requestsFor('SearchPlaces')).toHaveLength(1);
    expect(api.requestsFor('SearchPlaces')[0]?.variables).toEqual({
      search: 'Blackh',
      first: 8,
    });
  });

  test('arrow keys move the active option', async () => {
    const user = userEvent.setup();
    installFakeApi();
    const { box } = renderSearch();
    await user.type(box, 'Ka');
    await screen.findByRole('option', { name: /Katoomba/ });

    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    const [first] = screen.getAllByRole('option');
    expect(box).toHaveAttribute('aria-activedescendant', first!.id);
    expect(first).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', first!.id);
  });

  test('Enter picks the active place', async () => {
    const user = userEvent.setup();
    installFakeApi();
    const { box, onSelect } = renderSearch();
    await user.type(box, 'Le');
    await screen.findByRole('option', { name: /Leura/ });

    await user.keyboard('{ArrowDown}{Enter}');

    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]?.[0].name).toBe('Leura');
    expect(box).toHaveValue('Leura');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  test('option shows country and population', async () => {
    const user = userEvent.setup();
    installFakeApi();
    const { box } = renderSearch();

    await user.type(box, 'Wel');

    expect(
      await screen.findByRole('option', {
        name: 'Wellington New Zealand · population 381,900',
      }),
    ).toBeInTheDocument();
  });

  test('Escape closes, then clears', async () => {
    const user = userEvent.setup();
    installFakeApi();
    const { box } = renderSearch();
    await user.type(box, 'Ka');
    await screen.findByRole('option', { name: /Katoomba/ });

    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('Ka');

    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  test('Escape restores the searched place', async () => {
    const user = userEvent.setup();
    installFakeApi();
    const { box } = renderSearch(PLACES[0]!);
    expect(box).toHaveValue('Katoomba');

    box.focus();
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('Katoomba');

    await user.clear(box);
    await user.type(box, 'Pen');
    await screen.findByRole('option', { name: /Penrith/ });
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('Pen');

    await user.keyboard('{Escape}');
    expect(box).toHaveValue('Katoomba');
  });

  test('click picks a place', async () => {
    const user = userEvent.setup();
    installFakeApi();
    const { box, onSelect } = renderSearch();
    await user.type(box, 'Pen');

    await user.click(await screen.findByRole('option', { name: /Penrith/ }));

    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(box).toHaveValue('Penrith');
    expect(box).toHaveFocus();
  });

  test('announces when nothing matches', async () => {
    const user = userEvent.setup();
    installFakeApi();
    const { box } = renderSearch();

    await user.type(box, 'Zzz');

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'No places match “Zzz”.',
      ),
    );
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });
});
