import { Route } from 'react-router';

import { BadgePage } from './components/BadgePage';

/** The pages of this feature, listed in `AppRoutes`. */
export const badgePageRoutes = [
  <Route key="badge" path="/badges/:credentialId" element={<BadgePage />} />,
];
