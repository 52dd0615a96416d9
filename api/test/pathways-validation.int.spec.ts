import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { insertAchievement } from './support/authorisation/credential-cases.js';
import { errorOf } from './support/awards.js';
import { clearListings } from './support/factories.js';
import { CREATE_PATHWAY } from './support/pathways.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://pathways.example.org';
const ISSUER = 'did:web:badges.elsewhere.example.net';

let api: TestApp;
let organisationId: string;
let owner: TestUser;
let stepBadge: string;
let goalId: string;
let otherGoal: string;

function create(overrides: Record<string, unknown>) {
  return api.graphql(
    CREATE_PATHWAY,
    {
      input: {
        organisationId,
        title: 'Repair café',
        description: 'Fix things with neighbours.',
        goalAchievementId: goalId,
        steps: [{ options: [{ achievementId: stepBadge }] }],
        ...overrides,
      },
    },
    { cookie: owner.cookie },
  );
}

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearListings(api.dataSource);
  organisationId = await createOrganisation(api.dataSource, 'provider');
  const otherOrganisation = await createOrganisation(api.dataSource, 'council');
  owner = await createUser(api.dataSource);
  await addMember(api.dataSource, organisationId, owner.id, 'owner');
  stepBadge = await insertAchievement(api.dataSource, organisationId);
  goalId = await insertAchievement(api.dataSource, organisationId);
  otherGoal = await insertAchievement(api.dataSource, otherOrganisation);
});

afterAll(async () => {
  await api.close();
});

const manySteps = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    options: [
      {
        achievementUri: `https://elsewhere.example.net/a/${index}`,
        issuerUri: ISSUER,
        name: `Badge ${index}`,
      },
    ],
  }));

