import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useMatch } from 'react-router';

import { useViewer } from '@/modules/accounts/hooks/useViewer';

import { NavigationBar } from './NavigationBar';
import { noticeOf, refreshViewerRequested } from './notice';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * Renders the frame of every page: a skip link, the navigation bar, a
 * status line for notices that a page passed along when it navigated here,
 * and the page itself. The map page fills the window below the bar, and
 * every other page scrolls.
 */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const fillsWindow = useMatch({ path: '/', end: true }) !== null;
  const notice = noticeOf(location.state);
  const { refresh } = useViewer();
  const refreshOnArrival = refreshViewerRequested(location.state);

  // Pages that end the session navigate away first and let the viewer be
  // reloaded here. The router commits a navigation as a transition, so a
  // reload started on the old page would reach it first, and a page for
  // signed-in users would then redirect to the sign-in page.
  useEffect(
    function refreshViewerOnArrival() {
      if (refreshOnArrival) void refresh();
    },
    [refreshOnArrival, refresh, location.key],
  );

  return (
    <div className={fillsWindow ? 'shell shell--fill' : 'shell'}>
      <a href={`#${MAIN_CONTENT_ID}`} className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <NavigationBar />
      <div role="status" className="shell__notice">
        {notice !== null && <p>{t(notice.key, notice.values)}</p>}
      </div>
      <div id={MAIN_CONTENT_ID} tabIndex={-1} className="shell__content">
        <Outlet />
      </div>
    </div>
  );
}
