import { communityVenueName, streetAddress } from '../content/venues.js';
import { jitterPoint } from '../geo/jitter.js';
import { buildOpportunity } from '../opportunities/build-opportunity.js';
import {
  type InsertedCounts,
  insertSeedRows,
} from '../opportunities/insert-seed-rows.js';
import type { OpportunityRow } from '../opportunities/seed-rows.js';
import { deterministicUuid } from '../random/deterministic-uuid.js';
import { Random } from '../random/random.js';
import type { SqlExecutor } from '../sql-executor.js';
import { placeLocale } from '../time/place-locale.js';
import {
  type GenerateOptions,
  validateGenerateOptions,
} from './generate-options.js';
import { GENERATED_KINDS, themesFor } from './generated-content.js';
import {
  type GazetteerPlace,
  loadPlaces,
  PlaceSampler,
} from './place-sampler.js';
import {
  SyntheticProviders,
  venueRadiusMetres,
} from './synthetic-providers.js';

export type { GenerateOptions, GenerateProgress } from './generate-options.js';

export interface GenerateResult {
  opportunities: number;
  providers: number;
  sessions: number;
  elapsedMs: number;
}

/** Share of opportunities held at their provider's usual venue. */
const PROVIDER_VENUE_SHARE = 0.6;

/** Rows built between two yields to the event loop. */
const ROWS_PER_SLICE = 250;

interface GeneratorState {
  seed: number;
  now: Date;
  sampler: PlaceSampler;
  providers: SyntheticProviders;
  random: Random;
}

/**
 * Inserts `count` synthetic opportunities, with the providers they need, in
 * places drawn from the gazetteer in proportion to population. The same
 * seed and `now` give the same rows. Each batch is one statement, so a
 * failure keeps the batches before it. Throws if the gazetteer is empty or
 * if this seed has been generated before.
 */
export async function generateOpportunities(
  execute: SqlExecutor,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const { count, seed, now, batchSize, onProgress } =
    validateGenerateOptions(options);
  const started = Date.now();
  const state = await prepare(execute, seed, now);
  const totals = { opportunities: 0, providers: 0, sessions: 0 };
  const record = (inserted: InsertedCounts) => {
    totals.opportunities += inserted.opportunities;
    totals.providers += inserted.organisations;
    totals.sessions += inserted.sessions;
    onProgress?.({
      inserted: totals.opportunities,
      total: count,
      providers: totals.providers,
      elapsedMs: Date.now() - started,
    });
  };
  // The next batch is built while the database inserts the previous one.
  // Only one statement runs at a time, because a batch may use providers
  // that an earlier batch inserted.
  let inFlight: Promise<void> = Promise.resolve();
  for (let first = 0; first < count; first += batchSize) {
    const last = Math.min(first + batchSize, count);
    const rows = await buildBatch(state, first, last);
    const organisations = state.providers.takeNew();
    await inFlight;
    inFlight = insertSeedRows(execute, organisations, rows).then(record);
  }
  await inFlight;

  return { ...totals, elapsedMs: Date.now() - started };
}

async function prepare(
  execute: SqlExecutor,
  seed: number,
  now: Date,
): Promise<GeneratorState> {
  const places = await loadPlaces(execute);
  if (places.length === 0) {
    throw new Error(
      'The places table is empty; run seedGazetteer before generateOpportunities.',
    );
  }
  const [row] = await execute(
    'SELECT EXISTS (SELECT 1 FROM opportunities WHERE id = $1) AS found',
    [opportunityId(seed, 0)],
  );
  if (row?.found === true) {
    throw new Error(
      `Opportunities from seed ${seed} were generated before; pass another seed.`,
    );
  }

  return {
    seed,
    now,
    sampler: new PlaceSampler(places),
    providers: new SyntheticProviders(seed),
    random: new Random(seed),
  };
}

function opportunityId(seed: number, index: number): string {
  return deterministicUuid(`generator/${seed}/opportunity/${index}`);
}

/** Builds rows `first` to `last - 1`, yielding so the socket can send. */
async function buildBatch(
  state: GeneratorState,
  first: number,
  last: number,
): Promise<OpportunityRow[]> {
  const rows: OpportunityRow[] = [];
  for (let index = first; index < last; index += 1) {
    rows.push(buildGenerated(state, index));
    if ((index - first + 1) % ROWS_PER_SLICE === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  return rows;
}

function buildGenerated(state: GeneratorState, index: number): OpportunityRow {
  const { random } = state;
  const place: GazetteerPlace = state.sampler.sample(random);
  const provider = state.providers.providerFor(place, random);
  const venue = random.chance(PROVIDER_VENUE_SHARE)
    ? provider.venue
    : {
        ...jitterPoint(place, venueRadiusMetres(place.population), random),
        name: communityVenueName(place.name, random),
        address: streetAddress(place.name, '', random),
      };
  const spec = {
    id: opportunityId(state.seed, index),
    provider: { id: provider.row.id, name: provider.row.name },
    kind: random.weighted(GENERATED_KINDS),
    theme: random.pick(themesFor(place.countryCode)),
    town: { name: place.name, countryCode: place.countryCode },
    venue,
    locale: placeLocale(place.countryCode, place.adminCode, place.lon),
    now: state.now,
  };

  return buildOpportunity(spec, random);
}
