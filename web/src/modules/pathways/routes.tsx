import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import {
  EditPathwayPage,
  NewPathwayPage,
} from './components/builder/PathwayBuilderPages';
import { MyPathwaysPage } from './components/MyPathwaysPage';
import { OrganisationPathwaysPage } from './components/OrganisationPathwaysPage';
import { PathwayDetailPage } from './components/PathwayDetailPage';
import { PathwaysPage } from './components/PathwaysPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const pathwayRoutes = [
  <Route key="pathways" path="/pathways" element={<PathwaysPage />} />,
  <Route
    key="pathway"
    path="/pathways/:pathwayId"
    element={<PathwayDetailPage />}
  />,
  <Route
    key="my-pathways"
    path="/my/pathways"
    element={
      <RequireSignIn>
        <MyPathwaysPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="organisation-pathways"
    path="/organisations/:organisationId/pathways"
    element={
      <RequireSignIn>
        <OrganisationPathwaysPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="new-pathway"
    path="/organisations/:organisationId/pathways/new"
    element={
      <RequireSignIn>
        <NewPathwayPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="edit-pathway"
    path="/organisations/:organisationId/pathways/:pathwayId/edit"
    element={
      <RequireSignIn>
        <EditPathwayPage />
      </RequireSignIn>
    }
  />,
];
