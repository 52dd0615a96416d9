import type { ReactElement } from 'react';
import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { ImportBadgePage } from './components/ImportBadgePage';
import { ImportedBadgePage } from './components/ImportedBadgePage';
import { SharedImportedBadgePage } from './components/SharedImportedBadgePage';

/** The pages of this feature, listed in `AppRoutes`. */
export const badgeImportRoutes: ReactElement[] = [
  <Route
    key="import-badge"
    path="/my/badges/import"
    element={
      <RequireSignIn>
        <ImportBadgePage />
      </RequireSignIn>
    }
  />,
  <Route
    key="imported-badge"
    path="/my/badges/imported/:id"
    element={
      <RequireSignIn>
        <ImportedBadgePage />
      </RequireSignIn>
    }
  />,
  <Route
    key="shared-imported-badge"
    path="/imported-badges/:id"
    element={<SharedImportedBadgePage />}
  />,
];
