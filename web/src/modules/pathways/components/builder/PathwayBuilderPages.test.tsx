import { installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';

import { errorReply } from '@/modules/accounts/testing';
import {
  memberViewer,
  ORGANISATION_ID,
} from '@/modules/organisations/components/organisation-fixtures';

import { EditPathwayPage, NewPathwayPage } from './PathwayBuilderPages';

const DESIGNS = (
  [
    ['badge-solder', 'Soldering basics'],
    ['badge-sew', 'Sewing repairs'],
    ['badge-glue', 'Glue and clamps'],
    ['badge-paint', 'Paint touch-ups'],
  ] as const
).map(([id, name]) => ({
  id,
  name,
  organisation: { id: 'org-2', name: 'Katoomba Makerspace' },
}));

function builderApi(overrides: Parameters<typeof installFakeApi>[0] = {}) {
  return installFakeApi({
    Me: memberViewer('OWNER'),
    PathwayBuilderOrganisation: () => ({
      body: {
        data: {
          organisation: {
            id: ORGANISATION_ID,
            name: 'Blue Mountains Youth Hub',
            viewerRole: 'OWNER',
          },
        },
      },
    }),
    BadgeChoices: () => ({
      body: {
        data: {
          organisationAchievements: {
            totalCount: 1,
            edges: [
              {
                node: {
                  id: 'goal-1',
                  name: 'Master repairer',
                  archived: false,
                },
              },
            ],
          },
        },
      },
    }),
    BadgeDesigns: (variables) => {
      const search = String(variables.search ?? '').toLowerCase();
      const matches = DESIGNS.filter((design) =>
        design.name.toLowerCase().includes(search),
      );

      return {
        body: {
          data: {
            badgeDesigns: {
              totalCount: matches.length,
              edges: matches.map((node) => ({ node })),
              pageInfo: { hasNextPage: false },
            },
          },
        },
      };
    },
    CreatePathway: () => ({
      body: { data: { createPathway: { id: 'pathway-9', status: 'DRAFT' } } },
    }),
    ...overrides,
  });
}

function renderBuilder() {
  return renderPage(<NewPathwayPage />, {
    route: `/organisations/${ORGANISATION_ID}/pathways/new`,
    path: '/organisations/:organisationId/pathways/new',
  });
}

function stepGroup(position: number): HTMLElement {
  return screen.getByRole('group', { name: `Step ${position}` });
}

async function addDesign(user: UserEvent, step: HTMLElement, name: string) {
  const search = within(step).getByRole('searchbox', {
    name: 'Search badges by name',
  });
  await user.clear(search);
  await user.type(search, `${name}{Enter}`);
  await user.click(
    await within(step).findByRole('button', { name: `Add ${name}` }),
  );
}

async function fillBasics(user: UserEvent) {
  await user.type(
    await screen.findByRole('textbox', { name: 'Title' }),
    'Repair café',
  );
  await user.type(
    screen.getByRole('textbox', { name: 'Description' }),
    'Fix things with neighbours.',
  );
  await user.selectOptions(
    await screen.findByRole('combobox', { name: 'Goal badge' }),
    await screen.findByRole('option', { name: 'Master repairer' }),
  );
}

const ISSUER = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

/** Builds step 1 with one badge and step 2 with any 2 of 3, one from elsewhere. */
async function buildTwoSteps(user: UserEvent) {
  await addDesign(user, stepGroup(1), 'Soldering basics');
  await user.click(screen.getByRole('button', { name: 'Add a step' }));
  const second = stepGroup(2);
  await addDesign(user, second, 'Sewing repairs');
  await addDesign(user, second, 'Glue and clamps');
  await user.click(
    within(second).getByRole('button', { name: 'Add a badge from elsewhere' }),
  );
  await user.type(
    within(second).getByRole('textbox', { name: /Achievement id/ }),
    'https://badges.example.org/achievements/first-aid',
  );
  await user.type(
    within(second).getByRole('textbox', { name: 'Issuer ID' }),
    ISSUER,
  );
  await user.type(
    within(second).getByRole('textbox', { name: 'Name shown to learners' }),
    'First aid',
  );
  const count = within(second).getByRole('spinbutton', {
    name: 'Badges needed',
  });
  await user.clear(count);
  await user.type(count, '2');
}

describe('NewPathwayPage', () => {
  test('creates a pathway with two steps', async () => {
    const user = userEvent.setup();
    const api = builderApi();
    renderBuilder();

    await fillBasics(user);
    await buildTwoSteps(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(currentPath()).toBe(`/organisations/${ORGANISATION_ID}/pathways`),
    );
    const [request] = api.requestsFor('CreatePathway');
    expect(request!.variables.input).toEqual({
      organisationId: ORGANISATION_ID,
      title: 'Repair café',
      description: 'Fix things with neighbours.',
      ordered: true,
      goalAchievementId: 'goal-1',
      sdgNumbers: [],
      skillIds: [],
      steps: [
        {
          title: null,
          requiredCount: 1,
          options: [{ achievementId: 'badge-solder' }],
        },
        {
          title: null,
          requiredCount: 2,
          options: [
            { achievementId: 'badge-sew' },
            { achievementId: 'badge-glue' },
            {
              achievementUri:
                'https://badges.example.org/achievements/first-aid',
              issuerUri: ISSUER,
              name: 'First aid',
            },
          ],
        },
      ],
    });
  });

  test('moves a step up by its button', async () => {
    const user = userEvent.setup();
    const api = builderApi();
    renderBuilder();

    await fillBasics(user);
    await buildTwoSteps(user);
    const moveUp = within(stepGroup(2)).getByRole('button', {
      name: 'Move step 2 up',
    });
    await user.click(moveUp);

    expect(
      screen.getByRole('list', { name: 'Badges of step 1' }),
    ).toHaveTextContent('Sewing repairs');
    expect(
      screen.getByRole('list', { name: 'Badges of step 2' }),
    ).toHaveTextContent('Soldering basics');
    expect(
      within(stepGroup(1)).getByRole('button', { name: 'Move step 1 down' }),
    ).toHaveFocus();
    expect(screen.getByText('Step moved to position 1.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.requestsFor('CreatePathway')).toHaveLength(1),
    );
    const steps = (
      api.requestsFor('CreatePathway')[0]!.variables.input as {
        steps: { requiredCount: number }[];
      }
    ).steps;
    expect(steps.map((step) => step.requiredCount)).toEqual([2, 1]);
  });

  test('rejects an invalid URI before saving', async () => {
    const user = userEvent.setup();
    const api = builderApi();
    renderBuilder();

    await fillBasics(user);
    await addDesign(user, stepGroup(1), 'Soldering basics');
    await user.click(
      screen.getByRole('button', { name: 'Add a badge from elsewhere' }),
    );
    await user.type(
      screen.getByRole('textbox', { name: /Achievement id/ }),
      'badges/first aid',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Name shown to learners' }),
      'First aid',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const uri = screen.getByRole('textbox', { name: /Achievement id/ });
    expect(uri).toHaveAttribute('aria-invalid', 'true');
    expect(uri).toHaveFocus();
    expect(uri).toHaveAccessibleDescription(
      expect.stringContaining('This is not an Achievement id.'),
    );
    expect(api.requestsFor('CreatePathway')).toHaveLength(0);
  });

  test('asks for the issuer of a badge from elsewhere', async () => {
    const user = userEvent.setup();
    const api = builderApi();
    renderBuilder();

    await fillBasics(user);
    await user.click(
      screen.getByRole('button', { name: 'Add a badge from elsewhere' }),
    );
    await user.type(
      screen.getByRole('textbox', { name: /Achievement id/ }),
      'https://badges.example.org/achievements/first-aid',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Name shown to learners' }),
      'First aid',
    );
    const issuer = screen.getByRole('textbox', { name: 'Issuer ID' });
    expect(issuer).toHaveAccessibleDescription(
      expect.stringContaining("as the Issuer ID on the imported badge's page"),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(issuer).toHaveAttribute('aria-invalid', 'true');
    expect(issuer).toHaveFocus();
    expect(issuer).toHaveAccessibleDescription(
      expect.stringContaining("Paste the issuer's id"),
    );
    await user.type(issuer, 'Mountains First Aid Academy');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(issuer).toHaveAccessibleDescription(
      expect.stringContaining('This is not an issuer id.'),
    );
    expect(api.requestsFor('CreatePathway')).toHaveLength(0);

    await user.clear(issuer);
    await user.type(issuer, ISSUER);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.requestsFor('CreatePathway')).toHaveLength(1),
    );
    const input = api.requestsFor('CreatePathway')[0]!.variables.input as {
      steps: { options: unknown[] }[];
    };
    expect(input.steps[0]!.options).toEqual([
      {
        achievementUri: 'https://badges.example.org/achievements/first-aid',
        issuerUri: ISSUER,
        name: 'First aid',
      },
    ]);
  });

  test('shows a server error at its field', async () => {
    const user = userEvent.setup();
    const message =
      'Badge https://badges.example.org/achievements/first-aid is in step 1 and step 2; a badge can count for one step only.';
    builderApi({
      CreatePathway: () =>
        errorReply(message, {
          code: 'BAD_USER_INPUT',
          field: 'input.steps.1.options.2.achievementUri',
        }),
    });
    renderBuilder();

    await fillBasics(user);
    await buildTwoSteps(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const uri = await within(stepGroup(2)).findByRole('textbox', {
      name: /Achievement id/,
    });
    await waitFor(() => expect(uri).toHaveAttribute('aria-invalid', 'true'));
    expect(uri).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(uri).toHaveFocus();
    expect(uri).toHaveValue(
      'https://badges.example.org/achievements/first-aid',
    );
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Repair café',
    );
    expect(
      screen.getByText(
        'The pathway was not saved. Your changes are still here.',
      ),
    ).toBeInTheDocument();
    expect(currentPath()).toBe(
      `/organisations/${ORGANISATION_ID}/pathways/new`,
    );

    await user.type(uri, '-2');
    expect(uri).not.toHaveAttribute('aria-invalid');
  });

  test('tells an awarder that only builders may build', async () => {
    builderApi({
      Me: memberViewer('AWARDER'),
      PathwayBuilderOrganisation: () => ({
        body: {
          data: {
            organisation: {
              id: ORGANISATION_ID,
              name: 'Blue Mountains Youth Hub',
              viewerRole: 'AWARDER',
            },
          },
        },
      }),
    });
    renderBuilder();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only owners and editors of Blue Mountains Youth Hub can build its pathways.',
    );
    expect(
      screen.queryByRole('textbox', { name: 'Title' }),
    ).not.toBeInTheDocument();
  });
});

describe('EditPathwayPage', () => {
  test('saves the stored steps unchanged', async () => {
    const user = userEvent.setup();
    const api = builderApi({
      EditablePathway: () => ({
        body: {
          data: {
            pathway: {
              id: 'pathway-3',
              title: 'Repair café',
              description: 'Fix things.',
              status: 'PUBLISHED',
              ordered: false,
              organisation: { id: ORGANISATION_ID },
              goalAchievement: { id: 'goal-1', name: 'Master repairer' },
              sdgs: [{ number: 12 }],
              skills: [],
              steps: [
                {
                  id: 'step-1',
                  title: 'Basics',
                  requiredCount: 1,
                  options: [
                    {
                      achievementUri: 'urn:example:first-aid',
                      issuerUri: 'https://first-aid.example.org/issuer',
                      name: 'First aid',
                      achievement: null,
                    },
                  ],
                },
              ],
            },
          },
        },
      }),
      UpdatePathway: () => ({
        body: {
          data: { updatePathway: { id: 'pathway-3', status: 'PUBLISHED' } },
        },
      }),
    });
    renderPage(<EditPathwayPage />, {
      route: `/organisations/${ORGANISATION_ID}/pathways/pathway-3/edit`,
      path: '/organisations/:organisationId/pathways/:pathwayId/edit',
    });

    expect(
      await screen.findByText(/This pathway is published\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'In any order' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(api.requestsFor('UpdatePathway')).toHaveLength(1),
    );
    expect(api.requestsFor('UpdatePathway')[0]!.variables.input).toEqual({
      pathwayId: 'pathway-3',
      title: 'Repair café',
      description: 'Fix things.',
      ordered: false,
      goalAchievementId: 'goal-1',
      sdgNumbers: [12],
      skillIds: [],
      steps: [
        {
          title: 'Basics',
          requiredCount: 1,
          options: [
            {
              achievementUri: 'urn:example:first-aid',
              issuerUri: 'https://first-aid.example.org/issuer',
              name: 'First aid',
            },
          ],
        },
      ],
    });
    await waitFor(() =>
      expect(currentPath()).toBe(`/organisations/${ORGANISATION_ID}/pathways`),
    );
  });
});
