import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';
import {
  EditListingPage,
  NewListingPage,
} from '@/modules/listings/components/ListingPages';

import { AcceptInvitationPage } from './components/AcceptInvitationPage';
import { MyOrganisationsPage } from './components/MyOrganisationsPage';
import { OrganisationDashboardPage } from './components/OrganisationDashboardPage';

/** The pages of this feature and the listing form, listed in `AppRoutes`. */
export const organisationRoutes = [
  <Route
    key="organisations"
    path="/organisations"
    element={
      <RequireSignIn>
        <MyOrganisationsPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="organisation-dashboard"
    path="/organisations/:organisationId"
    element={
      <RequireSignIn>
        <OrganisationDashboardPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="new-listing"
    path="/organisations/:organisationId/opportunities/new"
    element={
      <RequireSignIn>
        <NewListingPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="edit-listing"
    path="/opportunities/:opportunityId/edit"
    element={
      <RequireSignIn>
        <EditListingPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="accept-invitation"
    path="/invitations/accept"
    element={
      <RequireSignIn>
        <AcceptInvitationPage />
      </RequireSignIn>
    }
  />,
];
