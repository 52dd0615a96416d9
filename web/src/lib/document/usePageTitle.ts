import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the window title to "<page> – Learnscape" while the page is shown,
 * so that screen readers announce each page change, and restores the
 * previous title when the page unmounts.
 */
export function usePageTitle(page: string) {
  const { t } = useTranslation();

  useEffect(
    function setDocumentTitle() {
      const previous = document.title;
      document.title = t('pageTitle', { page });

      return function restoreDocumentTitle() {
        document.title = previous;
      };
    },
    [t, page],
  );
}
