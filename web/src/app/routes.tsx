import { Route, Routes } from 'react-router';

import { accountRoutes } from '@/modules/accounts/routes';
import { adminRoutes } from '@/modules/admin/routes';
import { moderationRoutes } from '@/modules/moderation/routes';
import { organisationRoutes } from '@/modules/organisations/routes';
import { registrationRoutes } from '@/modules/registrations/routes';

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
        {registrationRoutes}
        {moderationRoutes}
        {adminRoutes}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
