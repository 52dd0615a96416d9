import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

export interface OpportunityFixture {
  title: string;
  /** [latitude, longitude]; omit for an online opportunity. */
  at?: [number, number];
  providerId: string;
  kind?: string;
  mode?: string;
  status?: string;
  summary?: string;
  description?: string;
  sdgs?: number[];
  skills?: string[];
  costMinor?: number | null;
  currency?: string | null;
  minAge?: number | null;
  maxAge?: number | null;
  /** Session start times; each lasts two hours. */
  sessions?: Date[];
}

/** Deletes every badge record, which otherwise blocks deleting organisations. */
export async function clearCredentials(dataSource: DataSource): Promise<void> {
  await dataSource.query('DELETE FROM credential_status_changes');
  await dataSource.query('DELETE FROM credential_evidence');
  await dataSource.query('DELETE FROM credentials');
  await dataSource.query('DELETE FROM status_lists');
  await dataSource.query('DELETE FROM issuer_keys');
  await dataSource.query('UPDATE opportunities SET achievement_id = NULL');
  await dataSource.query('DELETE FROM claim_codes');
  await dataSource.query('DELETE FROM award_jobs');
  await dataSource.query('DELETE FROM achievements');
}

/**
 * Removes every opportunity, organisation, user and audit entry, keeping
 * the gazetteer and reference data.
 */
export async function clearListings(dataSource: DataSource): Promise<void> {
  await clearCredentials(dataSource);
  await dataSource.query('DELETE FROM audit_log');
  await dataSource.query('DELETE FROM opportunities');
  // Skill needs keep their employer from being deleted.
  await dataSource.query('DELETE FROM skill_needs');
  await dataSource.query('DELETE FROM organisations');
  await dataSource.query('DELETE FROM users');
  await dataSource.query('DELETE FROM sign_in_throttles');
}

export async function createProvider(
  dataSource: DataSource,
  name = `Provider ${randomUUID().slice(0, 8)}`,
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO organisations (name, slug, kind)
     VALUES ($1, $2, 'provider') RETURNING id`,
    [
      name,
      `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 6)}`,
    ],
  );

  return row!.id;
}

export async function createOpportunity(
  dataSource: DataSource,
  fixture: OpportunityFixture,
): Promise<string> {
  const mode = fixture.mode ?? (fixture.at ? 'in_person' : 'online');
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO opportunities (provider_id, title, summary, description, kind,
       mode, status, location, cost_minor, currency, min_age, max_age)
     VALUES ($1, $2, $3, $4, $5, $6, $7,
       CASE WHEN $8::float8 IS NULL THEN NULL
            ELSE ST_SetSRID(ST_MakePoint($9, $8), 4326)::geography END,
       $10, $11, $12, $13)
     RETURNING id`,
    [
      fixture.providerId,
      fixture.title,
      fixture.summary ?? `About ${fixture.title}`,
      fixture.description ?? '',
      fixture.kind ?? 'workshop',
      mode,
      fixture.status ?? 'published',
      fixture.at?.[0] ?? null,
      fixture.at?.[1] ?? null,
      fixture.costMinor ?? null,
      fixture.currency ?? null,
      fixture.minAge ?? null,
      fixture.maxAge ?? null,
    ],
  );
  const id = row!.id;
  for (const sdg of fixture.sdgs ?? []) {
    await dataSource.query(
      'INSERT INTO opportunity_sdgs (opportunity_id, sdg_number) VALUES ($1, $2)',
      [id, sdg],
    );
  }
  for (const skill of fixture.skills ?? []) {
    await dataSource.query(
      'INSERT INTO opportunity_skills (opportunity_id, skill_id) VALUES ($1, $2)',
      [id, skill],
    );
  }
  for (const startsAt of fixture.sessions ?? []) {
    await dataSource.query(
      `INSERT INTO opportunity_sessions (opportunity_id, starts_at, ends_at, time_zone)
       VALUES ($1, $2, $3, 'Australia/Sydney')`,
      [id, startsAt, new Date(startsAt.getTime() + 2 * 3600_000)],
    );
  }

  return id;
}
