import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen } from '@testing-library/react';

import { errorReply } from '@/modules/accounts/testing';

import { PublicCollectionPage } from './PublicCollectionPage';

function renderPublic() {
  return renderPage(<PublicCollectionPage />, {
    route: '/collections/abc',
    path: '/collections/:token',
  });
}

describe('PublicCollectionPage', () => {
  test('links issued and imported badges', async () => {
    installFakeApi({
      PublicCollection: () => ({
        body: {
          data: {
            publicCollection: {
              name: 'Science',
              description: 'Field work.',
              ownerName: 'Robin',
              badges: [
                {
                  id: 'c-1',
                  kind: 'ISSUED',
                  name: 'Beekeeper',
                  imageUrl: null,
                  issuerName: 'Library',
                  issuedAt: '2026-01-01T00:00:00Z',
                  status: 'VALID',
                  publicUrl: 'http://localhost:3000/badges/c-1',
                },
                {
                  id: 'imp-1',
                  kind: 'IMPORTED',
                  name: 'River Safety',
                  imageUrl: null,
                  issuerName: 'Penrith Paddlers',
                  issuedAt: '2025-06-01T00:00:00Z',
                  status: 'EXPIRED',
                  publicUrl: 'http://localhost:3000/imported-badges/imp-1',
                },
              ],
            },
          },
        },
      }),
    });
    renderPublic();

    expect(
      await screen.findByRole('heading', { name: 'Science' }),
    ).toBeVisible();
    expect(screen.getByText('Collected by Robin')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Beekeeper' })).toHaveAttribute(
      'href',
      'http://localhost:3000/badges/c-1',
    );
    expect(screen.getByRole('link', { name: 'River Safety' })).toHaveAttribute(
      'href',
      'http://localhost:3000/imported-badges/imp-1',
    );
    expect(screen.getByText('Expired')).toBeVisible();
  });

  test('explains a link that was turned off', async () => {
    installFakeApi({
      PublicCollection: () =>
        errorReply('No public collection.', { code: 'NOT_FOUND' }),
    });
    renderPublic();

    expect(
      await screen.findByRole('heading', { name: 'Collection not found' }),
    ).toBeVisible();
  });
});
