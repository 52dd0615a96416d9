import { installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  answerReducedMotionQuery,
  COUNCIL_ID,
  COUNCIL_NAME,
  failing,
  gapsReply,
  insightHandlers,
  summaryReply,
} from '../testing';
import { CouncilInsightsPage } from './CouncilInsightsPage';

const PATH = '/organisations/:organisationId/insights';
const QUERY = 'from=2026-01-01&to=2026-12-31';
const ROUTE = `/organisations/${COUNCIL_ID}/insights?${QUERY}`;
const CSV = `/api/councils/${COUNCIL_ID}/insights`;
const RANGE =
  'from=2026-01-01T00%3A00%3A00.000Z&to=2027-01-01T00%3A00%3A00.000Z';

beforeEach(() => {
  answerReducedMotionQuery();
});

function renderInsights(route = ROUTE) {
  return renderPage(<CouncilInsightsPage />, { route, path: PATH });
}

function rowOf(table: HTMLElement, header: string) {
  return within(table).getByRole('rowheader', { name: header }).closest('tr')!;
}

function cellsOf(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('CouncilInsightsPage figures', () => {
  beforeEach(() => {
    installFakeApi(insightHandlers());
  });

  test('totals show suppressed counts as <5', async () => {
    installFakeApi(
      insightHandlers({
        CouncilInsightsSummary: () => summaryReply([3, 2, 0, 41]),
      }),
    );
    renderInsights();

    const tiles = await screen.findByRole('list', {
      name: 'Totals for these dates',
    });
    expect(
      within(tiles)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '3 published opportunities',
      '<5 registrations',
      '0 attendances',
      '41 badges issued',
    ]);
  });

  test('SDG table shows figures and <5', async () => {
    renderInsights();

    const table = await screen.findByRole('table', { name: 'Figures by SDG' });
    expect(cellsOf(rowOf(table, '4. Quality Education'))).toEqual([
      '7',
      '90',
      '60',
      '30',
    ]);
    expect(cellsOf(rowOf(table, '13. Climate Action'))).toEqual([
      '2',
      '<5',
      '<5',
      '0',
    ]);
    expect(
      screen.getByText(/<5 marks a hidden count of people/),
    ).toHaveTextContent('a gap is not a zero');
  });

  test('charts are images with summaries', async () => {
    renderInsights();

    const chart = await screen.findByRole('img', {
      name: /^Bar chart: Opportunities by SDG\. Highest: 4\. Quality Education, 7\./,
    });
    expect(chart).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Figures by skill' }),
    ).toBeInTheDocument();
  });

  test('measure choice rewords the chart summary', async () => {
    const user = userEvent.setup();
    renderInsights();
    const select = await screen.findByLabelText(
      'Measure shown in the chart by Skill',
    );

    await user.selectOptions(select, 'attendances');

    expect(
      screen.getByRole('img', {
        name: 'Bar chart: Attendances by Skill. Every value is zero. 1 value is hidden to protect the people it counts.',
      }),
    ).toBeInTheDocument();
  });

  test('time table lists each month', async () => {
    renderInsights();

    const table = await screen.findByRole('table', {
      name: 'Figures by Month',
    });
    expect(cellsOf(rowOf(table, 'February 2026'))).toEqual([
      '1',
      '<5',
      '0',
      '0',
    ]);
  });

  test('density table lists filled cells', async () => {
    renderInsights();

    const table = await screen.findByRole('table', {
      name: 'Grid cells with opportunities (2 km hexagons)',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => Array.from(row.children, (cell) => cell.textContent)),
    ).toEqual([
      ['-33.790, 150.210', '7'],
      ['-33.790, 150.250', '2'],
    ]);
    expect(
      screen.getByText(
        '2 of 3 grid cells have published opportunities; the busiest has 7.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('1 to 2')).toBeInTheDocument();
  });

  test('gap tables list skills and SDGs', async () => {
    renderInsights();

    const skills = await screen.findByRole('table', {
      name: 'Skills with no opportunity within 10 km of the need',
    });
    const numeracy = rowOf(skills, 'Numeracy');
    expect(cellsOf(numeracy)).toEqual([
      '2',
      '5',
      'Store assistant (Mountain Grocers)',
    ]);
    expect(
      within(numeracy).getByRole('link', {
        name: 'Store assistant (Mountain Grocers)',
      }),
    ).toHaveAttribute('href', '/needs/need-1');
    const sdgs = screen.getByRole('table', {
      name: 'SDGs with fewer than 3 opportunities',
    });
    expect(cellsOf(rowOf(sdgs, '14. Life Below Water'))).toEqual(['0']);
  });

  test('empty gaps explain themselves', async () => {
    installFakeApi(
      insightHandlers({ CouncilInsightsGaps: () => gapsReply(false) }),
    );
    renderInsights();

    expect(
      await screen.findByText(
        'No gaps: every skill employers ask for in this area is built by a published opportunity within 10 km of the need.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'No gaps: every SDG has at least 3 published opportunities in this area.',
      ),
    ).toBeInTheDocument();
  });
});

describe('CouncilInsightsPage CSV links', () => {
  test('links carry the current settings', async () => {
    installFakeApi(insightHandlers());
    renderInsights(
      `${ROUTE}&period=WEEK&cellKm=5&shape=SQUARE&gapDistanceKm=20&fewThreshold=4`,
    );
    await screen.findByRole('table', { name: 'Figures by SDG' });

    const hrefs = screen
      .getAllByRole('link', { name: /^Download as CSV/ })
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      `${CSV}/sdgs.csv?${RANGE}`,
      `${CSV}/skills.csv?${RANGE}`,
      `${CSV}/over-time.csv?${RANGE}&period=WEEK`,
      `${CSV}/places.csv?${RANGE}`,
      `${CSV}/density.csv?${RANGE}&cellKm=5&shape=SQUARE`,
      `${CSV}/skill-gaps.csv?${RANGE}&gapDistanceKm=20`,
      `${CSV}/sdg-gaps.csv?${RANGE}&fewThreshold=4`,
    ]);
  });
});

