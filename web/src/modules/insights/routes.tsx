import type { ReactElement } from 'react';
import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { CouncilInsightsPage } from './components/CouncilInsightsPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const insightRoutes: ReactElement[] = [
  <Route
    key="council-insights"
    path="/organisations/:organisationId/insights"
    element={
      <RequireSignIn>
        <CouncilInsightsPage />
      </RequireSignIn>
    }
  />,
];
