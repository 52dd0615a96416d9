import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { IdeasPage } from './components/IdeasPage';
import { NewProposalPage } from './components/NewProposalPage';
import { ProposalDetailPage } from './components/ProposalDetailPage';
import { ProposalReportsPage } from './components/ProposalReportsPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const proposalRoutes = [
  <Route key="ideas" path="/ideas" element={<IdeasPage />} />,
  <Route
    key="ideas-new"
    path="/ideas/new"
    element={
      <RequireSignIn>
        <NewProposalPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="ideas-moderation"
    path="/ideas/moderation"
    element={
      <RequireSignIn>
        <ProposalReportsPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="idea"
    path="/ideas/:proposalId"
    element={<ProposalDetailPage />}
  />,
];