describe('CouncilInsightsPage controls', () => {
  test('applying settings updates the URL and requests', async () => {
    const user = userEvent.setup();
    const api = installFakeApi(insightHandlers());
    renderInsights();
    await screen.findByRole('table', { name: 'Figures by SDG' });

    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2026-03-01');
    await user.selectOptions(screen.getByLabelText('Time chart by'), 'WEEK');
    await user.clear(screen.getByLabelText('Grid cell size (km)'));
    await user.type(screen.getByLabelText('Grid cell size (km)'), '4');
    await user.click(screen.getByRole('button', { name: 'Show insights' }));

    expect(currentPath()).toBe(
      `/organisations/${COUNCIL_ID}/insights?from=2026-03-01&to=2026-12-31&period=WEEK&cellKm=4&shape=HEXAGON&gapDistanceKm=10&fewThreshold=3`,
    );
    await waitFor(() =>
      expect(
        api.requestsFor('CouncilInsightsDensity').at(-1)?.variables,
      ).toEqual({
        councilId: COUNCIL_ID,
        from: '2026-03-01T00:00:00.000Z',
        to: '2027-01-01T00:00:00.000Z',
        cellKm: 4,
        shape: 'HEXAGON',
      }),
    );
    expect(
      api.requestsFor('CouncilInsightsOverTime').at(-1)?.variables.period,
    ).toBe('WEEK');
  });

  test('unreadable number stays in the form', async () => {
    const user = userEvent.setup();
    installFakeApi(insightHandlers());
    renderInsights();
    const gap = await screen.findByLabelText('Gap distance (km)');

    await user.clear(gap);
    await user.click(screen.getByRole('button', { name: 'Show insights' }));

    expect(gap).toHaveAccessibleDescription(
      '0.5 to 200 km from the need Enter a number.',
    );
    expect(currentPath()).toBe(
      `/organisations/${COUNCIL_ID}/insights?${QUERY}`,
    );
  });

  test('server message shows next to its control', async () => {
    installFakeApi(
      insightHandlers({
        CouncilInsightsDensity: failing(
          'cellKm 80 is out of range; use 0.5 to 50.',
          'BAD_USER_INPUT',
          'cellKm',
        ),
      }),
    );
    renderInsights(`${ROUTE}&cellKm=80`);

    const size = await screen.findByLabelText('Grid cell size (km)');
    await waitFor(() =>
      expect(size).toHaveAccessibleDescription(
        '0.5 to 50 km cellKm 80 is out of range; use 0.5 to 50.',
      ),
    );
    expect(size).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByRole('table', { name: 'Figures by SDG' }),
    ).toBeInTheDocument();
  });

  test('date message shows next to From', async () => {
    installFakeApi(
      insightHandlers({
        CouncilInsightsSummary: failing(
          'from must be before to.',
          'BAD_USER_INPUT',
          'from',
        ),
      }),
    );
    renderInsights(
      `/organisations/${COUNCIL_ID}/insights?from=2026-12-01&to=2026-01-01`,
    );

    const from = screen.getByLabelText('From');
    await waitFor(() =>
      expect(from).toHaveAccessibleDescription('from must be before to.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Change the settings marked above to see this part.',
    );
  });
});

describe('CouncilInsightsPage states', () => {
  test('loading shows a status', async () => {
    installFakeApi(insightHandlers());
    renderInsights();

    expect(screen.getByRole('status')).toHaveTextContent('Loading insights…');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `Insights for ${COUNCIL_NAME}`,
      }),
    ).toBeInTheDocument();
  });

  test('non-member sees a friendly refusal', async () => {
    installFakeApi(
      insightHandlers({
        CouncilInsightsSummary: failing(
          `Only members of ${COUNCIL_NAME} and platform administrators may see its insights.`,
          'FORBIDDEN',
        ),
      }),
    );
    renderInsights();

    expect(
      await screen.findByRole('heading', {
        name: 'You cannot see these insights',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Only members of ${COUNCIL_NAME}`,
    );
    expect(screen.queryByRole('button', { name: 'Show insights' })).toBeNull();
  });

  test('unknown council is not found', async () => {
    installFakeApi(
      insightHandlers({
        CouncilInsightsSummary: failing(
          `No organisation has id ${COUNCIL_ID}.`,
          'NOT_FOUND',
        ),
      }),
    );
    renderInsights();

    expect(
      await screen.findByRole('heading', { name: 'Council not found' }),
    ).toBeInTheDocument();
  });

  test('server failure offers a retry', async () => {
    installFakeApi(
      insightHandlers({
        CouncilInsightsSummary: failing('boom', 'INTERNAL_SERVER_ERROR'),
      }),
    );
    renderInsights();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The insights could not be loaded.');
    expect(
      within(alert).getByRole('button', { name: 'Try again' }),
    ).toBeInTheDocument();
  });

  test('council without opportunities says so', async () => {
    installFakeApi(
      insightHandlers({
        CouncilInsightsSummary: () => summaryReply([0, 0, 0, 0]),
      }),
    );
    renderInsights();

    expect(
      await screen.findByText(/has no published opportunities with sessions/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Figures by SDG' })).toBeNull();
    expect(
      await screen.findByRole('heading', { name: 'Gaps' }),
    ).toBeInTheDocument();
  });
});
