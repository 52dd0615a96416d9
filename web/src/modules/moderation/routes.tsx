import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { ModerationPage } from './components/ModerationPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const moderationRoutes = [
  <Route
    key="moderation"
    path="/moderation"
    element={
      <RequireSignIn>
        <ModerationPage />
      </RequireSignIn>
    }
  />,
];
