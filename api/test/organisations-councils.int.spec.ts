import type { Position } from 'geojson';

import {
  addMember,
  createOrganisation,
  createUser,
  squareArea,
  type TestUser,
} from './support/accounts.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp();
});

afterAll(async () => {
  await api.close();
});

/** Katoomba, NSW, as [latitude, longitude]. */
const KATOOMBA: [number, number] = [-33.71, 150.31];

const SET_AREA = `mutation ($input: SetCouncilAreaInput!) {
  setCouncilArea(input: $input) { id name area }
}`;

const COVERING = `query ($latitude: Float!, $longitude: Float!) {
  councilsCovering(latitude: $latitude, longitude: $longitude) { id name }
}`;

const APPROVE = `mutation ($input: ApproveProviderInput!) {
  approveProvider(input: $input) {
    createdAt
    provider { id kind }
    council { id kind }
  }
}`;

const REVOKE_APPROVAL = `mutation ($input: RevokeProviderApprovalInput!) {
  revokeProviderApproval(input: $input)
}`;

function errorOf(response: GraphqlResponse) {
  expect(response.errors).toHaveLength(1);

  return response.errors![0]!;
}

/** Closes a ring of [longitude, latitude] corners. */
function ring(corners: Position[]): Position[] {
  return [...corners, corners[0]!];
}

/** Builds a GeoJSON square of `half` degrees around Katoomba. */
function square(half: number) {
  const [latitude, longitude] = KATOOMBA;

  return {
    type: 'Polygon',
    coordinates: [
      ring([
        [longitude - half, latitude - half],
        [longitude + half, latitude - half],
        [longitude + half, latitude + half],
        [longitude - half, latitude + half],
      ]),
    ],
  };
}

/** Builds a polygon of `count` corners on a circle around Katoomba. */
function circle(count: number, radius: number) {
  const [latitude, longitude] = KATOOMBA;
  const corners: Position[] = [];
  for (let i = 0; i < count; i += 1) {
    const angle = (2 * Math.PI * i) / count;
    corners.push([
      longitude + radius * Math.cos(angle),
      latitude + radius * Math.sin(angle),
    ]);
  }

  return { type: 'Polygon', coordinates: [ring(corners)] };
}

async function councilWithOwner() {
  const councilId = await createOrganisation(api.dataSource, 'council', {
    name: 'Blue Mountains City Council',
  });
  const owner = await createUser(api.dataSource);
  await addMember(api.dataSource, councilId, owner.id, 'owner');

  return { councilId, owner };
}

async function setArea(user: TestUser, organisationId: string, area: unknown) {
  const geoJson = typeof area === 'string' ? area : JSON.stringify(area);

  return api.graphql<{
    setCouncilArea: { id: string; name: string; area: string };
  }>(SET_AREA, { input: { organisationId, geoJson } }, { cookie: user.cookie });
}

async function expectAreaError(area: unknown, fragment: string) {
  const { councilId, owner } = await councilWithOwner();
  const error = errorOf(await setArea(owner, councilId, area));
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.extensions?.field).toBe('input.geoJson');
  expect(error.message).toContain(fragment);
}

