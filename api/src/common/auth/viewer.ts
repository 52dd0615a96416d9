import type { Request } from 'express';

/** The signed-in user a request acts for. */
export interface Viewer {
  userId: string;
  /** The session record that the request's cookie names. */
  sessionId: string;
  isAdmin: boolean;
}

/** Finds the viewer of a request from its session cookie. */
export interface ViewerResolver {
  resolve(request: Request): Promise<Viewer | null>;
}

export const VIEWER_RESOLVER = Symbol('VIEWER_RESOLVER');

const resolved = new WeakMap<Request, Promise<Viewer | null>>();

/** Resolves the viewer once per request, however many handlers ask. */
export function viewerOf(
  request: Request,
  resolver: ViewerResolver,
): Promise<Viewer | null> {
  let viewer = resolved.get(request);
  if (viewer === undefined) {
    viewer = resolver.resolve(request);
    resolved.set(request, viewer);
  }

  return viewer;
}

/** Forgets the cached viewer, after sign-in or sign-out in this request. */
export function resetViewer(request: Request): void {
  resolved.delete(request);
}
