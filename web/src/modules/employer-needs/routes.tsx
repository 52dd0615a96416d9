import type { ReactElement } from 'react';
import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { MyNeedsPage } from './components/MyNeedsPage';
import { EditNeedPage, NewNeedPage } from './components/NeedFormPages';
import { NeedPage } from './components/NeedPage';
import { OrganisationNeedsPage } from './components/OrganisationNeedsPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const employerNeedRoutes: ReactElement[] = [
  <Route
    key="organisation-needs"
    path="/organisations/:organisationId/needs"
    element={
      <RequireSignIn>
        <OrganisationNeedsPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="new-need"
    path="/organisations/:organisationId/needs/new"
    element={
      <RequireSignIn>
        <NewNeedPage />
      </RequireSignIn>
    }
  />,
  <Route key="need" path="/needs/:needId" element={<NeedPage />} />,
  <Route
    key="edit-need"
    path="/needs/:needId/edit"
    element={
      <RequireSignIn>
        <EditNeedPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="my-needs"
    path="/my/needs"
    element={
      <RequireSignIn>
        <MyNeedsPage />
      </RequireSignIn>
    }
  />,
];
