import { addMember, createUser, type TestUser } from './support/accounts.js';
import { clearListings, createProvider } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Listing {
  id: string;
  accessibilitySupport: string[];
  accessibilityInformation: string | null;
}

const FIELDS = 'id accessibilitySupport accessibilityInformation';

const CREATE = `mutation Create($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { ${FIELDS} }
}`;

const UPDATE = `mutation Update($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) { ${FIELDS} }
}`;

const AUDIT_LOG = `query Audit($id: ID!) {
  opportunity(id: $id) { auditLog { action changes } }
}`;

let api: TestApp;
let providerId: string;
let owner: TestUser;

function listingInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Accessible art studio',
    summary: 'Paint and print with local artists, at your own pace.',
    description: 'Materials provided.',
    kind: 'WORKSHOP',
    mode: 'IN_PERSON',
    location: { latitude: -33.7125, longitude: 150.3119 },
    venueName: 'Katoomba Library',
    venueAddress: '30 Parke St, Katoomba NSW 2780',
    sdgs: [4],
    skills: ['creativity'],
    sessions: [],
    ...overrides,
  };
}

async function createListing(overrides: Record<string, unknown> = {}) {
  return api.graphql<{ createOpportunity: Listing }>(
    CREATE,
    { input: { organisationId: providerId, listing: listingInput(overrides) } },
    { cookie: owner.cookie },
  );
}

async function updateListing(id: string, listing: Record<string, unknown>) {
  return api.graphql<{ updateOpportunity: Listing }>(
    UPDATE,
    { input: { opportunityId: id, listing } },
    { cookie: owner.cookie },
  );
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Blue Mountains Arts');
  owner = await createUser(api.dataSource, { name: 'Olive Owner' });
  await addMember(api.dataSource, providerId, owner.id, 'owner');
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api.close();
});

describe('listing accessibility fields', () => {
  it('stores groups and text on create', async () => {
    const response = await createListing({
      accessibilitySupport: ['PHYSICAL_IMPAIRMENT', 'HEARING_IMPAIRMENT'],
      accessibilityInformation: '  Step-free entry; hearing loop in room 2.  ',
    });

    expect(response.errors).toBeUndefined();
    const listing = response.data!.createOpportunity;
    expect(listing.accessibilitySupport).toEqual([
      'PHYSICAL_IMPAIRMENT',
      'HEARING_IMPAIRMENT',
    ]);
    expect(listing.accessibilityInformation).toBe(
      'Step-free entry; hearing loop in room 2.',
    );
  });

  it('defaults to none when omitted', async () => {
    const response = await createListing();

    expect(response.errors).toBeUndefined();
    expect(response.data!.createOpportunity.accessibilitySupport).toEqual([]);
    expect(
      response.data!.createOpportunity.accessibilityInformation,
    ).toBeNull();
  });

  it('rejects a repeated group', async () => {
    const response = await createListing({
      accessibilitySupport: ['VISUAL_IMPAIRMENT', 'VISUAL_IMPAIRMENT'],
    });

    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('input.listing.accessibilitySupport');
    expect(error?.message).toBe(
      'accessibilitySupport lists VISUAL_IMPAIRMENT twice; list each group once.',
    );
  });

  it('rejects text over 1000 characters', async () => {
    const response = await createListing({
      accessibilityInformation: 'a'.repeat(1001),
    });

    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe(
      'input.listing.accessibilityInformation',
    );
    expect(error?.message).toBe(
      'accessibilityInformation is 1001 characters long; the maximum is 1000.',
    );
  });

  it('accepts text of exactly 1000 characters', async () => {
    const response = await createListing({
      accessibilityInformation: 'a'.repeat(1000),
    });

    expect(response.errors).toBeUndefined();
  });

  it('keeps stored values when an update omits them', async () => {
    const created = await createListing({
      accessibilitySupport: ['LEARNING_IMPAIRMENT'],
      accessibilityInformation: 'Quiet room available.',
    });
    const id = created.data!.createOpportunity.id;

    const response = await updateListing(
      id,
      listingInput({ title: 'Accessible print studio' }),
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOpportunity.accessibilitySupport).toEqual([
      'LEARNING_IMPAIRMENT',
    ]);
    expect(response.data!.updateOpportunity.accessibilityInformation).toBe(
      'Quiet room available.',
    );
  });

  it('clears values given as empty', async () => {
    const created = await createListing({
      accessibilitySupport: ['MENTAL_HEALTH'],
      accessibilityInformation: 'Calm space.',
    });
    const id = created.data!.createOpportunity.id;

    const response = await updateListing(
      id,
      listingInput({ accessibilitySupport: [], accessibilityInformation: ' ' }),
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOpportunity.accessibilitySupport).toEqual([]);
    expect(
      response.data!.updateOpportunity.accessibilityInformation,
    ).toBeNull();
  });

  it('shows changes in the audit diff', async () => {
    const created = await createListing();
    const id = created.data!.createOpportunity.id;
    await updateListing(
      id,
      listingInput({
        accessibilitySupport: ['SOCIAL_OR_BEHAVIOURAL'],
        accessibilityInformation: 'Small groups.',
      }),
    );

    const log = await api.graphql<{
      opportunity: { auditLog: { action: string; changes: string }[] };
    }>(AUDIT_LOG, { id }, { cookie: owner.cookie });

    expect(log.errors).toBeUndefined();
    const [update] = log.data!.opportunity.auditLog;
    expect(update?.action).toBe('update');
    expect(JSON.parse(update!.changes)).toEqual({
      accessibilitySupport: { from: [], to: ['social_or_behavioural'] },
      accessibilityInformation: { from: null, to: 'Small groups.' },
    });
  });
});
