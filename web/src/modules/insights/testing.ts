import type { FakeReply, Handler } from '@test/fake-api';
import { SDGS, SKILLS } from '@test/reference-data';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

export const COUNCIL_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';
export const COUNCIL_NAME = 'Blue Mountains City Council';

/** A people count as the API returns it: null and suppressed from 1 to 4. */
export function count(value: number) {
  const suppressed = value >= 1 && value <= 4;

  return {
    __typename: 'SuppressedCount',
    value: suppressed ? null : value,
    suppressed,
  };
}

/** Opportunities, registrations, attendances and badges, in that order. */
function measures([
  opportunities,
  registrations,
  attendances,
  badges,
]: number[]) {
  return {
    opportunities: opportunities!,
    registrations: count(registrations!),
    attendances: count(attendances!),
    badgesIssued: count(badges!),
  };
}

function figure(key: string, label: string, values: number[]) {
  return { __typename: 'InsightFigure', key, label, ...measures(values) };
}

/** A square around Katoomba as GeoJSON MultiPolygon text. */
const AREA = JSON.stringify({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [150.2, -33.8],
        [150.4, -33.8],
        [150.4, -33.6],
        [150.2, -33.6],
        [150.2, -33.8],
      ],
    ],
  ],
});

function square(west: number, south: number, size: number) {
  return JSON.stringify({
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ],
    ],
  });
}

function reply(councilInsights: Record<string, unknown>): FakeReply {
  return {
    body: {
      data: {
        councilInsights: { __typename: 'CouncilInsights', ...councilInsights },
      },
    },
  };
}

/** Returns the summary of a council with activity; SDG 13 has suppressed counts. */
export function summaryReply(totals: number[] = [12, 140, 96, 40]): FakeReply {
  return reply({
    council: {
      __typename: 'Organisation',
      id: COUNCIL_ID,
      name: COUNCIL_NAME,
      area: AREA,
    },
    from: '2026-01-01T00:00:00.000Z',
    to: '2027-01-01T00:00:00.000Z',
    totals: figure('total', 'Total', totals),
    bySdg: SDGS.map((sdg) =>
      figure(
        String(sdg.number),
        sdg.shortTitle,
        sdg.number === 4
          ? [7, 90, 60, 30]
          : sdg.number === 13
            ? [2, 3, 1, 0]
            : [0, 0, 0, 0],
      ),
    ),
    bySkill: SKILLS.map((skill) =>
      figure(
        skill.id,
        skill.name,
        skill.id === 'collaboration' ? [5, 50, 2, 0] : [0, 0, 0, 0],
      ),
    ),
    byPlace: [figure('place-katoomba', 'Katoomba', [9, 120, 80, 36])],
  });
}

export function overTimeReply(): FakeReply {
  return reply({
    overTime: [
      ['2026-01-01', [3, 30, 20, 10]],
      ['2026-02-01', [1, 2, 0, 0]],
      ['2026-03-01', [8, 108, 76, 30]],
    ].map(([periodStart, values]) => ({
      __typename: 'InsightTimePoint',
      periodStart,
      ...measures(values as number[]),
    })),
  });
}

export function densityReply(): FakeReply {
  return reply({
    densityGrid: [
      { id: '0:0', polygon: square(150.2, -33.8, 0.02), opportunities: 7 },
      { id: '1:0', polygon: square(150.22, -33.8, 0.02), opportunities: 0 },
      { id: '2:0', polygon: square(150.24, -33.8, 0.02), opportunities: 2 },
    ].map((cell) => ({ __typename: 'InsightGridCell', ...cell })),
  });
}

export function gapsReply(withGaps = true): FakeReply {
  const sdg = SDGS.find((entry) => entry.number === 14)!;

  return reply({
    skillGaps: withGaps
      ? [
          {
            __typename: 'SkillGap',
            skill: { __typename: 'Skill', id: 'numeracy', name: 'Numeracy' },
            needCount: 2,
            openings: 5,
            needs: [
              {
                __typename: 'SkillNeed',
                id: 'need-1',
                title: 'Store assistant',
                employer: {
                  __typename: 'Organisation',
                  id: 'employer-1',
                  name: 'Mountain Grocers',
                },
              },
            ],
          },
        ]
      : [],
    sdgGaps: withGaps ? [{ __typename: 'SdgGap', sdg, opportunities: 0 }] : [],
  });
}

/** A viewer who belongs to the test council. */
export const councilMember = meHandler(
  viewerFixture({
    memberships: [
      {
        role: 'EDITOR',
        organisation: { id: COUNCIL_ID, name: COUNCIL_NAME, kind: 'COUNCIL' },
      },
    ],
  }),
);

/** Handlers for every request of the insights page, with `overrides`. */
export function insightHandlers(
  overrides: Record<string, Handler> = {},
): Record<string, Handler> {
  return {
    Me: councilMember,
    CouncilInsightsSummary: () => summaryReply(),
    CouncilInsightsOverTime: () => overTimeReply(),
    CouncilInsightsDensity: () => densityReply(),
    CouncilInsightsGaps: () => gapsReply(),
    ...overrides,
  };
}

/** A handler that fails with one GraphQL error. */
export function failing(
  message: string,
  code: string,
  field?: string,
): Handler {
  return () =>
    errorReply(message, field === undefined ? { code } : { code, field });
}

const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Makes the test's fake `matchMedia`, which evaluates only widths, return
 * no preference for the reduced-motion query that recharts sends on every
 * render.
 */
export function answerReducedMotionQuery() {
  const widthOnly = window.matchMedia;
  window.matchMedia = (query: string) =>
    query.trim() === REDUCED_MOTION_QUERY
      ? ({
          matches: false,
          media: query,
          onchange: null,
          addEventListener: () => {},
          removeEventListener: () => {},
          addListener: () => {},
          removeListener: () => {},
          dispatchEvent: () => false,
        } satisfies MediaQueryList)
      : widthOnly(query);
}
