import { useEffect, useState } from 'react';

/** Returns `value` once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);

  useEffect(
    function settleAfterDelay() {
      const timer = setTimeout(() => setDebounced(value), delayMs);

      return function cancelPendingUpdate() {
        clearTimeout(timer);
      };
    },
    [value, delayMs],
  );

  return debounced;
}
