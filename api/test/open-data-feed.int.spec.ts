import { setTimeout as sleep } from 'node:timers/promises';

import { jest } from '@jest/globals';
import pg from 'pg';

import { TombstonePurger } from '../src/modules/open-data/feed/tombstone-purger.js';
import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import {
  startTestApp,
  type TestApp,
  testDatabaseIsEmbedded,
  testDatabaseUrl,
} from './support/test-app.js';

const PUBLIC_URL = 'https://learn.example.org';
const FEED_PATH = '/openactive/feeds/opportunities';
const FEED_URL = `${PUBLIC_URL}${FEED_PATH}`;
const KATOOMBA: [number, number] = [-33.7125, 150.3119];
const DAY = 86_400_000;

interface FeedItem {
  state: 'updated' | 'deleted';
  kind: string;
  id: string;
  modified: number;
  data?: Record<string, unknown>;
}

interface FeedPage {
  next: string;
  items: FeedItem[];
  license: string;
}

let api: TestApp;
let providerId: string;

/** Requests a feed URL, which names the public host, from the test server. */
async function getFeed(url: string) {
  const response = await fetch(url.replace(PUBLIC_URL, api.baseUrl));

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as FeedPage,
  };
}

/** Follows `next` from `start` to the last page; returns every item. */
async function readToEnd(
  start = FEED_URL,
  limit?: number,
): Promise<FeedItem[]> {
  let url = limit === undefined ? start : `${start}?limit=${limit}`;
  const items: FeedItem[] = [];
  for (;;) {
    const page = await getFeed(url);
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    if (page.body.items.length === 0) {
      expect(page.body.next).toBe(url);

      return items;
    }
    url = page.body.next;
  }
}

/**
 * Reads the feed until it shows the current change of each of `ids`.
 * The feed holds changes back while an older transaction runs anywhere on
 * the server, including other test runs, so this waits up to 30 s.
 */
async function readCurrent(ids: readonly string[]): Promise<FeedItem[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const items = await readToEnd();
    const changes: { id: string; change: string }[] =
      await api.dataSource.query(
        `SELECT opportunity_id AS id, change_number::text AS change
         FROM open_data_feed_items WHERE opportunity_id = ANY($1::uuid[])`,
        [ids],
      );
    const current = changes.every((row) =>
      items.some(
        (item) => item.id === row.id && item.modified === Number(row.change),
      ),
    );
    if (current || Date.now() > deadline) return items;
    await sleep(100);
  }
}

function itemsOf(items: FeedItem[], ids: readonly string[]): FeedItem[] {
  return items.filter((item) => ids.includes(item.id));
}

async function changeNumberOf(id: string): Promise<number> {
  const [row]: { change: string }[] = await api.dataSource.query(
    `SELECT change_number::text AS change FROM open_data_feed_items
      WHERE opportunity_id = $1`,
    [id],
  );

  return Number(row!.change);
}

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Feed Youth Hub');
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api.close();
});

