import { useContext } from 'react';

import { ViewerContext, type ViewerState } from '../viewer-context';

/** Returns the signed-in user and a way to reload them. */
export function useViewer(): ViewerState {
  const state = useContext(ViewerContext);
  if (state === null) {
    throw new Error(
      'useViewer() needs a <ViewerProvider> above it; main.tsx and renderPage() in test/render.tsx provide one.',
    );
  }

  return state;
}
