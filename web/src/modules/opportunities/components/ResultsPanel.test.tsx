import { OPPORTUNITIES } from '@test/fixtures';
import { renderWithApp } from '@test/render';
import { screen, within } from '@testing-library/react';

import type { SearchVariables } from '@/app/search-area';

import type { useOpportunityList } from '../hooks/useOpportunityList';
import { ResultsPanel } from './ResultsPanel';

type List = ReturnType<typeof useOpportunityList>;

const SEARCH: SearchVariables = {
  near: { placeId: '2161376' },
  radiusKm: 10,
  filter: { sdgs: [4], freeOnly: true },
};

function listOf(overrides: Partial<List>): List {
  const edges = OPPORTUNITIES.slice(0, 2).map((opportunity, index) => ({
    cursor: `cursor:${index}`,
    distanceKm: 1 + index,
    node: { ...opportunity, nextSession: opportunity.sessions[0] ?? null },
  }));

  return {
    status: 'success',
    edges,
    totalCount: edges.length,
    hasNextPage: false,
    loadingMore: false,
    error: undefined,
    search: SEARCH,
    loadMore: () => {},
    retry: () => {},
    ...overrides,
  };
}

function renderPanel(list: List) {
  renderWithApp(
    <ResultsPanel
      list={list}
      areaLabel="near Katoomba"
      isAreaSearch={false}
      selectedId={null}
      onSelect={() => {}}
    />,
  );
}

describe('ResultsPanel export links', () => {
  test('link each format to the search', () => {
    renderPanel(listOf({}));

    const text = screen.getByText('Download these results:', {
      exact: false,
    });
    const geojson = within(text).getByRole('link', { name: 'GeoJSON' });
    const csv = within(text).getByRole('link', { name: 'CSV' });
    expect(geojson).toHaveAttribute(
      'href',
      '/api/opportunities/export.geojson?placeId=2161376&radiusKm=10&sdgs=4&freeOnly=true',
    );
    expect(csv).toHaveAttribute(
      'href',
      '/api/opportunities/export.csv?placeId=2161376&radiusKm=10&sdgs=4&freeOnly=true',
    );
    expect(geojson).toHaveAttribute('download');
    expect(screen.queryByText(/the first 5,000/)).toBeNull();
  });

  test('note the row limit on large results', () => {
    renderPanel(listOf({ totalCount: 7200, hasNextPage: true }));

    expect(
      screen.getByText(
        'A file holds the first 5,000 opportunities of this list.',
      ),
    ).toBeInTheDocument();
  });

  test.each([
    ['without a search', { search: null }],
    ['while loading', { status: 'loading' as const, edges: [] }],
    ['with no results', { edges: [], totalCount: 0 }],
  ])('hidden %s', (_case, overrides) => {
    renderPanel(listOf(overrides));

    expect(screen.queryByRole('link', { name: 'CSV' })).toBeNull();
  });
});
