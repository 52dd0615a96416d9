import { randomUUID } from 'node:crypto';

import ICAL from 'ical.js';

import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://learn.example.org';
const KATOOMBA: [number, number] = [-33.7125, 150.3119];
const TRICKY_TITLE = 'Paint, print; repeat\\again\nline two';
const LONG_DESCRIPTION = `Bring an apron. ${'Mix colours and talk about them with the artist. '.repeat(6)}Ends with tea – ☕ for all.`;

let api: TestApp;
let providerId: string;

async function getCalendar(id: string) {
  const response = await fetch(
    `${api.baseUrl}/api/opportunities/${id}/calendar.ics`,
  );

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    text: await response.text(),
  };
}

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Calendar Arts');
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api.close();
});

describe('opportunity calendar file', () => {
  let id: string;
  let text: string;
  const starts = [
    new Date('2031-03-01T09:00:00Z'),
    new Date('2031-03-08T09:00:00Z'),
  ];

  beforeAll(async () => {
    id = await createOpportunity(api.dataSource, {
      title: TRICKY_TITLE,
      summary: 'Paint with local artists.',
      description: LONG_DESCRIPTION,
      providerId,
      at: KATOOMBA,
      kind: 'workshop',
      sessions: starts,
    });
    await api.dataSource.query(
      `UPDATE opportunities
          SET venue_name = 'Katoomba Library', venue_address = '30 Parke St, Katoomba'
        WHERE id = $1`,
      [id],
    );
    const response = await getCalendar(id);
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('text/calendar; charset=utf-8');
    expect(response.disposition).toBe(
      'attachment; filename="paint-print-repeat-again-line-two.ics"',
    );
    text = response.text;
  });

  it('parses with one event per session', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));

    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Learnscape//Opportunity sessions//EN',
    );
    expect(events).toHaveLength(2);
    expect(events.map((event) => event.startDate.toJSDate())).toEqual(starts);
    expect(events[0]!.endDate.toJSDate()).toEqual(
      new Date('2031-03-01T11:00:00Z'),
    );
    expect(text).toContain('\r\nDTSTART:20310301T090000Z\r\n');
    expect(text).toContain('\r\nDTEND:20310301T110000Z\r\n');
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
    expect(events[0]!.uid).toMatch(/@learn\.example\.org$/);
  });

  it('escapes commas, semicolons and newlines', () => {
    const [event] = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));

    expect(event!.summary).toBe(TRICKY_TITLE);
    expect(text).toContain(
      'SUMMARY:Paint\\, print\\; repeat\\\\again\\nline two\r\n',
    );
    expect(event!.location).toBe('Katoomba Library, 30 Parke St, Katoomba');
    expect(event!.description).toBe(
      `Paint with local artists.\n\n${LONG_DESCRIPTION}\n\n${PUBLIC_URL}/opportunities/${id}`,
    );
  });

  it('folds long lines at 75 octets with CRLF', () => {
    const lines = text.split('\r\n');

    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('gives the venue position and page', () => {
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent(
      'vevent',
    )!;

    expect(vevent.getFirstPropertyValue('geo')).toEqual([-33.7125, 150.3119]);
    expect(vevent.getFirstPropertyValue('url')).toBe(
      `${PUBLIC_URL}/opportunities/${id}`,
    );
    expect(vevent.getFirstPropertyValue('dtstamp')).not.toBeNull();
  });

  it('keeps UIDs stable between downloads', async () => {
    const again = await getCalendar(id);
    const uids = (calendar: string) =>
      new ICAL.Component(ICAL.parse(calendar))
        .getAllSubcomponents('vevent')
        .map((vevent) => vevent.getFirstPropertyValue('uid'));

    expect(uids(again.text)).toEqual(uids(text));
  });
});

describe('opportunity calendar errors', () => {
  it('returns 404 for a draft', async () => {
    const draft = await createOpportunity(api.dataSource, {
      title: 'Draft',
      providerId,
      at: KATOOMBA,
      status: 'draft',
      sessions: [new Date('2031-03-01T09:00:00Z')],
    });

    const response = await getCalendar(draft);

    expect(response.status).toBe(404);
    expect(response.text).not.toContain('Draft');
  });

  it('returns 404 for an unknown id', async () => {
    const response = await getCalendar(randomUUID());

    expect(response.status).toBe(404);
  });

  it('returns 404 without sessions', async () => {
    const id = await createOpportunity(api.dataSource, {
      title: 'No dates yet',
      providerId,
      at: KATOOMBA,
    });

    const response = await getCalendar(id);

    expect(response.status).toBe(404);
    expect(JSON.parse(response.text).errors[0].message).toContain(
      'has no sessions',
    );
  });

  it('returns 400 for a malformed id', async () => {
    const response = await getCalendar('not-an-id');

    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/\bat \S+\.(js|ts):\d+/);
  });
});
