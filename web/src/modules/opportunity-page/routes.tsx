import type { ReactElement } from 'react';
import { Route } from 'react-router';

import { OpportunityPage } from './components/OpportunityPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const opportunityPageRoutes: ReactElement[] = [
  <Route
    key="opportunity-page"
    path="/opportunities/:opportunityId"
    element={<OpportunityPage />}
  />,
];
