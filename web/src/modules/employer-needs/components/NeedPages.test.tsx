import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import {
  COMMUNICATION,
  connection,
  contactSettingsReply,
  EMPLOYER_ID,
  employerHandler,
  employerMember,
  NEED_ID,
  needFixture,
  needHandler,
  NUMERACY,
} from '../testing';
import { NeedPage } from './NeedPage';
import { OrganisationNeedsPage } from './OrganisationNeedsPage';

const needRoute = { route: `/needs/${NEED_ID}`, path: '/needs/:needId' };

function dashboardReply(nodes: Record<string, unknown>[]) {
  return () => ({
    body: { data: { organisationSkillNeeds: connection(nodes) } },
  });
}

function matchesReply() {
  return () => ({
    body: {
      data: {
        skillNeed: {
          id: NEED_ID,
          matches: connection([
            {
              kind: 'OPPORTUNITY',
              distanceKm: 2.4,
              coveredSkills: [COMMUNICATION],
              opportunity: {
                id: 'opp-1',
                title: 'Barista Skills',
                provider: { id: 'org-1', name: 'Blue Mountains Youth Hub' },
              },
              pathway: null,
            },
            {
              kind: 'PATHWAY',
              distanceKm: 0,
              coveredSkills: [NUMERACY],
              opportunity: null,
              pathway: {
                id: 'path-1',
                title: 'Hospitality starter',
                organisation: { id: 'org-1', name: 'Blue Mountains TAFE' },
              },
            },
          ]),
        },
      },
    },
  });
}

function contactsReply(
  contacts: Record<string, unknown>[],
  learnerCount: { value: number | null; suppressed: boolean } = {
    value: null,
    suppressed: true,
  },
) {
  return () => ({
    body: {
      data: {
        skillNeed: {
          id: NEED_ID,
          learnerCount,
          contacts: connection(contacts),
        },
      },
    },
  });
}

describe('OrganisationNeedsPage', () => {
  test('lists needs with counts', async () => {
    installFakeApi({
      Me: employerMember('EDITOR'),
      NeedOrganisation: employerHandler('EDITOR'),
      OrganisationSkillNeeds: dashboardReply([
        {
          ...needFixture('EDITOR'),
          learnerCount: { value: null, suppressed: true },
        },
        {
          ...needFixture('EDITOR', {
            id: 'need-2',
            title: 'Kitchen hand',
            status: 'CLOSED',
            isOpen: false,
          }),
          learnerCount: { value: 10, suppressed: false },
        },
      ]),
    });
    renderPage(<OrganisationNeedsPage />, {
      route: `/organisations/${EMPLOYER_ID}/needs`,
      path: '/organisations/:organisationId/needs',
    });

    const first = (
      await screen.findByRole('link', { name: 'Trainee barista' })
    ).closest('li')!;
    expect(within(first).getByText('fewer than 5')).toHaveAccessibleDescription(
      /no learner can be picked out/,
    );
    expect(within(first).getByText('Open')).toBeInTheDocument();
    const second = screen
      .getByRole('link', { name: 'Kitchen hand' })
      .closest('li')!;
    expect(
      within(second).getByText('10 or more learners'),
    ).toHaveAccessibleDescription(/rounded down to a multiple of 5/);
    expect(within(second).getByText('Closed')).toBeInTheDocument();
    expect(
      within(second).getByRole('button', { name: 'Reopen Kitchen hand' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Post a skill need' }),
    ).toHaveAttribute('href', `/organisations/${EMPLOYER_ID}/needs/new`);
  });

  test('closes a need', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: employerMember('OWNER'),
      NeedOrganisation: employerHandler('OWNER'),
      OrganisationSkillNeeds: dashboardReply([
        {
          ...needFixture('OWNER'),
          learnerCount: { value: 0, suppressed: false },
        },
      ]),
      UpdateSkillNeed: () => ({
        body: {
          data: {
            updateSkillNeed: { id: NEED_ID, status: 'CLOSED', isOpen: false },
          },
        },
      }),
    });
    renderPage(<OrganisationNeedsPage />, {
      route: `/organisations/${EMPLOYER_ID}/needs`,
      path: '/organisations/:organisationId/needs',
    });

    await user.click(
      await screen.findByRole('button', { name: 'Close Trainee barista' }),
    );

    await waitFor(() =>
      expect(api.requestsFor('UpdateSkillNeed')[0]?.variables).toEqual({
        input: { id: NEED_ID, status: 'CLOSED' },
      }),
    );
    await waitFor(() =>
      expect(api.requestsFor('OrganisationSkillNeeds')).toHaveLength(2),
    );
  });

  test('says an unverified employer cannot post yet', async () => {
    installFakeApi({
      Me: employerMember('OWNER'),
      NeedOrganisation: employerHandler('OWNER', 'EMPLOYER', false),
      OrganisationSkillNeeds: dashboardReply([]),
    });
    renderPage(<OrganisationNeedsPage />, {
      route: `/organisations/${EMPLOYER_ID}/needs`,
      path: '/organisations/:organisationId/needs',
    });

    expect(
      await screen.findByText('Mountain Café is awaiting verification.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Post a skill need' }),
    ).not.toBeInTheDocument();
  });

  test('shows an empty state', async () => {
    installFakeApi({
      Me: employerMember('EDITOR'),
      NeedOrganisation: employerHandler('EDITOR'),
      OrganisationSkillNeeds: dashboardReply([]),
    });
    renderPage(<OrganisationNeedsPage />, {
      route: `/organisations/${EMPLOYER_ID}/needs`,
      path: '/organisations/:organisationId/needs',
    });

    expect(await screen.findByText(/No skill needs yet/)).toBeInTheDocument();
  });
});

