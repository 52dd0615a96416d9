/**
 * A sentence a page shows after navigating to another one, such as "We sent
 * you an e-mail" after signing up. It travels in the history entry's state,
 * so it shows once and is gone after the next navigation.
 */
export interface Notice {
  /** Translation key of the sentence. */
  key: string;
  values?: Record<string, string | number>;
}

/** The history state that carries `notice` to the next page. */
export interface ArrivalState {
  notice: Notice;
  /** Reload the viewer once the next page shows, such as after signing out. */
  refreshViewer?: boolean;
}

export function withNotice(
  notice: Notice,
  options: { refreshViewer?: boolean } = {},
): ArrivalState {
  return { notice, ...options };
}

/** Returns whether the history entry requests a viewer reload. */
export function refreshViewerRequested(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as Partial<ArrivalState>).refreshViewer === true
  );
}

/** Reads a notice from a history entry's state, which may hold anything. */
export function noticeOf(state: unknown): Notice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) {
    return null;
  }
  const notice = (state as { notice: unknown }).notice;
  if (
    typeof notice !== 'object' ||
    notice === null ||
    typeof (notice as Notice).key !== 'string'
  ) {
    return null;
  }

  return notice as Notice;
}
