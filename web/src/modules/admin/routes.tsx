import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { AdminOrganisationsPage } from './components/AdminOrganisationsPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const adminRoutes = [
  <Route
    key="admin-organisations"
    path="/admin/organisations"
    element={
      <RequireSignIn>
        <AdminOrganisationsPage />
      </RequireSignIn>
    }
  />,
];
