import { suppressBreakdown } from './insight-figures.js';

const SHOWN = (value: number) => ({ value, suppressed: false });
const WITHHELD = { value: null, suppressed: true };

/** Rows with these registrations, and no attendances or badges. */
function registrations(...counts: number[]) {
  return counts.map((count) => ({
    opportunities: 1,
    registrations: count,
    attendances: 0,
    badgesIssued: 0,
  }));
}

function shownRegistrations(...counts: number[]) {
  return suppressBreakdown(registrations(...counts)).map(
    (row) => row.registrations,
  );
}

describe('suppressBreakdown', () => {
  it('withholds the smallest other count beside a lone small one', () => {
    // Total 10 = 8 + 2: without a second cell, 10 - 8 gives the 2 away.
    expect(shownRegistrations(0, 8, 2, 0)).toEqual([
      SHOWN(0),
      WITHHELD,
      WITHHELD,
      SHOWN(0),
    ]);
  });

  it('picks the smallest non-zero count, the first on a tie', () => {
    expect(shownRegistrations(20, 6, 3, 6, 0)).toEqual([
      SHOWN(20),
      WITHHELD,
      WITHHELD,
      SHOWN(6),
      SHOWN(0),
    ]);
  });

  it('adds nothing when two counts are already withheld', () => {
    expect(shownRegistrations(9, 1, 4)).toEqual([SHOWN(9), WITHHELD, WITHHELD]);
  });

  it('adds nothing when no other count is above zero', () => {
    expect(shownRegistrations(0, 3, 0)).toEqual([SHOWN(0), WITHHELD, SHOWN(0)]);
  });

  it('leaves a breakdown without small counts exact', () => {
    expect(shownRegistrations(5, 0, 12)).toEqual([
      SHOWN(5),
      SHOWN(0),
      SHOWN(12),
    ]);
  });

  it('treats each measure on its own', () => {
    const rows = suppressBreakdown([
      { opportunities: 2, registrations: 7, attendances: 2, badgesIssued: 9 },
      { opportunities: 1, registrations: 6, attendances: 5, badgesIssued: 3 },
      { opportunities: 0, registrations: 1, attendances: 0, badgesIssued: 2 },
    ]);

    expect(rows).toEqual([
      {
        registrations: SHOWN(7),
        attendances: WITHHELD,
        badgesIssued: SHOWN(9),
      },
      {
        registrations: WITHHELD,
        attendances: WITHHELD,
        badgesIssued: WITHHELD,
      },
      {
        registrations: WITHHELD,
        attendances: SHOWN(0),
        badgesIssued: WITHHELD,
      },
    ]);
  });
});
