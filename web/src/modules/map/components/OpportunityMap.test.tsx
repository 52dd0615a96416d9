import { jest } from '@jest/globals';
import { installFakeApi } from '@test/fake-api';
import { PLACES } from '@test/fixtures';
import { SDGS } from '@test/reference-data';
import { renderWithApp } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { BoundingBoxInput } from '@/gql/graphql';

import { useOpportunityMarkers } from '../hooks/useOpportunityMarkers';
import { OpportunityMap } from './OpportunityMap';

const katoomba = PLACES[0]!;
const ACTIVATION_KEYS = [
  ['Enter', '{Enter}'],
  ['Space', ' '],
] as const;
const colours = new Map(SDGS.map((sdg) => [sdg.number, sdg.colour]));

interface HarnessProps {
  selectedId?: string | null;
  radiusKm?: number;
  onSelect?: (id: string) => void;
  onSearchArea?: (bbox: BoundingBoxInput) => void;
}

function MapHarness({
  selectedId = null,
  radiusKm = 25,
  onSelect = () => {},
  onSearchArea = () => {},
}: HarnessProps) {
  const markers = useOpportunityMarkers({
    near: { placeId: katoomba.id },
    radiusKm,
  });

  return (
    <OpportunityMap
      markers={markers}
      sdgColours={colours}
      centre={katoomba.location}
      radiusKm={radiusKm}
      selectedId={selectedId}
      onSelect={onSelect}
      onSearchArea={onSearchArea}
    />
  );
}

function markerIcons() {
  return document.querySelectorAll<HTMLElement>('.map-marker');
}

describe('OpportunityMap', () => {
  test('draws markers and tiles from settings', async () => {
    const api = installFakeApi();
    renderWithApp(<MapHarness />);

    await waitFor(() =>
      expect(
        document.querySelector('.marker-cluster, .map-marker'),
      ).not.toBeNull(),
    );
    expect(api.requestsFor('OpportunityMarkers')[0]?.variables).toEqual({
      near: { placeId: katoomba.id },
      radiusKm: 25,
      limit: 5000,
    });
    await waitFor(() =>
      expect(document.querySelector('.leaflet-tile-pane img')).not.toBeNull(),
    );
    expect(
      document.querySelector('.leaflet-tile-pane img')?.getAttribute('src'),
    ).toMatch(/^http:\/\/127\.0\.0\.1:9\/tiles\/\d+\/\d+\/\d+\.png$/);
    expect(
      screen.getByRole('region', { name: 'Map of opportunities' }),
    ).toHaveTextContent('OpenStreetMap contributors');
  });

  test('marker click selects it', async () => {
    const user = userEvent.setup();
    const onSelect = jest.fn<(id: string) => void>();
    installFakeApi();
    renderWithApp(<MapHarness radiusKm={2} onSelect={onSelect} />);

    const marker = await screen.findByRole('button', {
      name: 'Bushcare Saturday',
    });
    await user.click(marker);

    expect(onSelect).toHaveBeenCalledWith('opp-01');
  });

  test.each(ACTIVATION_KEYS)('%s on a marker selects it', async (_, key) => {
    const user = userEvent.setup();
    const onSelect = jest.fn<(id: string) => void>();
    installFakeApi();
    renderWithApp(<MapHarness radiusKm={2} onSelect={onSelect} />);
    const marker = await screen.findByRole('button', {
      name: 'Bushcare Saturday',
    });

    marker.focus();
    await user.keyboard(key);

    expect(onSelect).toHaveBeenCalledWith('opp-01');
  });

  test.each(ACTIVATION_KEYS)('%s on a cluster opens it', async (_, key) => {
    const user = userEvent.setup();
    installFakeApi();
    renderWithApp(<MapHarness />);
    const clusters = await screen.findAllByRole('button', {
      name: /opportunities here/,
    });
    const markersBefore = markerIcons().length;
    expect(clusters[0]).toHaveAccessibleName(
      expect.stringMatching(
        /^\d+ opportunities here\. Press Enter to show them\.$/,
      ),
    );

    clusters[0]!.focus();
    await user.keyboard(key);

    await waitFor(() =>
      expect(markerIcons().length).toBeGreaterThan(markersBefore),
    );
  });

  test('selected marker gets the highlight', async () => {
    installFakeApi();
    const { rerender } = renderWithApp(<MapHarness radiusKm={2} />);
    await screen.findByRole('button', { name: 'Bushcare Saturday' });

    rerender(<MapHarness radiusKm={2} selectedId="opp-01" />);

    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Bushcare Saturday' }),
      ).toHaveClass('map-marker--selected'),
    );
    expect(document.querySelectorAll('.map-marker--selected')).toHaveLength(1);
    expect(markerIcons().length).toBeGreaterThan(1);
  });

  test('search this area sends the view', async () => {
    const user = userEvent.setup();
    const onSearchArea = jest.fn<(bbox: BoundingBoxInput) => void>();
    installFakeApi();
    renderWithApp(<MapHarness onSearchArea={onSearchArea} />);

    await user.click(screen.getByRole('button', { name: 'Search this area' }));

    expect(onSearchArea).toHaveBeenCalledTimes(1);
    const bbox = onSearchArea.mock.calls[0]![0];
    expect(bbox.west).toBeLessThan(katoomba.location.longitude);
    expect(bbox.east).toBeGreaterThan(katoomba.location.longitude);
    expect(bbox.south).toBeLessThan(katoomba.location.latitude);
    expect(bbox.north).toBeGreaterThan(katoomba.location.latitude);
  });

  test('says when markers are truncated', async () => {
    installFakeApi({
      OpportunityMarkers: () => ({
        body: {
          data: {
            opportunityMarkers: {
              markers: [],
              totalCount: 7342,
              truncated: true,
            },
          },
        },
      }),
    });
    renderWithApp(<MapHarness />);

    expect(
      await screen.findByText(
        'The map shows 0 of 7,342 matches. Zoom in or add filters to see them all.',
      ),
    ).toBeInTheDocument();
  });

  test('works without settings', async () => {
    installFakeApi({
      AppSettings: () => ({
        status: 500,
        body: {
          errors: [
            { message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        },
      }),
    });
    renderWithApp(<MapHarness radiusKm={2} />);

    expect(
      await screen.findByRole('button', { name: 'Bushcare Saturday' }),
    ).toBeInTheDocument();
    expect(document.querySelector('.leaflet-tile-pane img')).toBeNull();
  });
});
