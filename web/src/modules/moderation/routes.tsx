import { Route } from 'react-router';

/** The pages of this feature, listed in `AppRoutes`. */
export const moderationRoutes = [] as ReturnType<typeof Route>[];
