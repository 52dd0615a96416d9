import type { ReactElement } from 'react';
import { Route } from 'react-router';

import { ConnectedAppsPage } from './components/ConnectedAppsPage';
import { ConsentPage } from './components/ConsentPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const connectedAppRoutes: ReactElement[] = [
  <Route key="oauth-consent" path="/oauth/consent" element={<ConsentPage />} />,
  <Route
    key="connected-apps"
    path="/account/connected-apps"
    element={<ConnectedAppsPage />}
  />,
];
