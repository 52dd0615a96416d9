import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen } from '@testing-library/react';

import { errorReply } from '@/modules/accounts/testing';

import { SharedImportedBadgePage } from './SharedImportedBadgePage';

const SHARED_BADGE = {
  id: 'imp-1',
  name: 'River Safety',
  description: 'Completed a river safety course on the Nepean.',
  issuerName: 'Penrith Paddlers',
  issuedAt: '2026-02-10T00:00:00.000Z',
  expiresAt: '2027-02-10T00:00:00.000Z',
  imageUrl: 'http://localhost:3000/api/imported-badges/imp-1/image',
  status: 'VALID',
  verifiedAt: '2026-03-01T09:30:00.000Z',
};

function renderShared() {
  return renderPage(<SharedImportedBadgePage />, {
    route: '/imported-badges/imp-1',
    path: '/imported-badges/:id',
  });
}

describe('SharedImportedBadgePage', () => {
  test('shows a shared badge signed out', async () => {
    const api = installFakeApi({
      SharedImportedBadge: () => ({
        body: { data: { sharedImportedBadge: SHARED_BADGE } },
      }),
    });
    renderShared();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'River Safety' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('River Safety – Learnscape');
    expect(
      screen.getByText('Completed a river safety course on the Nepean.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Status: Valid')).toBeInTheDocument();
    expect(screen.getByText('Penrith Paddlers')).toBeInTheDocument();
    expect(screen.getByText('February 10, 2026')).toBeInTheDocument();
    expect(screen.getByText('February 10, 2027')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Penrith Paddlers issued this badge on another platform. Learnscape verified it on March 1, 2026.',
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toHaveAttribute(
      'src',
      SHARED_BADGE.imageUrl,
    );
    expect(api.requestsFor('SharedImportedBadge')[0]?.variables).toEqual({
      id: 'imp-1',
    });
  });

  test('words a revoked badge without a reason', async () => {
    installFakeApi({
      SharedImportedBadge: () => ({
        body: {
          data: {
            sharedImportedBadge: {
              ...SHARED_BADGE,
              status: 'REVOKED',
              issuerName: null,
              imageUrl: null,
            },
          },
        },
      }),
    });
    renderShared();

    expect(await screen.findByText('Status: Revoked')).toBeInTheDocument();
    expect(
      screen.getByText('The issuer has withdrawn this badge.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Another issuer issued this badge/),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  test('explains a badge that is not shared', async () => {
    installFakeApi({
      SharedImportedBadge: () =>
        errorReply('No shared imported badge has id imp-1.', {
          code: 'NOT_FOUND',
        }),
    });
    renderShared();

    expect(
      await screen.findByRole('heading', { name: 'Badge not found' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'No shared badge has this address. Its owner may have stopped sharing it or deleted it.',
      ),
    ).toBeInTheDocument();
  });

  test('offers a retry after a server error', async () => {
    installFakeApi({
      SharedImportedBadge: () => ({
        status: 500,
        body: { errors: [{ message: 'Internal server error' }] },
      }),
    });
    renderShared();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The badge could not be loaded.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
