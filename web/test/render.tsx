import {
  act,
  render,
  type RenderOptions,
  screen,
} from '@testing-library/react';
import { type ReactElement, type ReactNode, StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

import { createI18n } from '../src/i18n';
import { ViewerProvider } from '../src/modules/accounts/components/ViewerProvider';

/** Renders under StrictMode with the English translations, as the app does. */
export function renderWithApp(ui: ReactElement, options?: RenderOptions) {
  const i18n = createI18n('en');

  function Providers({ children }: { children: ReactNode }) {
    return (
      <StrictMode>
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
      </StrictMode>
    );
  }

  return render(ui, { wrapper: Providers, ...options });
}

export interface PageOptions extends RenderOptions {
  /** The URL the router starts at, such as `/sign-in?next=%2Faccount`. */
  route?: string;
  /** The route pattern of the page, such as `/organisations/:id`; defaults to the route's path. */
  path?: string;
}

function LocationDisplay() {
  const location = useLocation();

  return (
    <div data-testid="location" hidden>
      {location.pathname + location.search}
    </div>
  );
}

/**
 * Renders a page at `route` inside a memory router and the viewer provider,
 * as the app does. Install the fake API first: its `Me` handler decides who
 * is signed in. `currentPath()` returns where the page has navigated to.
 */
export function renderPage(ui: ReactElement, options: PageOptions = {}) {
  const { route = '/', path, ...renderOptions } = options;
  const pattern = path ?? route.split(/[?#]/)[0]!;

  return renderWithApp(
    <ViewerProvider>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={pattern} element={ui} />
          <Route path="*" element={null} />
        </Routes>
        <LocationDisplay />
      </MemoryRouter>
    </ViewerProvider>,
    renderOptions,
  );
}

/** Returns the current path and query of the `renderPage` router. */
export function currentPath(): string {
  return screen.getByTestId('location').textContent ?? '';
}

/**
 * Lets pending fake API replies arrive inside `act`, such as the viewer's
 * first load, when no visible change shows that they have.
 */
export async function flushRequests(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
