import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { App } from '@/app/App';

const NEED_MARKER = {
  __typename: 'SkillNeedMarker',
  id: 'need-1',
  title: 'Trainee barista',
  latitude: -33.713,
  longitude: 150.312,
  skillIds: ['communication'],
  employerName: 'Mountain Café',
};

beforeEach(() => {
  window.history.replaceState(null, '', '/?place=2161376');
});

describe('skill needs layer', () => {
  test('is off until switched on', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      SkillNeedMarkers: () => ({
        body: { data: { skillNeedMarkers: [NEED_MARKER] } },
      }),
    });
    renderPage(<App />);
    const toggle = await screen.findByRole('checkbox', {
      name: "Show employers' skill needs",
    });
    expect(toggle).not.toBeChecked();
    await screen.findByText(/opportunities found near Katoomba/);
    expect(api.requestsFor('SkillNeedMarkers')).toHaveLength(0);

    await user.click(toggle);

    const list = await screen.findByRole('region', {
      name: 'Skill needs in this area',
    });
    expect(
      await within(list).findByRole('link', { name: 'Trainee barista' }),
    ).toHaveAttribute('href', '/needs/need-1');
    expect(api.requestsFor('SkillNeedMarkers')[0]?.variables).toMatchObject({
      near: { placeId: '2161376' },
      radiusKm: 25,
    });
    await waitFor(() =>
      expect(document.querySelectorAll('.need-marker')).toHaveLength(1),
    );
    expect(window.location.search).toContain('needs=1');
    expect(window.location.search).toContain('place=2161376');
  });

  test('starts on from a shared link', async () => {
    window.history.replaceState(null, '', '/?place=2161376&needs=1');
    installFakeApi({
      SkillNeedMarkers: () => ({ body: { data: { skillNeedMarkers: [] } } }),
    });
    renderPage(<App />);

    expect(
      await screen.findByText('No open skill needs in this area.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: "Show employers' skill needs" }),
    ).toBeChecked();
  });
});
