import { type Handler, installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { errorReply } from '@/modules/accounts/testing';

import {
  connection,
  EMPLOYER_ID,
  employerHandler,
  employerMember,
  NEED_ID,
  needFixture,
  needHandler,
} from '../testing';
import { EditNeedPage, NewNeedPage } from './NeedFormPages';
import { NeedPage } from './NeedPage';

const TITLE_PROBLEM = 'title is 2 characters long; it must be 3 to 120.';
const PLACE_PROBLEM = 'location.placeId "999" was not found; choose a place.';

function renderNewPage(createSkillNeed?: Handler) {
  const api = installFakeApi({
    Me: employerMember('EDITOR'),
    NeedOrganisation: employerHandler('EDITOR'),
    ...(createSkillNeed && { CreateSkillNeed: createSkillNeed }),
  });
  renderPage(<NewNeedPage />, {
    route: `/organisations/${EMPLOYER_ID}/needs/new`,
    path: '/organisations/:organisationId/needs/new',
  });

  return api;
}

/** A closing date 30 days ahead, inside the API's two-year window. */
const CLOSES_ON = new Date(Date.now() + 30 * 24 * 3600 * 1000)
  .toISOString()
  .slice(0, 10);

async function fillForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(/^Title/), 'Trainee barista');
  await user.click(
    await screen.findByRole('checkbox', { name: 'Communication' }),
  );
  await user.type(screen.getByRole('combobox', { name: 'Place' }), 'Kat');
  await screen.findByRole('option', { name: /Katoomba/ });
  await user.keyboard('{ArrowDown}{Enter}');
  await user.type(screen.getByLabelText(/^Closing date/), CLOSES_ON);
  await user.type(
    screen.getByLabelText(/^Apply link/),
    'https://jobs.example.org/barista',
  );
}

