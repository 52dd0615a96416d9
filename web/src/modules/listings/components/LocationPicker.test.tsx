import { installFakeApi } from '@test/fake-api';
import { PLACES } from '@test/fixtures';
import { renderWithApp } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { fieldIds } from '@/components/form/FormField';

import { LocationPicker } from './LocationPicker';

const katoomba = PLACES[0]!;

function nearestPlaceHandler() {
  return {
    body: {
      data: {
        nearestPlace: {
          __typename: 'Place',
          id: katoomba.id,
          name: katoomba.name,
          countryCode: 'AU',
        },
      },
    },
  };
}

function PickerHarness({
  initial = { latitude: '', longitude: '' },
}: {
  initial?: { latitude: string; longitude: string };
}) {
  const [point, setPoint] = useState(initial);

  return (
    <LocationPicker
      latitude={point.latitude}
      longitude={point.longitude}
      onChange={(latitude, longitude) => setPoint({ latitude, longitude })}
      onBlur={() => {}}
      idsOf={(field) => fieldIds('picker', field)}
      errorOf={() => undefined}
    />
  );
}

function pin() {
  return document.querySelector<HTMLElement>('.location-pin');
}

describe('LocationPicker', () => {
  test('no pin until coordinates are given', async () => {
    installFakeApi({ NearestPlace: nearestPlaceHandler });
    renderWithApp(<PickerHarness />);

    expect(await screen.findByText('No pin placed yet.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(pin()).toBeNull();
  });

  test('number inputs place the pin', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({ NearestPlace: nearestPlaceHandler });
    renderWithApp(<PickerHarness />);

    await user.type(
      screen.getByRole('spinbutton', { name: 'Latitude' }),
      '-33.7128',
    );
    await user.type(
      screen.getByRole('spinbutton', { name: 'Longitude' }),
      '150.3111',
    );

    await waitFor(() => expect(pin()).not.toBeNull());
    expect(pin()).toHaveAttribute('title', 'Venue pin');
    expect(
      screen.getByText(/Pin at -33\.7128, 150\.3111\./),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Nearest place: Katoomba/),
    ).toBeInTheDocument();
    expect(api.requestsFor('NearestPlace').at(-1)?.variables).toEqual({
      latitude: -33.7128,
      longitude: 150.3111,
    });
  });

  test('out of range input removes the pin', async () => {
    const user = userEvent.setup();
    installFakeApi({ NearestPlace: nearestPlaceHandler });
    renderWithApp(
      <PickerHarness initial={{ latitude: '-33.7', longitude: '150.3' }} />,
    );
    await waitFor(() => expect(pin()).not.toBeNull());

    const latitude = screen.getByRole('spinbutton', { name: 'Latitude' });
    await user.clear(latitude);
    await user.type(latitude, '95');

    await waitFor(() => expect(pin()).toBeNull());
    expect(screen.getByText('No pin placed yet.')).toBeInTheDocument();
  });

  test('place search moves the pin', async () => {
    const user = userEvent.setup();
    installFakeApi({ NearestPlace: nearestPlaceHandler });
    renderWithApp(<PickerHarness />);

    await user.type(screen.getByRole('combobox', { name: 'Place' }), 'Kat');
    await screen.findByRole('option', { name: /Katoomba/ });
    await user.keyboard('{ArrowDown}{Enter}');

    expect(screen.getByRole('spinbutton', { name: 'Latitude' })).toHaveValue(
      katoomba.location.latitude,
    );
    expect(screen.getByRole('spinbutton', { name: 'Longitude' })).toHaveValue(
      katoomba.location.longitude,
    );
    await waitFor(() => expect(pin()).not.toBeNull());
    expect(
      await screen.findByText(/Nearest place: Katoomba/),
    ).toBeInTheDocument();
  });

  test('map works without tile settings', async () => {
    installFakeApi({
      NearestPlace: nearestPlaceHandler,
      AppSettings: () => ({
        status: 500,
        body: {
          errors: [
            { message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        },
      }),
    });
    renderWithApp(
      <PickerHarness initial={{ latitude: '-33.7', longitude: '150.3' }} />,
    );

    await waitFor(() => expect(pin()).not.toBeNull());
    expect(document.querySelector('.leaflet-tile-pane img')).toBeNull();
  });
});
