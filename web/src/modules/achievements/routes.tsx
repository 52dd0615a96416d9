import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { EditBadgePage, NewBadgePage } from './components/BadgePages';

/** The badge designer's pages, listed in `AppRoutes`. */
export const achievementRoutes = [
  <Route
    key="new-badge"
    path="/organisations/:organisationId/badges/new"
    element={
      <RequireSignIn>
        <NewBadgePage />
      </RequireSignIn>
    }
  />,
  <Route
    key="edit-badge"
    path="/achievements/:achievementId/edit"
    element={
      <RequireSignIn>
        <EditBadgePage />
      </RequireSignIn>
    }
  />,
];
