import { useEffect, useState } from 'react';

// Browsers run a setTimeout with a longer delay at once, so a longer wait
// is split into several timers.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Checks whether the clock has reached `instant` (milliseconds since the
 * epoch), and turns true when it does while the component is mounted.
 */
export function useTimeReached(instant: number): boolean {
  const [now, setNow] = useState(() => Date.now());
  const reached = instant <= now;

  useEffect(
    function wakeAtInstant() {
      if (reached || Number.isNaN(instant)) return;

      const delay = Math.min(instant - Date.now(), MAX_TIMEOUT_MS);
      const timer = setTimeout(() => setNow(Date.now()), Math.max(delay, 0));

      return function cancelWake() {
        clearTimeout(timer);
      };
    },
    [instant, reached, now],
  );

  return reached;
}