describe('opportunity feed', () => {
  it('orders items by change number and id', async () => {
    const ids: string[] = [];
    for (const title of ['Alpha', 'Bravo', 'Charlie']) {
      ids.push(
        await createOpportunity(api.dataSource, {
          title,
          providerId,
          at: KATOOMBA,
        }),
      );
    }
    // One statement changes all three in one transaction, so they share a
    // change number and the id decides their order.
    await api.dataSource.query(
      `UPDATE opportunities SET summary = summary || '!'
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const shared = await changeNumberOf(ids[0]!);
    await api.dataSource.query(
      `UPDATE opportunities SET title = 'Alpha again' WHERE id = $1`,
      [ids[0]],
    );

    const items = itemsOf(await readCurrent(ids), ids);

    const byId = [ids[1]!, ids[2]!].sort();
    expect(items.map((item) => item.id)).toEqual([...byId, ids[0]]);
    expect(items[0]!.modified).toBe(shared);
    expect(items[1]!.modified).toBe(shared);
    expect(items[2]!.modified).toBeGreaterThan(shared);
    expect(items[2]!.data?.name).toBe('Alpha again');
  });

  it('pages with next links to the last page', async () => {
    const created: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      created.push(
        await createOpportunity(api.dataSource, {
          title: `Paged ${index}`,
          providerId,
          at: KATOOMBA,
        }),
      );
    }
    const everything = await readCurrent(created);

    const first = await getFeed(`${FEED_URL}?limit=2`);

    expect(first.status).toBe(200);
    expect(first.contentType).toBe('application/json; charset=utf-8');
    expect(first.cacheControl).toBe('public, max-age=3600');
    expect(first.body.license).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(first.body.items).toHaveLength(2);
    const last = first.body.items[1]!;
    expect(first.body.next).toBe(
      `${FEED_URL}?afterTimestamp=${last.modified}&afterId=${last.id}&limit=2`,
    );
    expect(typeof last.modified).toBe('number');
    const paged = await readToEnd(FEED_URL, 2);
    expect(paged.map((item) => item.id)).toEqual(
      everything.map((item) => item.id),
    );
    expect(new Set(paged.map((item) => item.id)).size).toBe(paged.length);
  });

  it('marks the last page for short caching', async () => {
    const items = await readToEnd();
    const last = items.at(-1)!;
    const url = `${FEED_URL}?afterTimestamp=${last.modified}&afterId=${last.id}`;

    const page = await getFeed(url);

    expect(page.body.items).toEqual([]);
    expect(page.body.next).toBe(url);
    expect(page.cacheControl).toBe('public, max-age=8');
  });

  it('leaves out unpublished listings', async () => {
    const draft = await createOpportunity(api.dataSource, {
      title: 'Draft only',
      providerId,
      at: KATOOMBA,
      status: 'draft',
    });

    const items = await readToEnd();

    expect(items.map((item) => item.id)).not.toContain(draft);
  });

  it.each([
    [
      'afterTimestamp=abc&afterId=0f8c3a52-2f6e-4d4b-9a59-0f0b7a0d1c11',
      'afterTimestamp "abc"',
    ],
    [
      'afterTimestamp=-5&afterId=0f8c3a52-2f6e-4d4b-9a59-0f0b7a0d1c11',
      'afterTimestamp "-5"',
    ],
    ['afterTimestamp=12&afterId=not-a-uuid', 'afterId "not-a-uuid"'],
    ['afterTimestamp=12', 'only afterTimestamp was given'],
    ['limit=0', 'limit "0"'],
    ['limit=501', 'limit "501"'],
  ])('rejects %s', async (query, fragment) => {
    const response = await fetch(`${api.baseUrl}${FEED_PATH}?${query}`);
    const text = await response.text();

    expect(response.status).toBe(400);
    const body = JSON.parse(text) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.message).toContain(fragment);
    expect(text).not.toMatch(/\bat \S+\.(js|ts):\d+/);
  });
});

describe('opportunity feed data', () => {
  it('models a course as a CourseInstance', async () => {
    const id = await createOpportunity(api.dataSource, {
      title: 'Coding course',
      providerId,
      at: KATOOMBA,
      kind: 'course',
      costMinor: 1250,
      currency: 'AUD',
      minAge: 16,
      maxAge: 24,
      sdgs: [4],
      skills: ['creativity'],
      sessions: [
        new Date(Date.now() + 7 * DAY),
        new Date(Date.now() + 14 * DAY),
      ],
    });
    await api.dataSource.query(
      `UPDATE opportunities
          SET accessibility_support = '{hearing_impairment}',
              accessibility_information = 'Hearing loop'
        WHERE id = $1`,
      [id],
    );

    const [item] = itemsOf(await readCurrent([id]), [id]);

    expect(item?.kind).toBe('CourseInstance');
    const data = item!.data!;
    expect(data['@context']).toBe('https://openactive.io/');
    expect(data['@type']).toBe('CourseInstance');
    expect(data['@id']).toBe(`${PUBLIC_URL}/opportunities/${id}`);
    expect(data.identifier).toBe(id);
    expect(data.ageRange).toEqual({
      '@type': 'QuantitativeValue',
      minValue: 16,
      maxValue: 24,
    });
    expect(data.offers).toEqual([
      expect.objectContaining({ price: 12.5, priceCurrency: 'AUD' }),
    ]);
    expect(data.accessibilitySupport).toEqual([
      {
        '@type': 'Concept',
        '@id':
          'https://openactive.io/accessibility-support#2bfb7228-5969-4927-8435-38b5005a8771',
        prefLabel: 'Hearing impairment',
        inScheme: 'https://openactive.io/accessibility-support',
      },
    ]);
    expect(data.accessibilityInformation).toBe('Hearing loop');
    expect(data.keywords).toEqual(['SDG 4: Quality Education', 'Creativity']);
    expect(data.location).toMatchObject({
      '@type': 'Place',
      geo: {
        '@type': 'GeoCoordinates',
        latitude: -33.7125,
        longitude: 150.3119,
      },
    });
    expect(data.organizer).toMatchObject({
      '@type': 'Organization',
      name: 'Feed Youth Hub',
    });
    expect(data.subEvent).toHaveLength(2);
    expect((data.subEvent as { '@type': string }[])[0]!['@type']).toBe('Event');
  });

  it('models drop-in sessions as a SessionSeries', async () => {
    const id = await createOpportunity(api.dataSource, {
      title: 'Youth cafe',
      providerId,
      kind: 'youth_cafe',
      sessions: [new Date(Date.now() + DAY), new Date(Date.now() + 2 * DAY)],
    });

    const [item] = itemsOf(await readCurrent([id]), [id]);

    expect(item?.kind).toBe('SessionSeries');
    const data = item!.data!;
    expect(data.location).toBeUndefined();
    expect(data.virtualLocation).toEqual({
      '@type': 'VirtualLocation',
      name: 'Online',
    });
    expect(data.offers).toEqual([expect.objectContaining({ price: 0 })]);
    const sessions = data.subEvent as Record<string, unknown>[];
    expect(sessions.map((session) => session['@type'])).toEqual([
      'ScheduledSession',
      'ScheduledSession',
    ]);
    expect(sessions[0]!.startDate).toMatch(/Z$/);
  });

  it('models a one-off as an Event', async () => {
    const startsAt = new Date('2031-05-01T09:00:00Z');
    const id = await createOpportunity(api.dataSource, {
      title: 'Careers fair',
      providerId,
      at: KATOOMBA,
      kind: 'event',
      sessions: [startsAt],
    });

    const [item] = itemsOf(await readCurrent([id]), [id]);

    expect(item?.kind).toBe('Event');
    expect(item?.data?.startDate).toBe('2031-05-01T09:00:00.000Z');
    expect(item?.data?.endDate).toBe('2031-05-01T11:00:00.000Z');
    expect(item?.data?.duration).toBe('PT2H0M');
  });
});

describe('feed tombstones', () => {
  it('turns an unpublished listing into a deleted item', async () => {
    const id = await createOpportunity(api.dataSource, {
      title: 'Withdrawn',
      providerId,
      at: KATOOMBA,
    });
    const before = await changeNumberOf(id);
    await api.dataSource.query(
      `UPDATE opportunities SET status = 'archived' WHERE id = $1`,
      [id],
    );

    const [item] = itemsOf(await readCurrent([id]), [id]);

    expect(item?.state).toBe('deleted');
    expect(item?.kind).toBe('Event');
    expect(item?.data).toBeUndefined();
    expect(item!.modified).toBeGreaterThan(before);
  });

  it('purges tombstones older than the retention', async () => {
    const ids: string[] = [];
    for (const title of ['Old tombstone', 'Recent tombstone', 'Live']) {
      ids.push(
        await createOpportunity(api.dataSource, {
          title,
          providerId,
          at: KATOOMBA,
        }),
      );
    }
    await api.dataSource.query(
      `UPDATE opportunities SET status = 'archived' WHERE id = ANY($1::uuid[])`,
      [ids.slice(0, 2)],
    );
    await api.dataSource.query(
      `UPDATE open_data_feed_items
          SET deleted_at = now() - CASE opportunity_id
                WHEN $1::uuid THEN interval '8 days'
                ELSE interval '6 days' END
        WHERE opportunity_id = ANY($2::uuid[])`,
      [ids[0], ids.slice(0, 2)],
    );

    const purged = await api.app.get(TombstonePurger).purge();

    expect(purged).toBeGreaterThanOrEqual(1);
    const items = itemsOf(await readCurrent(ids), ids);
    expect(items.map((item) => [item.id, item.state])).toEqual(
      expect.arrayContaining([
        [ids[1], 'deleted'],
        [ids[2], 'updated'],
      ]),
    );
    expect(items.map((item) => item.id)).not.toContain(ids[0]);
  });

  it('purges at most once a minute', async () => {
    const purger = api.app.get(TombstonePurger);
    const purge = jest.spyOn(purger, 'purge');
    const now = Date.now() + 10 * 60_000;

    await purger.purgeIfDue(now);
    await purger.purgeIfDue(now + 30_000);
    await purger.purgeIfDue(now + 61_000);

    expect(purge).toHaveBeenCalledTimes(2);
    purge.mockRestore();
  });
});

const serverOnly = testDatabaseIsEmbedded() ? describe.skip : describe;

serverOnly(
  'feed under concurrent edits (needs two connections, which the embedded database does not serve)',
  () => {
    let first: pg.Client;
    let second: pg.Client;

    beforeEach(async () => {
      first = new pg.Client({ connectionString: testDatabaseUrl() });
      second = new pg.Client({ connectionString: testDatabaseUrl() });
      await first.connect();
      await second.connect();
    });

    afterEach(async () => {
      await first.end();
      await second.end();
    });

    it('holds back commits behind a running transaction', async () => {
      const early = await createOpportunity(api.dataSource, {
        title: 'Early',
        providerId,
        at: KATOOMBA,
      });
      const late = await createOpportunity(api.dataSource, {
        title: 'Late',
        providerId,
        at: KATOOMBA,
      });

      await readCurrent([early, late]);

      await first.query('BEGIN');
      await first.query(
        `UPDATE opportunities SET title = 'Early v2' WHERE id = $1`,
        [early],
      );
      await second.query(
        `UPDATE opportunities SET title = 'Late v2' WHERE id = $1`,
        [late],
      );
      const lateChange = await changeNumberOf(late);
      const whileOpen = itemsOf(await readToEnd(), [early, late]);
      await first.query('COMMIT');
      const earlyChange = await changeNumberOf(early);
      const afterCommit = itemsOf(await readCurrent([early, late]), [
        early,
        late,
      ]);

      // The later commit has the larger number but waits for the earlier
      // transaction, whose smaller number would otherwise be skipped.
      expect(earlyChange).toBeLessThan(lateChange);
      expect(whileOpen.map((item) => item.id)).toEqual([early]);
      expect(whileOpen[0]!.data?.name).toBe('Early');
      expect(afterCommit.map((item) => [item.id, item.modified])).toEqual([
        [early, earlyChange],
        [late, lateChange],
      ]);
    });

    it('gives a paging consumer every final state', async () => {
      const ids: string[] = [];
      for (let index = 0; index < 8; index += 1) {
        ids.push(
          await createOpportunity(api.dataSource, {
            title: `Busy ${index}`,
            providerId,
            at: KATOOMBA,
          }),
        );
      }
      let editing = true;
      const edits = [first, second].map((client, writer) =>
        editUntilStopped(client, ids, writer, () => editing),
      );

      const seen = new Map<string, FeedItem>();
      const pairs = new Set<string>();
      let url = `${FEED_URL}?limit=3`;
      const editsEndAt = Date.now() + 1_500;
      let stoppedAt: number | null = null;
      for (;;) {
        const page = await getFeed(url);
        for (const item of page.body.items) {
          const pair = `${item.id}@${item.modified}`;
          expect(pairs.has(pair)).toBe(false);
          pairs.add(pair);
          const previous = seen.get(item.id);
          if (previous !== undefined) {
            expect(item.modified).toBeGreaterThan(previous.modified);
          }
          seen.set(item.id, item);
        }
        url = page.body.next;
        if (stoppedAt === null && Date.now() > editsEndAt) {
          editing = false;
          await Promise.all(edits);
          stoppedAt = Date.now();
        } else if (stoppedAt !== null && page.body.items.length === 0) {
          // Another transaction on the server can hold the last changes
          // back for a moment, so the consumer polls the last page again.
          if (caughtUp(seen, await finalStates(ids))) break;
          if (Date.now() - stoppedAt > 15_000) break;
        }
        if (page.body.items.length === 0) await sleep(20);
      }

      const finals = await finalStates(ids);
      for (const final of finals) {
        expect(seen.get(final.id)?.modified).toBe(Number(final.change));
        expect(seen.get(final.id)?.data?.name).toBe(final.title);
      }
      expect(finals).toHaveLength(ids.length);
    });
  },
);

interface FinalState {
  id: string;
  title: string;
  change: string;
}

async function finalStates(ids: readonly string[]): Promise<FinalState[]> {
  return api.dataSource.query(
    `SELECT o.id, o.title, f.change_number::text AS change
       FROM opportunities o
       JOIN open_data_feed_items f ON f.opportunity_id = o.id
      WHERE o.id = ANY($1::uuid[])`,
    [ids],
  );
}

function caughtUp(
  seen: ReadonlyMap<string, FeedItem>,
  finals: readonly FinalState[],
): boolean {
  return finals.every(
    (final) => seen.get(final.id)?.modified === Number(final.change),
  );
}

/**
 * Renames random listings in short transactions until `running` turns
 * false. Two writers overlap, so transactions commit out of id order.
 */
async function editUntilStopped(
  client: pg.Client,
  ids: readonly string[],
  writer: number,
  running: () => boolean,
): Promise<void> {
  let round = 0;
  while (running()) {
    round += 1;
    const id = ids[(round * 3 + writer) % ids.length]!;
    await client.query('BEGIN');
    await client.query('UPDATE opportunities SET title = $2 WHERE id = $1', [
      id,
      `Busy ${writer}-${round}`,
    ]);
    await sleep(5 + ((round * 7 + writer * 11) % 25));
    await client.query('COMMIT');
  }
}
