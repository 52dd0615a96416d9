import { Route } from 'react-router';

/** The pages of this feature, listed in `AppRoutes`. */
export const registrationRoutes = [] as ReturnType<typeof Route>[];
