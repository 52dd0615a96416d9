import { render, type RenderOptions } from '@testing-library/react';
import { type ReactElement, type ReactNode, StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { createI18n } from '../src/i18n';

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
