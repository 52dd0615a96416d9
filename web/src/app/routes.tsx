import { Route, Routes } from 'react-router';

import { accountRoutes } from '@/modules/accounts/routes';
import { organisationRoutes } from '@/modules/organisations/routes';

import { App } from './App';
import { NotFoundPage } from './NotFoundPage';

/** Every page of the app by path; each feature contributes its own. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<App />} />
      {accountRoutes}
      {organisationRoutes}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
