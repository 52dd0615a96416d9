import { installFakeApi } from '@test/fake-api';
import { PLACES } from '@test/fixtures';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  contactSettingsReply,
  EMPLOYER_ID,
} from '@/modules/employer-needs/testing';

import { meHandler, viewerFixture } from '../../testing';
import { EmployerConsentsSection } from './EmployerConsentsSection';
import { HomeAreaSection } from './HomeAreaSection';

const katoomba = PLACES[0]!;

describe('HomeAreaSection', () => {
  test('saves a place as home area', async () => {
    const user = userEvent.setup();
    let homePlace: unknown = null;
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyHomePlace: () => ({
        body: { data: { me: { id: 'user-1', homePlace } } },
      }),
      UpdateHomePlace: () => {
        homePlace = katoomba;

        return {
          body: { data: { updateProfile: { id: 'user-1', homePlace } } },
        };
      },
    });
    renderPage(<HomeAreaSection />, { route: '/account' });
    expect(await screen.findByText('No home area set.')).toBeInTheDocument();
    expect(
      screen.getByText(/Only the town or suburb you choose is stored/),
    ).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Place' }), 'Kat');
    await screen.findByRole('option', { name: /Katoomba/ });
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(
      screen.getByRole('button', { name: 'Save Katoomba as home area' }),
    );

    expect(
      await screen.findByText('Your home area is Katoomba.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('UpdateHomePlace')[0]?.variables).toEqual({
      input: { homePlaceId: katoomba.id },
    });
  });
});

describe('EmployerConsentsSection', () => {
  test('withdraws a consent', async () => {
    const user = userEvent.setup();
    let consented = [EMPLOYER_ID];
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      LearnerContactSettings: () => contactSettingsReply(true, consented),
      WithdrawEmployerContact: () => {
        consented = [];

        return { body: { data: { withdrawEmployerContact: true } } };
      },
    });
    renderPage(<EmployerConsentsSection />, { route: '/account' });
    const list = await screen.findByRole('list');
    expect(within(list).getByText(/Mountain Café, since/)).toBeInTheDocument();

    await user.click(
      within(list).getByRole('button', { name: 'Withdraw Mountain Café' }),
    );

    expect(
      await screen.findByText('You have not let any employer contact you.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(api.requestsFor('WithdrawEmployerContact')[0]?.variables).toEqual({
        employerId: EMPLOYER_ID,
      }),
    );
  });
});
