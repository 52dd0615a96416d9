import { Route } from 'react-router';

import { VerifyPage } from './components/VerifyPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const verifyRoutes = [
  <Route key="verify" path="/verify" element={<VerifyPage />} />,
];
