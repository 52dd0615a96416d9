import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen } from '@testing-library/react';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';
import {
  listingsReply,
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

describe('organisation dashboard pathways link', () => {
  test('members get a link to the pathways', async () => {
    installFakeApi({
      Me: memberViewer('AWARDER'),
      Organisation: organisationHandler('AWARDER'),
      OrganisationOpportunities: () => listingsReply([]),
    });
    renderDashboard();

    expect(
      await screen.findByRole('link', { name: 'Pathways' }),
    ).toHaveAttribute('href', `/organisations/${ORGANISATION_ID}/pathways`);
  });

  test('visitors who are not members get none', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      Organisation: organisationHandler(null),
      OrganisationOpportunities: () => listingsReply([]),
    });
    renderDashboard();

    await screen.findByRole('heading', { name: 'Blue Mountains Youth Hub' });
    expect(
      screen.queryByRole('link', { name: 'Pathways' }),
    ).not.toBeInTheDocument();
  });
});
