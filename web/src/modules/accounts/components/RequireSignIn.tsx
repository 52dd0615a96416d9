import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';

import { useViewer } from '../hooks/useViewer';
import { signInPath } from '../next-path';

/**
 * Renders its children only for a signed-in user. A signed-out visitor goes
 * to the sign-in page, which brings them back to this path and query.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status, error, refresh } = useViewer();
  const location = useLocation();

  if (status === 'loading') {
    return (
      <main className="page">
        <p role="status">{t('viewer.loading')}</p>
      </main>
    );
  }
  if (error !== undefined) {
    return (
      <main className="page">
        <ErrorMessage
          error={error}
          summaryKey="viewer.loadFailed"
          onRetry={() => void refresh()}
        />
      </main>
    );
  }
  if (status === 'signed-out') {
    return (
      <Navigate to={signInPath(location.pathname + location.search)} replace />
    );
  }

  return children;
}
