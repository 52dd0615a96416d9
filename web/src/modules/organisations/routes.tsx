import { Route } from 'react-router';

/** The pages of this feature, listed in `AppRoutes`. */
export const organisationRoutes = [] as ReturnType<typeof Route>[];
