import { Route, Routes } from 'react-router';

import { accountRoutes } from '@/modules/accounts/routes';
import { moderationRoutes } from '@/modules/moderation/routes';
import { organisationRoutes } from '@/modules/organisations/routes';
import { registrationRoutes } from '@/modules/registrations/routes';

import { App } from './App';
import { NotFoundPage } from './NotFoundPage';

/** Every page of the app by path; each feature contributes its own. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<App />} />
      {accountRoutes}
      {organisationRoutes}
      {registrationRoutes}
      {moderationRoutes}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
