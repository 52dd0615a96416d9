import { type FakeReply, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';
import { connectionReply } from '@/modules/registrations/testing';

import { AdminOrganisationsPage } from './AdminOrganisationsPage';
import type { AwaitingOrganisation } from './AwaitingOrganisationItem';

// A square around Katoomba, as GeoJSON in [longitude, latitude] order.
const AREA = JSON.stringify({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [150.1, -33.9],
        [150.6, -33.9],
        [150.6, -33.5],
        [150.1, -33.5],
        [150.1, -33.9],
      ],
    ],
  ],
});

const WITH_AREA = {
  id: 'council-1',
  name: 'Blue Mountains City Council',
  kind: 'COUNCIL' as const,
  area: AREA,
  createdAt: '2026-11-20T03:00:00.000Z',
};
const WITHOUT_AREA = {
  id: 'council-2',
  name: 'Penrith City Council',
  kind: 'COUNCIL' as const,
  area: null,
  createdAt: '2026-11-21T03:00:00.000Z',
};

const EMPLOYER = {
  id: 'employer-1',
  name: 'Orange Valley Orchards',
  kind: 'EMPLOYER' as const,
  area: null,
  createdAt: '2026-11-22T03:00:00.000Z',
};

const admin = meHandler(viewerFixture({ isAdmin: true }));

/** Returns a list query handler that replies with the requested kind. */
function awaitingReply(
  councils: AwaitingOrganisation[],
  employers: AwaitingOrganisation[] = [],
) {
  return (variables: Record<string, unknown>): FakeReply =>
    connectionReply(
      'organisationsAwaitingVerification',
      variables.kind === 'EMPLOYER' ? employers : councils,
    );
}

function renderAdminPage() {
  return renderPage(<AdminOrganisationsPage />, {
    route: '/admin/organisations',
  });
}

function councilList() {
  return screen.findByRole('list', { name: 'Councils awaiting verification' });
}

function itemOf(list: HTMLElement, name: string) {
  return within(list).getByRole('listitem', { name });
}

