import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { IssuedBadgesPage } from './components/IssuedBadgesPage';

/** The issued badges page, listed in `AppRoutes`. */
export const issuedBadgeRoutes = [
  <Route
    key="issued-badges"
    path="/organisations/:organisationId/issued-badges"
    element={
      <RequireSignIn>
        <IssuedBadgesPage />
      </RequireSignIn>
    }
  />,
];
