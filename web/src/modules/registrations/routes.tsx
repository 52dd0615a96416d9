import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { MyRegistrationsPage } from './components/MyRegistrationsPage';
import { SessionRegistrationsPage } from './components/SessionRegistrationsPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const registrationRoutes = [
  <Route
    key="my-registrations"
    path="/registrations"
    element={
      <RequireSignIn>
        <MyRegistrationsPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="session-registrations"
    path="/sessions/:sessionId/registrations"
    element={
      <RequireSignIn>
        <SessionRegistrationsPage />
      </RequireSignIn>
    }
  />,
];
