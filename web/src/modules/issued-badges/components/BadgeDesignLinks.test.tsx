import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen } from '@testing-library/react';

import type { OrganisationKind, OrganisationRole } from '@/gql/graphql';
import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import { BadgeDesignLinks, EndorseBadgeLink } from './BadgeDesignLinks';

const BADGE = { id: 'ach-1', name: 'Weed Warrior', archived: false };

function membership(
  role: OrganisationRole,
  id = 'org-1',
  kind: OrganisationKind = 'PROVIDER',
) {
  return { role, organisation: { id, name: `Organisation ${id}`, kind } };
}

function renderLinks(
  memberships: ReturnType<typeof membership>[],
  badge = BADGE,
) {
  installFakeApi({ Me: meHandler(viewerFixture({ memberships })) });
  renderPage(<BadgeDesignLinks organisationId="org-1" achievement={badge} />);
}

describe('BadgeDesignLinks', () => {
  test('owners see issued badges and awarding', async () => {
    renderLinks([membership('OWNER')]);

    expect(
      await screen.findByRole('link', {
        name: 'Issued badges of Weed Warrior',
      }),
    ).toHaveAttribute(
      'href',
      '/organisations/org-1/issued-badges?achievement=ach-1',
    );
    expect(
      screen.getByRole('link', { name: 'Award Weed Warrior' }),
    ).toHaveAttribute('href', '/achievements/ach-1/award');
    expect(screen.queryByRole('link', { name: /Endorse/ })).toBeNull();
  });

  test('editors see only issued badges', async () => {
    renderLinks([membership('EDITOR')]);

    expect(await screen.findByRole('link', { name: /Issued/ })).toBeVisible();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  test('other council editors may endorse', async () => {
    renderLinks([membership('EDITOR', 'council-1', 'COUNCIL')]);

    expect(
      await screen.findByRole('link', { name: 'Endorse Weed Warrior' }),
    ).toHaveAttribute('href', '/achievements/ach-1/endorse');
    expect(screen.queryByRole('link', { name: /Issued/ })).toBeNull();
  });

  test('council awarders cannot endorse', async () => {
    renderLinks([
      membership('AWARDER', 'council-1', 'COUNCIL'),
      membership('AWARDER'),
    ]);

    expect(await screen.findByRole('link', { name: /Award/ })).toBeVisible();
    expect(screen.queryByRole('link', { name: /Endorse/ })).toBeNull();
  });

  test('archived designs offer no award or endorsement', async () => {
    renderLinks(
      [membership('OWNER', 'council-1', 'COUNCIL'), membership('OWNER')],
      { ...BADGE, archived: true },
    );

    expect(await screen.findByRole('link', { name: /Issued/ })).toBeVisible();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});

describe('EndorseBadgeLink', () => {
  test('shows only for councils besides the issuer', async () => {
    installFakeApi({
      Me: meHandler(
        viewerFixture({
          memberships: [membership('OWNER', 'council-1', 'COUNCIL')],
        }),
      ),
    });
    renderPage(
      <>
        <EndorseBadgeLink achievement={BADGE} issuerId="org-1" />
        <EndorseBadgeLink
          achievement={{ id: 'ach-2', name: 'Own Badge' }}
          issuerId="council-1"
        />
      </>,
    );

    expect(
      await screen.findByRole('link', { name: 'Endorse Weed Warrior' }),
    ).toHaveAttribute('href', '/achievements/ach-1/endorse');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
