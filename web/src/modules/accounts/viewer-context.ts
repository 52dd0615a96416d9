import { createContext } from 'react';

import type { MeQuery } from '@/gql/graphql';

/** The signed-in user as every page gets them, with their memberships. */
export type Viewer = NonNullable<MeQuery['me']>;

export type ViewerMembership = Viewer['memberships'][number];

export type ViewerStatus = 'loading' | 'signed-out' | 'signed-in';

export interface ViewerState {
  /** `loading` until the first response, because a refresh keeps the old state. */
  status: ViewerStatus;
  viewer: Viewer | null;
  /**
   * The error that stopped the viewer from loading. The status is then
   * `signed-out`, but pages should offer a retry instead of a sign-in form.
   */
  error: unknown;
  /** Loads the viewer again, such as after signing in or out. */
  refresh: () => Promise<void>;
}

export const ViewerContext = createContext<ViewerState | null>(null);
