import { useCallback, useSyncExternalStore } from 'react';

/**
 * Matches when the list and the map sit side by side. It must equal the
 * `@media (min-width: 48rem)` breakpoint in `src/app/styles.css` and the
 * feature style sheets, so that script and layout switch together.
 */
export const WIDE_LAYOUT_QUERY = '(min-width: 48rem)';

/** Returns whether a CSS media query matches, and re-renders when it flips. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);

      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );

  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
  );
}
