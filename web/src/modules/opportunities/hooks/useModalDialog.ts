import {
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useLayoutEffect,
} from 'react';

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.closest('[inert], [hidden]') === null,
  );
}

/**
 * Sets `inert` on every sibling of `element` and of each of its ancestors up
 * to `<body>`, so that only `element` can take focus or be read. Returns a
 * function that removes it again from the elements that were not inert before.
 */
function makeOutsideInert(element: HTMLElement): () => void {
  const madeInert: Element[] = [];
  for (
    let node: HTMLElement | null = element;
    node !== null && node !== document.body;
    node = node.parentElement
  ) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling === node || sibling.hasAttribute('inert')) continue;

      sibling.setAttribute('inert', '');
      madeInert.push(sibling);
    }
  }

  return () => {
    for (const sibling of madeInert) sibling.removeAttribute('inert');
  };
}

/**
 * Makes `dialog` modal while `modal` is true. The rest of the page is inert,
 * and Tab and Shift+Tab wrap round inside the dialog. Returns the keydown
 * handler for the dialog element, which does nothing while `modal` is false.
 */
export function useModalDialog(
  dialog: RefObject<HTMLElement | null>,
  modal: boolean,
) {
  // A layout effect, so that on close the page stops being inert before the
  // passive effects that give focus back to the opener run.
  useLayoutEffect(
    function makeRestOfPageInert() {
      const element = dialog.current;
      if (!modal || element === null) return;

      const restore = makeOutsideInert(element);
      // Turning modal on a resize can leave focus on an element that just
      // became inert, so focus moves into the dialog.
      if (!element.contains(document.activeElement)) element.focus();

      return restore;
    },
    [dialog, modal],
  );

  return useCallback(
    function wrapTabFocus(event: KeyboardEvent<HTMLElement>) {
      const element = dialog.current;
      if (!modal || event.key !== 'Tab' || element === null) return;

      const focusable = focusableIn(element);
      const first = focusable[0];
      const last = focusable.at(-1);
      const active = document.activeElement;
      if (first === undefined || last === undefined) {
        event.preventDefault();
        element.focus();

        return;
      }

      if (event.shiftKey && (active === first || active === element)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    },
    [dialog, modal],
  );
}
