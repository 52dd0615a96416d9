import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { ClaimPage } from './components/ClaimPage';
import { MyBadgesPage } from './components/MyBadgesPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const badgeRoutes = [
  <Route
    key="my-badges"
    path="/my/badges"
    element={
      <RequireSignIn>
        <MyBadgesPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="claim"
    path="/claim/:code"
    element={
      <RequireSignIn>
        <ClaimPage />
      </RequireSignIn>
    }
  />,
];
