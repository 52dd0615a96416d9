import { installFakeApi } from '@test/fake-api';
import { PLACES } from '@test/fixtures';
import { renderPage } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import { COMMUNICATION, connection, needFixture, NUMERACY } from '../testing';
import { MyNeedsPage } from './MyNeedsPage';

const katoomba = PLACES[0]!;

function homeReply(homePlace: unknown) {
  return () => ({
    body: { data: { me: { __typename: 'Account', id: 'user-1', homePlace } } },
  });
}

function matchesReply(nodes: Record<string, unknown>[]) {
  return () => ({
    body: {
      data: {
        mySkillNeedMatches: connection(nodes, () => ({ distanceKm: 4.2 })),
      },
    },
  });
}

describe('MyNeedsPage', () => {
  test('asks for a home area first', async () => {
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyHomePlace: homeReply(null),
    });
    renderPage(<MyNeedsPage />, { route: '/my/needs' });

    expect(
      await screen.findByText(/You have no home area set/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Set your home area' }),
    ).toHaveAttribute('href', '/account');
    expect(api.requestsFor('MySkillNeedMatches')).toHaveLength(0);
  });

  test('searches around a picked place', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyHomePlace: homeReply(null),
      MySkillNeedMatches: matchesReply([]),
    });
    renderPage(<MyNeedsPage />, { route: '/my/needs' });
    await screen.findByText(/You have no home area set/);

    await user.type(screen.getByRole('combobox', { name: 'Place' }), 'Kat');
    await screen.findByRole('option', { name: /Katoomba/ });
    await user.keyboard('{ArrowDown}{Enter}');

    expect(
      await screen.findByText(/No open skill need around this place/),
    ).toBeInTheDocument();
    expect(api.requestsFor('MySkillNeedMatches')[0]?.variables).toMatchObject({
      near: { placeId: katoomba.id },
    });
  });

  test('lists matches around the home area', async () => {
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyHomePlace: homeReply(katoomba),
      MySkillNeedMatches: matchesReply([
        needFixture(null, {
          myMatch: { heldSkills: [COMMUNICATION], missingSkills: [NUMERACY] },
        }),
      ]),
    });
    renderPage(<MyNeedsPage />, { route: '/my/needs' });

    const link = await screen.findByRole('link', { name: 'Trainee barista' });
    expect(link).toHaveAttribute('href', '/needs/need-1');
    expect(screen.getByText(/4\.2 km away/)).toBeInTheDocument();
    expect(
      screen.getByText('Skills your badges show').nextElementSibling,
    ).toHaveTextContent('Communication');
    expect(
      screen.getByText('Skills you are missing').nextElementSibling,
    ).toHaveTextContent('Numeracy');
    await waitFor(() =>
      expect(
        api.requestsFor('MySkillNeedMatches')[0]?.variables,
      ).not.toHaveProperty('near'),
    );
  });
});
