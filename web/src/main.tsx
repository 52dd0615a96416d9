import './app/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';

import { AppRoutes } from './app/routes';
import { createI18n } from './i18n';
import { ViewerProvider } from './modules/accounts/components/ViewerProvider';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html has no element with id "root" to render into.');
}

const i18n = createI18n();
document.documentElement.lang = i18n.resolvedLanguage ?? i18n.language;
document.title = i18n.t('app.name');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ViewerProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ViewerProvider>
    </I18nextProvider>
  </StrictMode>,
);
