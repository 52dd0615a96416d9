import { Route } from 'react-router';

import { RequireSignIn } from '@/modules/accounts';

import { AwardPage } from './components/AwardPage';
import { EndorseAchievementPage } from './components/EndorseAchievementPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const awardRoutes = [
  <Route
    key="award-achievement"
    path="/achievements/:achievementId/award"
    element={
      <RequireSignIn>
        <AwardPage />
      </RequireSignIn>
    }
  />,
  <Route
    key="endorse-achievement"
    path="/achievements/:achievementId/endorse"
    element={
      <RequireSignIn>
        <EndorseAchievementPage />
      </RequireSignIn>
    }
  />,
];
