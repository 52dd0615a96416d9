import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen } from '@testing-library/react';

import {
  memberViewer,
  ORGANISATION_ID,
  organisationHandler,
} from '@/modules/organisations/components/organisation-fixtures';
import { OrganisationDashboardPage } from '@/modules/organisations/components/OrganisationDashboardPage';

function renderDashboard() {
  return renderPage(<OrganisationDashboardPage />, {
    route: `/organisations/${ORGANISATION_ID}`,
    path: '/organisations/:organisationId',
  });
}

describe('organisation dashboard skill needs link', () => {
  test('employer members get a link', async () => {
    installFakeApi({
      Me: memberViewer('EDITOR'),
      Organisation: organisationHandler('EDITOR', 'EMPLOYER'),
    });
    renderDashboard();

    expect(
      await screen.findByRole('link', { name: 'Skill needs' }),
    ).toHaveAttribute('href', `/organisations/${ORGANISATION_ID}/needs`);
  });

  test('providers get none', async () => {
    installFakeApi({
      Me: memberViewer('EDITOR'),
      Organisation: organisationHandler('EDITOR', 'PROVIDER'),
    });
    renderDashboard();

    await screen.findByRole('heading', { name: 'Blue Mountains Youth Hub' });
    expect(
      screen.queryByRole('link', { name: 'Skill needs' }),
    ).not.toBeInTheDocument();
  });
});
