/**
 * A fake `window.matchMedia` for a viewport of a chosen width, because jsdom
 * has none. It evaluates only `(min-width: …)` and `(max-width: …)` in px or
 * rem, with 1 rem = 16 px as in a browser with default settings.
 */
const REM_PX = 16;
const WIDTH_QUERY = /^\(\s*(min|max)-width:\s*([\d.]+)(px|rem)\s*\)$/;

type Listener = (event: MediaQueryListEvent) => void;

interface FakeList {
  list: MediaQueryList;
  listeners: Set<Listener>;
  lastMatch: boolean;
}

function parseWidthQuery(query: string): (width: number) => boolean {
  const match = WIDTH_QUERY.exec(query.trim());
  if (match === null) {
    throw new Error(
      `Fake matchMedia cannot evaluate "${query}". Use (min-width: …) or (max-width: …) in px or rem.`,
    );
  }

  const [, bound, value, unit] = match;
  const limit = Number(value) * (unit === 'rem' ? REM_PX : 1);

  return bound === 'min'
    ? (width) => width >= limit
    : (width) => width <= limit;
}

/**
 * Installs the fake at `width` px. `resize` changes the width and sends a
 * `change` event to every listener whose query result flipped.
 */
export function installMatchMedia(width: number) {
  let viewportWidth = width;
  const lists: FakeList[] = [];

  window.matchMedia = (query: string) => {
    const matches = parseWidthQuery(query);
    const listeners = new Set<Listener>();
    const list = {
      media: query,
      get matches() {
        return matches(viewportWidth);
      },
      onchange: null,
      addEventListener: (_type: string, listener: Listener) =>
        listeners.add(listener),
      removeEventListener: (_type: string, listener: Listener) =>
        listeners.delete(listener),
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
      dispatchEvent: () => true,
    } as unknown as MediaQueryList;
    lists.push({ list, listeners, lastMatch: list.matches });

    return list;
  };

  return {
    resize(newWidth: number) {
      viewportWidth = newWidth;
      for (const entry of lists) {
        const nowMatches = entry.list.matches;
        if (nowMatches === entry.lastMatch) continue;

        entry.lastMatch = nowMatches;
        const event = { matches: nowMatches, media: entry.list.media };
        for (const listener of entry.listeners) {
          listener(event as MediaQueryListEvent);
        }
      }
    },
  };
}
