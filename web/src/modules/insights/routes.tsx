import type { ReactElement } from 'react';

/** The pages of this feature, listed in `AppRoutes`. */
export const insightRoutes: ReactElement[] = [];
