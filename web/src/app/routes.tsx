import { Route, Routes } from 'react-router';

import { accountRoutes } from '@/modules/accounts/routes';
import { achievementRoutes } from '@/modules/achievements/routes';
import { adminRoutes } from '@/modules/admin/routes';
import { awardRoutes } from '@/modules/awards/routes';
import { badgeImportRoutes } from '@/modules/badge-imports/routes';
import { badgePageRoutes } from '@/modules/badge-page/routes';
import { badgeRoutes } from '@/modules/badges/routes';
import { collectionRoutes } from '@/modules/collections/routes';
import { connectedAppRoutes } from '@/modules/connected-apps/routes';
import { employerNeedRoutes } from '@/modules/employer-needs/routes';
import { insightRoutes } from '@/modules/insights/routes';
import { issuedBadgeRoutes } from '@/modules/issued-badges/routes';
import { moderationRoutes } from '@/modules/moderation/routes';
import { opportunityPageRoutes } from '@/modules/opportunity-page/routes';
import { organisationRoutes } from '@/modules/organisations/routes';
import { pathwayRoutes } from '@/modules/pathways/routes';
import { proposalRoutes } from '@/modules/proposals/routes';
import { registrationRoutes } from '@/modules/registrations/routes';
import { verifyRoutes } from '@/modules/verify/routes';

import { App } from './App';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

/**
 * Renders every page of the app by path, inside the shell with the
 * navigation bar. Each feature contributes its own routes.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route path="/" element={<App />} />
        {accountRoutes}
        {organisationRoutes}
        {achievementRoutes}
        {registrationRoutes}
        {badgeRoutes}
        {awardRoutes}
        {issuedBadgeRoutes}
        {moderationRoutes}
        {adminRoutes}
        {badgePageRoutes}
        {verifyRoutes}
        {collectionRoutes}
        {badgeImportRoutes}
        {pathwayRoutes}
        {proposalRoutes}
        {connectedAppRoutes}
        {employerNeedRoutes}
        {insightRoutes}
        {opportunityPageRoutes}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