describe('NeedPage', () => {
  test('shows matches and contacts to members', async () => {
    installFakeApi({
      Me: employerMember('OWNER'),
      SkillNeed: needHandler(needFixture('OWNER')),
      SkillNeedMatches: matchesReply(),
      SkillNeedContacts: contactsReply(
        [
          {
            id: 'user-7',
            name: 'Sam',
            email: 'sam@example.org',
            isMinor: true,
            area: null,
            consentedAt: '2026-11-02T03:00:00Z',
            coveredSkills: [COMMUNICATION],
            badges: [
              {
                name: 'Barista basics',
                issuerName: 'Blue Mountains Youth Hub',
                issuedAt: '2026-10-01T00:00:00Z',
              },
            ],
          },
        ],
        { value: 5, suppressed: false },
      ),
    });
    renderPage(<NeedPage />, needRoute);

    expect(
      await screen.findByRole('heading', { name: 'Trainee barista' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Barista Skills' }),
    ).toHaveAttribute('href', '/opportunities/opp-1');
    expect(
      screen.getByRole('link', { name: 'Hospitality starter' }),
    ).toHaveAttribute('href', '/pathways/path-1');
    expect(screen.getByText(/2\.4 km away/)).toBeInTheDocument();
    const table = await screen.findByRole('table', {
      name: 'Learners who opted in to contact from this employer',
    });
    const row = within(table).getByRole('row', { name: /Sam/ });
    expect(
      within(row).getByText('(under 18: first name only)'),
    ).toBeInTheDocument();
    expect(
      within(row).getByRole('link', { name: 'sam@example.org' }),
    ).toHaveAttribute('href', 'mailto:sam@example.org');
    expect(within(row).getByText('not shared')).toBeInTheDocument();
    expect(screen.getByText('5 or more learners')).toBeInTheDocument();
    expect(screen.getByText('Within 15 km of Katoomba.')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /contact me/ }),
    ).not.toBeInTheDocument();
  });

  test('explains an empty contact list', async () => {
    installFakeApi({
      Me: employerMember('EDITOR'),
      SkillNeed: needHandler(needFixture('EDITOR')),
      SkillNeedMatches: matchesReply(),
      SkillNeedContacts: contactsReply([]),
    });
    renderPage(<NeedPage />, needRoute);

    expect(
      await screen.findByText(/Learners appear here, wherever they live/),
    ).toBeInTheDocument();
    expect(screen.getByText('fewer than 5')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  test('shows a learner their fit and takes consent', async () => {
    const user = userEvent.setup();
    let consented: string[] = [];
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      SkillNeed: needHandler(
        needFixture(null, {
          myMatch: {
            heldSkills: [COMMUNICATION],
            missingSkills: [NUMERACY],
            pathways: [
              {
                distanceKm: 3,
                pathway: {
                  id: 'path-1',
                  title: 'Money matters',
                  organisation: { id: 'org-1', name: 'Blue Mountains TAFE' },
                },
                addsSkills: [NUMERACY],
              },
            ],
          },
        }),
      ),
      LearnerContactSettings: () => contactSettingsReply(true, consented),
      AllowEmployerContact: () => {
        consented = [EMPLOYER_ID];

        return {
          body: {
            data: {
              allowEmployerContact: {
                createdAt: '2026-11-02T03:00:00Z',
                employer: { id: EMPLOYER_ID, name: 'Mountain Café' },
              },
            },
          },
        };
      },
    });
    renderPage(<NeedPage />, needRoute);

    const held = await screen.findByText('Skills your badges show');
    expect(held.nextElementSibling).toHaveTextContent('Communication');
    expect(
      screen.getByText('Skills you are missing').nextElementSibling,
    ).toHaveTextContent('Numeracy');
    expect(screen.getByRole('link', { name: 'Money matters' })).toHaveAttribute(
      'href',
      '/pathways/path-1',
    );
    await user.click(
      await screen.findByRole('button', {
        name: 'Let Mountain Café contact me about skill needs',
      }),
    );

    expect(
      await screen.findByRole('button', {
        name: 'Stop Mountain Café contacting me',
      }),
    ).toBeInTheDocument();
    expect(api.requestsFor('AllowEmployerContact')[0]?.variables).toEqual({
      employerId: EMPLOYER_ID,
    });
    expect(api.requestsFor('SkillNeedMatches')).toHaveLength(0);
  });

  test('points to settings when contact is off', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      SkillNeed: needHandler(needFixture(null)),
      LearnerContactSettings: () => contactSettingsReply(false),
    });
    renderPage(<NeedPage />, needRoute);

    expect(
      await screen.findByText(
        /Employer contact is off in your privacy settings/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the privacy settings' }),
    ).toHaveAttribute('href', '/account');
    expect(
      screen.queryByRole('button', { name: /contact me/ }),
    ).not.toBeInTheDocument();
  });

  test('shows an open need to visitors', async () => {
    const api = installFakeApi({
      Me: meHandler(null),
      SkillNeed: needHandler(needFixture(null)),
    });
    renderPage(<NeedPage />, needRoute);

    expect(
      await screen.findByRole('heading', { name: 'Trainee barista' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Apply/ })).toHaveAttribute(
      'href',
      'https://jobs.example.org/barista',
    );
    expect(
      await screen.findByRole('link', { name: 'Sign in' }),
    ).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/needs/${NEED_ID}`)}`,
    );
    expect(screen.getByText('great')).toBeInTheDocument();
    expect(api.requestsFor('SkillNeedMatches')).toHaveLength(0);
    expect(api.requestsFor('SkillNeedContacts')).toHaveLength(0);
    expect(api.requestsFor('LearnerContactSettings')).toHaveLength(0);
  });

  test('says when a need is not found', async () => {
    installFakeApi({
      Me: meHandler(null),
      SkillNeed: () => ({
        body: {
          data: null,
          errors: [
            {
              message: 'Skill need "need-1" was not found.',
              extensions: { code: 'NOT_FOUND' },
            },
          ],
        },
      }),
    });
    renderPage(<NeedPage />, needRoute);

    expect(
      await screen.findByRole('heading', {
        name: 'This skill need does not exist or is closed',
      }),
    ).toBeInTheDocument();
  });
});