describe('AdminOrganisationsPage', () => {
  test('lists councils with their areas', async () => {
    const api = installFakeApi({
      Me: admin,
      OrganisationsAwaitingVerification: awaitingReply([
        WITH_AREA,
        WITHOUT_AREA,
      ]),
    });
    renderAdminPage();

    const list = await councilList();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(
      within(itemOf(list, WITH_AREA.name)).getByRole('img', {
        name: `Area of ${WITH_AREA.name}`,
      }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        itemOf(list, WITH_AREA.name).querySelector(
          '.leaflet-overlay-pane path',
        ),
      ).not.toBeNull(),
    );
    const noArea = itemOf(list, WITHOUT_AREA.name);
    expect(noArea).toHaveTextContent('No area is set yet.');
    expect(itemOf(list, WITH_AREA.name)).toHaveTextContent(
      'Created on Nov 20, 2026.',
    );
    expect(within(noArea).queryByRole('img')).not.toBeInTheDocument();
    expect(
      within(noArea).getByRole('link', {
        name: `Open the dashboard ${WITHOUT_AREA.name}`,
      }),
    ).toHaveAttribute('href', `/organisations/${WITHOUT_AREA.id}`);
    const variables = api
      .requestsFor('OrganisationsAwaitingVerification')
      .map((request) => request.variables);
    expect(variables).toContainEqual({
      kind: 'COUNCIL',
      first: 20,
      after: null,
    });
    expect(variables).toContainEqual({
      kind: 'EMPLOYER',
      first: 20,
      after: null,
    });
  });

  test('verify removes the council and announces', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: admin,
      OrganisationsAwaitingVerification: awaitingReply([
        WITH_AREA,
        WITHOUT_AREA,
      ]),
      VerifyOrganisation: () => ({
        body: {
          data: {
            verifyOrganisation: {
              id: WITH_AREA.id,
              verified: true,
              verifiedAt: '2026-12-05T00:00:00Z',
            },
          },
        },
      }),
    });
    renderAdminPage();
    const list = await councilList();

    await user.click(
      within(list).getByRole('button', { name: `Verify ${WITH_AREA.name}` }),
    );

    expect(
      await screen.findByText(
        `${WITH_AREA.name} is verified. Its members can now review listings and approve providers in its area.`,
      ),
    ).toHaveAttribute('role', 'status');
    expect(api.requestsFor('VerifyOrganisation')[0]?.variables).toEqual({
      input: { organisationId: WITH_AREA.id },
    });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list).toHaveFocus();
    expect(screen.getByText('Showing 1 of 1')).toBeInTheDocument();
  });

  test('failed verify shows the reason', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: admin,
      OrganisationsAwaitingVerification: awaitingReply([WITH_AREA]),
      VerifyOrganisation: () =>
        errorReply('There is no organisation with id council-1.', {
          code: 'NOT_FOUND',
        }),
    });
    renderAdminPage();
    const list = await councilList();
    const verify = within(list).getByRole('button', {
      name: `Verify ${WITH_AREA.name}`,
    });

    await user.click(verify);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no organisation with id council-1.',
    );
    expect(verify).toHaveAccessibleDescription(
      'There is no organisation with id council-1.',
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  test('empty list says so', async () => {
    installFakeApi({
      Me: admin,
      OrganisationsAwaitingVerification: awaitingReply([]),
    });
    renderAdminPage();

    expect(
      await screen.findByText('No council is waiting for verification.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No employer is waiting for verification.'),
    ).toBeInTheDocument();
  });

  test('verifies an employer without an area', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: admin,
      OrganisationsAwaitingVerification: awaitingReply([WITH_AREA], [EMPLOYER]),
      VerifyOrganisation: () => ({
        body: {
          data: {
            verifyOrganisation: {
              id: EMPLOYER.id,
              verified: true,
              verifiedAt: '2026-12-05T00:00:00Z',
            },
          },
        },
      }),
    });
    renderAdminPage();
    const list = await screen.findByRole('list', {
      name: 'Employers awaiting verification',
    });
    const item = itemOf(list, EMPLOYER.name);
    expect(item).not.toHaveTextContent('No area is set yet.');
    expect(within(item).queryByRole('img')).not.toBeInTheDocument();

    await user.click(
      within(item).getByRole('button', { name: `Verify ${EMPLOYER.name}` }),
    );

    expect(
      await screen.findByText(
        `${EMPLOYER.name} is verified. Its members can now post skill needs.`,
      ),
    ).toHaveAttribute('role', 'status');
    expect(api.requestsFor('VerifyOrganisation')[0]?.variables).toEqual({
      input: { organisationId: EMPLOYER.id },
    });
    expect(list).not.toBeInTheDocument();
    expect(
      screen.getByText('No employer is waiting for verification.'),
    ).toBeInTheDocument();
    expect(within(await councilList()).getAllByRole('listitem')).toHaveLength(
      1,
    );
  });

  test('load failure offers a retry', async () => {
    let failing = true;
    const user = userEvent.setup();
    installFakeApi({
      Me: admin,
      OrganisationsAwaitingVerification: (variables) =>
        failing
          ? { status: 500, body: { errors: [{ message: 'down' }] } }
          : awaitingReply([WITH_AREA])(variables),
    });
    renderAdminPage();
    const alert = (
      await screen.findByText(
        'The councils awaiting verification could not be loaded.',
      )
    ).closest<HTMLElement>('[role="alert"]')!;

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await councilList()).toBeInTheDocument();
  });

  test('non-admin is told and sends no query', async () => {
    const api = installFakeApi({ Me: meHandler(viewerFixture()) });
    renderAdminPage();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only platform administrators can verify organisations.',
    );
    expect(api.requestsFor('OrganisationsAwaitingVerification')).toHaveLength(
      0,
    );
  });
});