describe('createPathway validation', () => {
  it.each([
    ['no steps', { steps: [] }, 'input.steps', /has 0 steps; give 1 to 20/],
    ['21 steps', { steps: manySteps(21) }, 'input.steps', /has 21 steps/],
    [
      'N above group size',
      {
        steps: [{ requiredCount: 2, options: [{ achievementId: 'STEP' }] }],
      },
      'input.steps.0.requiredCount',
      /any 2 of 1 badges; requiredCount must be from 1 to 1/,
    ],
    [
      'N of zero',
      { steps: [{ requiredCount: 0, options: [{ achievementId: 'STEP' }] }] },
      'input.steps.0.requiredCount',
      /any 0 of 1/,
    ],
    [
      'duplicate option',
      {
        steps: [
          {
            options: [
              { achievementId: 'STEP' },
              {
                achievementUri: `${PUBLIC_URL}/api/achievements/STEP`,
                name: 'x',
              },
            ],
          },
        ],
      },
      'input.steps.0.options.1',
      /Step 1 names badge .* twice/,
    ],
    [
      'goal as a step',
      { steps: [{ options: [{ achievementId: 'GOAL' }] }] },
      'input.steps.0.options.0',
      /goal cannot be a step/,
    ],
    [
      "another organisation's goal",
      { goalAchievementId: 'OTHER' },
      'input.goalAchievementId',
      /is not a badge design of this organisation/,
    ],
    [
      'an unknown badge id',
      {
        steps: [
          {
            options: [
              { achievementId: '00000000-0000-4000-8000-000000000000' },
            ],
          },
        ],
      },
      'input.steps.0.options.0.achievementId',
      /No badge design has id "00000000-0000-4000-8000-000000000000"/,
    ],
    [
      'a bad URI',
      {
        steps: [
          {
            options: [
              { achievementUri: 'ftp://x', issuerUri: ISSUER, name: 'x' },
            ],
          },
        ],
      },
      'input.steps.0.options.0.achievementUri',
      /"ftp:\/\/x" is not an Achievement id/,
    ],
    [
      'a URI without a name',
      {
        steps: [
          {
            options: [
              {
                achievementUri: 'https://elsewhere.example.net/a',
                issuerUri: ISSUER,
              },
            ],
          },
        ],
      },
      'input.steps.0.options.0.name',
      /needs a name of 1 to 120 characters/,
    ],
    [
      'both id and URI',
      {
        steps: [
          {
            options: [
              {
                achievementId: 'STEP',
                achievementUri: 'https://elsewhere.example.net/a',
              },
            ],
          },
        ],
      },
      'input.steps.0.options.0',
      /exactly one of achievementId/,
    ],
    [
      'a URI without an issuer',
      {
        steps: [
          {
            options: [
              { achievementUri: 'https://elsewhere.example.net/a', name: 'x' },
            ],
          },
        ],
      },
      'input.steps.0.options.0.issuerUri',
      /needs issuerUri, the id of the issuer it must come from/,
    ],
    [
      'a bad issuer id',
      {
        steps: [
          {
            options: [
              {
                achievementUri: 'https://elsewhere.example.net/a',
                issuerUri: 'Harbour Makers',
                name: 'x',
              },
            ],
          },
        ],
      },
      'input.steps.0.options.0.issuerUri',
      /issuerUri "Harbour Makers" is not an issuer id/,
    ],
    [
      'a NUL in the issuer id',
      {
        steps: [
          {
            options: [
              {
                achievementUri: 'https://elsewhere.example.net/a',
                issuerUri: 'https://issuer.example.net/\u0000',
                name: 'x',
              },
            ],
          },
        ],
      },
      'input.steps.0.options.0.issuerUri',
      /is not an issuer id/,
    ],
    [
      'an issuer for a badge designed here',
      {
        steps: [{ options: [{ achievementId: 'STEP', issuerUri: ISSUER }] }],
      },
      'input.steps.0.options.0.issuerUri',
      /takes no issuerUri/,
    ],
    [
      'a URI of this site that names no design',
      {
        steps: [
          {
            options: [
              {
                achievementUri: `${PUBLIC_URL}/api/achievements/first-aid`,
                issuerUri: ISSUER,
                name: 'x',
              },
            ],
          },
        ],
      },
      'input.steps.0.options.0.achievementUri',
      /is under this site's badges .* but names no badge design/,
    ],
    [
      'a URI of this site with a query',
      {
        steps: [
          {
            options: [
              {
                achievementUri: `http://PATHWAYS.example.org/API/achievements/STEP?v=2`,
                issuerUri: ISSUER,
                name: 'x',
              },
            ],
          },
        ],
      },
      'input.steps.0.options.0.achievementUri',
      /names no badge design/,
    ],
    [
      'an empty title',
      { title: '  ' },
      'input.title',
      /title has 0 characters/,
    ],
    [
      'SDG 18',
      { sdgNumbers: [18] },
      'input.sdgNumbers.0',
      /SDG 18 is not a goal/,
    ],
  ])('rejects %s', async (_name, raw, field, message) => {
    const overrides = JSON.parse(
      JSON.stringify(raw)
        .replaceAll('STEP', stepBadge)
        .replaceAll('GOAL', goalId)
        .replaceAll('OTHER', otherGoal),
    ) as Record<string, unknown>;

    const response = await create(overrides);

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).field).toBe(field);
    expect(errorOf(response).message).toMatch(message);
  });

  it('rejects 21 options in a step', async () => {
    const options = manySteps(21).map((step) => step.options[0]!);

    const response = await create({ steps: [{ options }] });

    expect(errorOf(response).field).toBe('input.steps.0.options');
    expect(errorOf(response).message).toMatch(/has 21 badges; give 1 to 20/);
  });

  it('accepts 20 steps of 20 options', async () => {
    const steps = Array.from({ length: 20 }, (_, step) => ({
      requiredCount: 20,
      options: Array.from({ length: 20 }, (_, option) => ({
        achievementUri: `https://elsewhere.example.net/a/${step}/${option}`,
        issuerUri: ISSUER,
        name: `Badge ${step}.${option}`,
      })),
    }));

    const response = await create({ steps });

    expect(response.errors).toBeUndefined();
  });

  it('stores a pasted URI of ours as a local option', async () => {
    const created = await create({
      steps: [
        {
          options: [
            {
              achievementUri: `http://pathways.example.org/api/achievements/${stepBadge}`,
              issuerUri: 'did:key:z6MkSomeoneElse',
              name: 'Copied badge',
            },
          ],
        },
      ],
    });
    expect(created.errors).toBeUndefined();
    const id = (created.data as { createPathway: { id: string } }).createPathway
      .id;

    const stored = await api.graphql<{
      pathway: {
        steps: {
          options: {
            achievementUri: string;
            issuerUri: string | null;
            name: string | null;
            achievement: { id: string } | null;
          }[];
        }[];
      };
    }>(
      `query ($id: ID!) { pathway(id: $id) { steps { options {
        achievementUri issuerUri name achievement { id } } } } }`,
      { id },
      { cookie: owner.cookie },
    );

    const [option] = stored.data!.pathway.steps[0]!.options;
    expect(option!.achievement?.id).toBe(stepBadge);
    expect(option!.achievementUri).toBe(
      `${PUBLIC_URL}/api/achievements/${stepBadge}`,
    );
    expect(option!.issuerUri).toBeNull();
    expect(option!.name).toBeNull();
  });

  it('stores the issuer of a badge from elsewhere', async () => {
    const created = await create({
      steps: [
        {
          options: [
            {
              achievementUri: 'https://elsewhere.example.net/a/stored',
              issuerUri: ` ${ISSUER} `,
              name: 'Stored badge',
            },
          ],
        },
      ],
    });
    const id = (created.data as { createPathway: { id: string } }).createPathway
      .id;

    const stored = await api.graphql<{
      pathway: { steps: { options: { issuerUri: string | null }[] }[] };
    }>(
      `query ($id: ID!) { pathway(id: $id) { steps { options { issuerUri } } } }`,
      { id },
      { cookie: owner.cookie },
    );

    expect(stored.data!.pathway.steps[0]!.options[0]!.issuerUri).toBe(ISSUER);
  });

  it('forbids a learner', async () => {
    const learner = await createUser(api.dataSource);

    const response = await api.graphql(
      CREATE_PATHWAY,
      {
        input: {
          organisationId,
          title: 'x',
          description: 'y',
          goalAchievementId: goalId,
          steps: [{ options: [{ achievementId: stepBadge }] }],
        },
      },
      { cookie: learner.cookie },
    );

    expect(errorOf(response).code).toBe('FORBIDDEN');
  });
});
