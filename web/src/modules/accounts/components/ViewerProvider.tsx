import {
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { executeQuery, isAbortError } from '@/lib/graphql/client';

import { MeQuery } from '../graphql/viewer';
import {
  type Viewer,
  ViewerContext,
  type ViewerState,
} from '../viewer-context';

interface Loaded {
  status: ViewerState['status'];
  viewer: Viewer | null;
  error: unknown;
}

const LOADING: Loaded = { status: 'loading', viewer: null, error: undefined };

function loadedFrom(viewer: Viewer | null): Loaded {
  return viewer === null
    ? { status: 'signed-out', viewer: null, error: undefined }
    : { status: 'signed-in', viewer, error: undefined };
}

/**
 * Loads the signed-in user once for the whole app and shares them through
 * `useViewer()`. The session cookie goes with every request, so `me` is
 * null exactly when no valid session exists.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded>(LOADING);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(async () => {
    // A newer request wins, so a slow response cannot undo a sign-out.
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    try {
      const data = await executeQuery(MeQuery, {}, current.signal);
      if (!current.signal.aborted) setLoaded(loadedFrom(data.me ?? null));
    } catch (error) {
      if (current.signal.aborted || isAbortError(error)) return;
      setLoaded({ status: 'signed-out', viewer: null, error });
    }
  }, []);

  useEffect(
    function loadViewerOnMount() {
      void load();

      return function abortPendingLoad() {
        controller.current?.abort();
      };
    },
    [load],
  );

  const value = useMemo<ViewerState>(
    () => ({ ...loaded, refresh: load }),
    [loaded, load],
  );

  return (
    <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>
  );
}