async function putArea(
  organisationId: string,
  body: string,
  headers: Record<string, string>,
) {
  const response = await fetch(
    `${api.baseUrl}/api/organisations/${organisationId}/area`,
    { method: 'PUT', headers, body },
  );

  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe('setCouncilArea', () => {
  it('stores a square around Katoomba', async () => {
    const { councilId, owner } = await councilWithOwner();
    const response = await setArea(owner, councilId, square(0.1));
    expect(response.errors).toBeUndefined();
    const area = JSON.parse(response.data!.setCouncilArea.area) as {
      type: string;
      coordinates: Position[][][];
    };
    expect(area.type).toBe('MultiPolygon');
    expect(area.coordinates[0]![0]).toHaveLength(5);

    const [row]: { srid: number }[] = await api.dataSource.query(
      'SELECT ST_SRID(area) AS srid FROM organisations WHERE id = $1',
      [councilId],
    );
    expect(row!.srid).toBe(4326);
    const [audit]: { action: string; changes: { areaKm2: { to: number } } }[] =
      await api.dataSource.query(
        `SELECT action, changes FROM audit_log
          WHERE subject_type = 'organisation' AND subject_id = $1`,
        [councilId],
      );
    expect(audit!.action).toBe('set-area');
    // 0.2 degrees square at 33.7° S: about 22.2 km by 18.5 km.
    expect(audit!.changes.areaKm2.to).toBeGreaterThan(380);
    expect(audit!.changes.areaKm2.to).toBeLessThan(440);
  });

  it('reads a Feature', async () => {
    const { councilId, owner } = await councilWithOwner();
    const feature = { type: 'Feature', properties: {}, geometry: square(0.1) };
    const response = await setArea(owner, councilId, feature);
    expect(response.errors).toBeUndefined();
  });

  it('merges a FeatureCollection of neighbouring wards', async () => {
    const { councilId, owner } = await councilWithOwner();
    const [lat, lng] = KATOOMBA;
    const west = ring([
      [lng - 0.1, lat],
      [lng, lat],
      [lng, lat + 0.1],
      [lng - 0.1, lat + 0.1],
    ]);
    const east = ring([
      [lng, lat],
      [lng + 0.1, lat],
      [lng + 0.1, lat + 0.1],
      [lng, lat + 0.1],
    ]);
    const collection = {
      type: 'FeatureCollection',
      features: [west, east].map((corners) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [corners] },
      })),
    };
    const response = await setArea(owner, councilId, collection);
    expect(response.errors).toBeUndefined();
    const area = JSON.parse(response.data!.setCouncilArea.area) as {
      coordinates: unknown[];
    };
    expect(area.coordinates).toHaveLength(1);
  });

  it('reports why a bowtie is invalid', async () => {
    const [lat, lng] = KATOOMBA;
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        ring([
          [lng - 0.1, lat - 0.1],
          [lng + 0.1, lat + 0.1],
          [lng + 0.1, lat - 0.1],
          [lng - 0.1, lat + 0.1],
        ]),
      ],
    };
    await expectAreaError(bowtie, 'Self-intersection');
  });

  it('rejects projected coordinates', async () => {
    const metres = {
      type: 'Polygon',
      coordinates: [
        ring([
          [252000, 6266000],
          [262000, 6266000],
          [262000, 6276000],
          [252000, 6276000],
        ]),
      ],
    };
    await expectAreaError(metres, 'EPSG:4326');
  });

  it('rejects an open ring', async () => {
    const open = square(0.1);
    open.coordinates[0]!.pop();
    open.coordinates[0]!.push([150.3, -33.6]);
    await expectAreaError(open, 'not closed');
  });

  it('rejects an area that is too large', async () => {
    await expectAreaError(square(10), 'km²');
  });

  it('rejects an area that is too small', async () => {
    await expectAreaError(square(0.0002), 'must be from 0.01');
  });

  it('rejects invalid JSON', async () => {
    await expectAreaError(
      '{"type": "Polygon", "coordinates": [1 2]}',
      'not valid JSON',
    );
  });

  it('rejects organisations that are not councils', async () => {
    const providerId = await createOrganisation(api.dataSource, 'provider');
    const owner = await createUser(api.dataSource);
    await addMember(api.dataSource, providerId, owner.id, 'owner');
    const error = errorOf(await setArea(owner, providerId, square(0.1)));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.organisationId');
  });

  it('rejects editors of the council', async () => {
    const { councilId } = await councilWithOwner();
    const editor = await createUser(api.dataSource);
    await addMember(api.dataSource, councilId, editor.id, 'editor');
    const error = errorOf(await setArea(editor, councilId, square(0.1)));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('setCouncilArea across ±180 and the poles', () => {
  const SPLIT_HINT = 'split into two polygons at ±180 (a MultiPolygon)';

  /** A Fiji-style strip from 179° E to 179° W, written as one ring. */
  const fijiRing = {
    type: 'Polygon',
    coordinates: [
      ring([
        [179, -17],
        [-179, -17],
        [-179, -16],
        [179, -16],
      ]),
    ],
  };

  /** The same strip split at ±180 into two polygons. */
  const fijiSplit = {
    type: 'MultiPolygon',
    coordinates: [
      [
        ring([
          [179, -17],
          [180, -17],
          [180, -16],
          [179, -16],
        ]),
      ],
      [
        ring([
          [-180, -17],
          [-179, -17],
          [-179, -16],
          [-180, -16],
        ]),
      ],
    ],
  };

  it('rejects the whole world', async () => {
    const world = {
      type: 'Polygon',
      coordinates: [
        ring([
          [-180, -90],
          [180, -90],
          [180, 90],
          [-180, 90],
        ]),
      ],
    };
    await expectAreaError(world, SPLIT_HINT);
  });

  it('rejects a ring across ±180', async () => {
    await expectAreaError(fijiRing, 'spans 358° of longitude');
    await expectAreaError(fijiRing, SPLIT_HINT);
  });

  it('names the edge across ±180', async () => {
    await expectAreaError(
      fijiRing,
      'from coordinates[0][0] [179, -17] to coordinates[0][1] [-179, -17]',
    );
  });

  it('rejects a pole-to-pole edge', async () => {
    const lune = {
      type: 'Polygon',
      coordinates: [
        ring([
          [0, -90],
          [0, 90],
          [10, 90],
          [10, -90],
        ]),
      ],
    };
    await expectAreaError(lune, 'antipodal points');
  });

  it('rejects a 180° edge on the equator', async () => {
    const halfEquator = {
      type: 'Polygon',
      coordinates: [
        ring([
          [0, 0],
          [180, 0],
          [180, 1],
          [0, 1],
        ]),
      ],
    };
    await expectAreaError(halfEquator, 'antipodal points');
  });

  it('answers 400 for an antipodal edge over REST', async () => {
    const { councilId, owner } = await councilWithOwner();
    const lune = {
      type: 'Polygon',
      coordinates: [
        ring([
          [0, -90],
          [0, 90],
          [10, 90],
          [10, -90],
        ]),
      ],
    };
    const response = await putArea(councilId, JSON.stringify(lune), {
      'content-type': 'application/geo+json',
      cookie: owner.cookie,
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message: expect.stringContaining('antipodal points'),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it('stores an area split at ±180', async () => {
    const { councilId, owner } = await councilWithOwner();
    const response = await setArea(owner, councilId, fijiSplit);
    expect(response.errors).toBeUndefined();
    const [row]: { km2: number }[] = await api.dataSource.query(
      'SELECT ST_Area(area::geography) / 1e6 AS km2 FROM organisations WHERE id = $1',
      [councilId],
    );
    // Two 1° by 1° cells at 16.5° S: about 2 × 111.3 km × 106.7 km.
    expect(row!.km2).toBeGreaterThan(23_000);
    expect(row!.km2).toBeLessThan(24_000);
  });

  it('covers both sides of ±180 only', async () => {
    const { councilId, owner } = await councilWithOwner();
    await setArea(owner, councilId, fijiSplit);
    const ids = async (longitude: number) => {
      const response = await api.graphql<{
        councilsCovering: { id: string }[];
      }>(COVERING, { latitude: -16.5, longitude });

      return response.data!.councilsCovering.map((council) => council.id);
    };

    expect(await ids(179.5)).toContain(councilId);
    expect(await ids(-179.5)).toContain(councilId);
    expect(await ids(0)).not.toContain(councilId);
  });
});

describe('PUT /api/organisations/:id/area', () => {
  it('stores GeoJSON sent as application/geo+json', async () => {
    const { councilId, owner } = await councilWithOwner();
    const response = await putArea(councilId, JSON.stringify(square(0.1)), {
      'content-type': 'application/geo+json',
      cookie: owner.cookie,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: councilId,
      name: 'Blue Mountains City Council',
      area: expect.objectContaining({ type: 'MultiPolygon' }),
    });
  });

  it('stores GeoJSON sent as application/json', async () => {
    const { councilId, owner } = await councilWithOwner();
    const feature = { type: 'Feature', properties: {}, geometry: square(0.1) };
    const response = await putArea(councilId, JSON.stringify(feature), {
      'content-type': 'application/json',
      cookie: owner.cookie,
    });
    expect(response.status).toBe(200);
  });

  it('accepts a boundary larger than 100 kB', async () => {
    const { councilId, owner } = await councilWithOwner();
    const body = JSON.stringify(circle(8000, 0.1));
    expect(body.length).toBeGreaterThan(100_000);
    const response = await putArea(councilId, body, {
      'content-type': 'application/geo+json',
      cookie: owner.cookie,
    });
    expect(response.status).toBe(200);
  });

  it('rejects a body larger than 5 MB', async () => {
    const { councilId, owner } = await councilWithOwner();
    const body = JSON.stringify({
      ...square(0.1),
      padding: 'x'.repeat(5_300_000),
    });
    const response = await putArea(councilId, body, {
      'content-type': 'application/geo+json',
      cookie: owner.cookie,
    });
    expect(response.status).toBe(413);
    expect(JSON.stringify(response.body)).toContain('larger than 5 MB');
  });

  it('reports an invalid polygon as a domain error', async () => {
    const { councilId, owner } = await councilWithOwner();
    const open = square(0.1);
    open.coordinates[0]!.pop();
    const response = await putArea(councilId, JSON.stringify(open), {
      'content-type': 'application/geo+json',
      cookie: owner.cookie,
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message: expect.stringContaining('not closed'),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it('rejects other content types', async () => {
    const { councilId, owner } = await councilWithOwner();
    const response = await putArea(councilId, JSON.stringify(square(0.1)), {
      'content-type': 'text/plain',
      cookie: owner.cookie,
    });
    expect(response.status).toBe(400);
  });

  it('requires a signed-in owner', async () => {
    const { councilId } = await councilWithOwner();
    const body = JSON.stringify(square(0.1));
    const anonymous = await putArea(councilId, body, {
      'content-type': 'application/geo+json',
    });
    expect(anonymous.status).toBe(401);
    const outsider = await createUser(api.dataSource);
    const forbidden = await putArea(councilId, body, {
      'content-type': 'application/geo+json',
      cookie: outsider.cookie,
    });
    expect(forbidden.status).toBe(403);
  });
});

describe('councilsCovering', () => {
  it('finds councils whose area contains the point', async () => {
    const councilId = await createOrganisation(api.dataSource, 'council', {
      area: squareArea(KATOOMBA, 0.05),
    });
    const inside = await api.graphql<{ councilsCovering: { id: string }[] }>(
      COVERING,
      { latitude: KATOOMBA[0], longitude: KATOOMBA[1] },
    );
    expect(inside.errors).toBeUndefined();
    expect(inside.data!.councilsCovering.map((c) => c.id)).toContain(councilId);

    const outside = await api.graphql<{ councilsCovering: { id: string }[] }>(
      COVERING,
      { latitude: -33.87, longitude: 151.21 },
    );
    expect(outside.data!.councilsCovering.map((c) => c.id)).not.toContain(
      councilId,
    );
  });

  it.each([
    ['latitude', { latitude: -91, longitude: 150 }],
    ['longitude', { latitude: -33, longitude: 181 }],
  ])('rejects an out-of-range %s', async (field, point) => {
    const error = errorOf(await api.graphql(COVERING, point));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
  });
});

describe('approveProvider', () => {
  async function setting() {
    const councilId = await createOrganisation(api.dataSource, 'council', {
      area: squareArea(KATOOMBA, 0.1),
    });
    const providerId = await createOrganisation(api.dataSource, 'provider');
    const members: Record<'owner' | 'editor' | 'awarder', TestUser> = {
      owner: await createUser(api.dataSource),
      editor: await createUser(api.dataSource),
      awarder: await createUser(api.dataSource),
    };
    for (const [role, user] of Object.entries(members)) {
      await addMember(api.dataSource, councilId, user.id, role as 'owner');
    }

    return { councilId, providerId, ...members };
  }

  function approve(councilId: string, providerId: string, cookie?: string) {
    return api.graphql<{
      approveProvider: { provider: { id: string }; council: { id: string } };
    }>(
      APPROVE,
      { input: { councilId, providerId } },
      cookie === undefined ? {} : { cookie },
    );
  }

  it.each(['owner', 'editor'] as const)(
    'lets a council %s approve',
    async (role) => {
      const context = await setting();
      const response = await approve(
        context.councilId,
        context.providerId,
        context[role].cookie,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.approveProvider.provider.id).toBe(
        context.providerId,
      );
      expect(response.data!.approveProvider.council.id).toBe(context.councilId);

      const audit: { action: string }[] = await api.dataSource.query(
        `SELECT action FROM audit_log
        WHERE subject_type = 'provider-approval' AND subject_id = $1`,
        [`${context.councilId}:${context.providerId}`],
      );
      expect(audit.map((row) => row.action)).toEqual(['approve']);
    },
  );

  it('rejects a council awarder', async () => {
    const context = await setting();
    const error = errorOf(
      await approve(
        context.councilId,
        context.providerId,
        context.awarder.cookie,
      ),
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects the owner of another council', async () => {
    const context = await setting();
    const other = await setting();
    const error = errorOf(
      await approve(context.councilId, context.providerId, other.owner.cookie),
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects anonymous visitors', async () => {
    const context = await setting();
    const error = errorOf(await approve(context.councilId, context.providerId));
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets an admin approve for any council', async () => {
    const context = await setting();
    const admin = await createUser(api.dataSource, { isAdmin: true });
    const response = await approve(
      context.councilId,
      context.providerId,
      admin.cookie,
    );
    expect(response.errors).toBeUndefined();
  });

  it('requires the council to have an area', async () => {
    const councilId = await createOrganisation(api.dataSource, 'council');
    const providerId = await createOrganisation(api.dataSource, 'provider');
    const admin = await createUser(api.dataSource, { isAdmin: true });
    const error = errorOf(await approve(councilId, providerId, admin.cookie));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.field).toBe('input.councilId');
  });

  it('requires a provider', async () => {
    const context = await setting();
    const employerId = await createOrganisation(api.dataSource, 'employer');
    const error = errorOf(
      await approve(context.councilId, employerId, context.owner.cookie),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.providerId');
  });

  it('lists the approval on both organisations', async () => {
    const context = await setting();
    await approve(context.councilId, context.providerId, context.owner.cookie);
    const approving = await api.graphql<{
      organisation: { approvingCouncils: { id: string }[] };
    }>(
      'query ($id: ID!) { organisation(id: $id) { approvingCouncils { id } } }',
      {
        id: context.providerId,
      },
    );
    expect(approving.data!.organisation.approvingCouncils).toEqual([
      { id: context.councilId },
    ]);

    const query =
      'query ($id: ID!) { organisation(id: $id) { approvedProviders { id } } }';
    const approved = await api.graphql<{
      organisation: { approvedProviders: { id: string }[] };
    }>(query, { id: context.councilId }, { cookie: context.awarder.cookie });
    expect(approved.data!.organisation.approvedProviders).toEqual([
      { id: context.providerId },
    ]);
    const outsider = await createUser(api.dataSource);
    const hidden = await api.graphql(
      query,
      { id: context.councilId },
      { cookie: outsider.cookie },
    );
    expect(errorOf(hidden).extensions?.code).toBe('FORBIDDEN');
  });

  it('revokes an approval once', async () => {
    const context = await setting();
    await approve(context.councilId, context.providerId, context.owner.cookie);
    const input = {
      councilId: context.councilId,
      providerId: context.providerId,
    };
    const first = await api.graphql<{ revokeProviderApproval: boolean }>(
      REVOKE_APPROVAL,
      { input },
      { cookie: context.editor.cookie },
    );
    expect(first.data!.revokeProviderApproval).toBe(true);
    const second = await api.graphql<{ revokeProviderApproval: boolean }>(
      REVOKE_APPROVAL,
      { input },
      { cookie: context.editor.cookie },
    );
    expect(second.data!.revokeProviderApproval).toBe(false);

    const audit: { action: string }[] = await api.dataSource.query(
      `SELECT action FROM audit_log
        WHERE subject_type = 'provider-approval' AND subject_id = $1 ORDER BY id`,
      [`${context.councilId}:${context.providerId}`],
    );
    expect(audit.map((row) => row.action)).toEqual(['approve', 'revoke']);
  });
});