describe('NewNeedPage', () => {
  test('marks missing fields without sending', async () => {
    const user = userEvent.setup();
    const api = renderNewPage();

    await user.click(
      await screen.findByRole('button', { name: 'Post the skill need' }),
    );

    const title = screen.getByLabelText(/^Title/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveFocus();
    expect(title).toHaveAccessibleDescription(/Fill this in\./);
    expect(
      screen.getByRole('group', { name: /Skills needed/ }),
    ).toHaveAccessibleDescription('Choose at least one skill.');
    expect(
      screen.getByRole('group', { name: 'Where is the work?' }),
    ).toHaveAccessibleDescription('Choose a place or click the map.');
    expect(screen.getByLabelText(/^Closing date/)).toHaveAccessibleDescription(
      /Choose the closing date\./,
    );
    expect(api.requestsFor('CreateSkillNeed')).toHaveLength(0);
  });

  test('checks the apply link and ESCO URIs', async () => {
    const user = userEvent.setup();
    renderNewPage();
    const apply = await screen.findByLabelText(/^Apply link/);

    await user.type(apply, 'http://jobs.example.org');
    await user.type(
      screen.getByLabelText(/^ESCO skill URIs/),
      'http://data.europa.eu/esco/skill/not-a-uuid',
    );
    await user.tab();

    expect(apply).toHaveAccessibleDescription(
      /Give an https:\/\/ link, such as https:\/\/jobs\.example\.org\/apply, or mailto: with one e-mail address/,
    );
    expect(
      screen.getByLabelText(/^ESCO skill URIs/),
    ).toHaveAccessibleDescription(/Line 1 is not an ESCO skill URI/);
  });

  test('sends the need and opens it', async () => {
    const user = userEvent.setup();
    const api = renderNewPage(() => ({
      body: { data: { createSkillNeed: { id: 'need-9' } } },
    }));

    await fillForm(user);
    await user.click(
      screen.getByRole('button', { name: 'Post the skill need' }),
    );

    await waitFor(() => expect(currentPath()).toBe('/needs/need-9'));
    expect(api.requestsFor('CreateSkillNeed')[0]?.variables).toEqual({
      input: {
        employerId: EMPLOYER_ID,
        title: 'Trainee barista',
        description: '',
        skillIds: ['communication'],
        escoSkillUris: [],
        location: { placeId: '2161376' },
        radiusKm: 15,
        openings: 1,
        closesOn: CLOSES_ON,
        applyUrl: 'https://jobs.example.org/barista',
      },
    });
  });

  test('shows server errors at their fields', async () => {
    const user = userEvent.setup();
    renderNewPage(() =>
      errorReply(TITLE_PROBLEM, {
        code: 'BAD_USER_INPUT',
        field: 'input.title',
        problems: [
          { field: 'input.title', message: TITLE_PROBLEM },
          { field: 'input.location.placeId', message: PLACE_PROBLEM },
        ],
      }),
    );

    await fillForm(user);
    await user.click(
      screen.getByRole('button', { name: 'Post the skill need' }),
    );

    const title = screen.getByLabelText(/^Title/);
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription(new RegExp(TITLE_PROBLEM));
    expect(title).toHaveFocus();
    expect(
      screen.getByRole('group', { name: 'Where is the work?' }),
    ).toHaveAccessibleDescription(PLACE_PROBLEM);
    expect(title).toHaveValue('Trainee barista');
    expect(screen.getByLabelText(/^Apply link/)).toHaveValue(
      'https://jobs.example.org/barista',
    );
    expect(
      screen.getByRole('checkbox', { name: 'Communication' }),
    ).toBeChecked();

    await user.type(title, '!');
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  test('summarises errors that name no field', async () => {
    const user = userEvent.setup();
    renderNewPage(() =>
      errorReply('Only verified employers post skill needs.', {
        code: 'FORBIDDEN',
      }),
    );

    await fillForm(user);
    await user.click(
      screen.getByRole('button', { name: 'Post the skill need' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only verified employers post skill needs.',
    );
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Trainee barista');
  });

  test('focuses the saved status after posting by keyboard', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: employerMember('EDITOR'),
      NeedOrganisation: employerHandler('EDITOR'),
      CreateSkillNeed: () => ({
        body: { data: { createSkillNeed: { id: NEED_ID } } },
      }),
      SkillNeed: needHandler(needFixture('EDITOR')),
      SkillNeedMatches: () => ({
        body: {
          data: { skillNeed: { id: NEED_ID, matches: connection([]) } },
        },
      }),
      SkillNeedContacts: () => ({
        body: {
          data: {
            skillNeed: {
              id: NEED_ID,
              learnerCount: { value: 0, suppressed: false },
              contacts: connection([]),
            },
          },
        },
      }),
    });
    renderPage(
      <Routes>
        <Route
          path="/organisations/:organisationId/needs/new"
          element={<NewNeedPage />}
        />
        <Route path="/needs/:needId" element={<NeedPage />} />
      </Routes>,
      { route: `/organisations/${EMPLOYER_ID}/needs/new`, path: '*' },
    );

    await fillForm(user);
    await user.keyboard('{Enter}');

    const status = await screen.findByText('Saved “Trainee barista”.');
    await waitFor(() => expect(status).toHaveFocus());
    expect(status).toHaveAttribute('role', 'status');
  });

  test('shows a notice instead of the form until verified', async () => {
    installFakeApi({
      Me: employerMember('OWNER'),
      NeedOrganisation: employerHandler('OWNER', 'EMPLOYER', false),
    });
    renderPage(<NewNeedPage />, {
      route: `/organisations/${EMPLOYER_ID}/needs/new`,
      path: '/organisations/:organisationId/needs/new',
    });

    expect(
      await screen.findByText('Mountain Café is awaiting verification.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Post the skill need' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Title/)).not.toBeInTheDocument();
  });

  test('refuses a member who may not edit', async () => {
    installFakeApi({
      Me: employerMember('AWARDER'),
      NeedOrganisation: employerHandler('AWARDER'),
    });
    renderPage(<NewNeedPage />, {
      route: `/organisations/${EMPLOYER_ID}/needs/new`,
      path: '/organisations/:organisationId/needs/new',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only owners and editors of Mountain Café post and edit its skill needs.',
    );
  });
});

describe('EditNeedPage', () => {
  test('keeps a past closing date out of the update', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: employerMember('OWNER'),
      SkillNeed: needHandler(
        needFixture('OWNER', { closesOn: '2020-01-31', isOpen: false }),
      ),
      UpdateSkillNeed: () => ({
        body: {
          data: {
            updateSkillNeed: { id: 'need-1', status: 'OPEN', isOpen: false },
          },
        },
      }),
    });
    renderPage(<EditNeedPage />, {
      route: '/needs/need-1/edit',
      path: '/needs/:needId/edit',
    });
    const title = await screen.findByLabelText(/^Title/);
    expect(title).toHaveValue('Trainee barista');

    await user.type(title, ' (weekends)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(currentPath()).toBe('/needs/need-1'));
    const input = api.requestsFor('UpdateSkillNeed')[0]?.variables.input as
      Record<string, unknown> | undefined;
    expect(input?.title).toBe('Trainee barista (weekends)');
    expect(input?.location).toEqual({
      latitude: -33.71277,
      longitude: 150.31107,
    });
    expect(input).not.toHaveProperty('closesOn');
  });
});
