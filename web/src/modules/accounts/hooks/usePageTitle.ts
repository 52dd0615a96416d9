import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the window title to "<page> – Learnscape" while the page is shown. */
export function usePageTitle(title: string) {
  const { t } = useTranslation();

  useEffect(
    function setDocumentTitle() {
      const previous = document.title;
      document.title = t('shell.pageTitle', { page: title });

      return function restoreDocumentTitle() {
        document.title = previous;
      };
    },
    [t, title],
  );
}
