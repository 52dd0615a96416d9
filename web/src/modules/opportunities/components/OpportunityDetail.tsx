import '../opportunities.css';

import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';
import { useMediaQuery, WIDE_LAYOUT_QUERY } from '@/lib/media/useMediaQuery';
import { opportunityPagePath } from '@/modules/opportunity-page/links';
import { RegisterSection } from '@/modules/registrations/components/RegisterSection';

import { OpportunityDetailQuery } from '../graphql/opportunities';
import { useModalDialog } from '../hooks/useModalDialog';
import { OpportunityFacts } from './OpportunityFacts';

function placeholderTitleKey(result: { status: string; error: unknown }) {
  if (result.status === 'loading' || result.status === 'idle') {
    return 'detail.loading';
  }
  if (result.status === 'error' && !isNotFound(result.error)) {
    return 'detail.loadFailed';
  }

  return 'detail.notFound';
}

interface OpportunityDetailProps {
  id: string;
  onClose: () => void;
}

/**
 * Renders one opportunity's details as a dialog. The dialog takes focus when
 * it opens, closes on Escape and gives focus back to its opener. On a narrow
 * screen it covers the page, so it is modal there, with the page behind inert
 * and Tab kept inside. Beside the map on a wide screen it is non-modal.
 */
export function OpportunityDetail({ id, onClose }: OpportunityDetailProps) {
  const { t } = useTranslation();
  const result = useQuery(OpportunityDetailQuery, { id });
  const panel = useRef<HTMLElement>(null);
  const modal = !useMediaQuery(WIDE_LAYOUT_QUERY);
  const wrapTabFocus = useModalDialog(panel, modal);
  const opportunity =
    result.status === 'success' ? result.data.opportunity : undefined;

  // Read once per mount, before the panel takes focus, so that StrictMode's
  // second effect run does not record the panel itself as the opener.
  const [opener] = useState(() => document.activeElement);

  useEffect(
    function takeFocusAndRestoreOnClose() {
      panel.current?.focus();

      return function restoreFocus() {
        // Leave focus alone when the reader has moved it somewhere else, such
        // as to another list entry that replaces this panel.
        const focusLost =
          document.activeElement === null ||
          document.activeElement === document.body;
        if (!focusLost) return;

        if (opener instanceof HTMLElement && opener.isConnected) {
          opener.focus();

          return;
        }

        // The opener can be gone, such as a marker that a zoom merged into a
        // cluster. Its twin in the list takes focus instead.
        const twins = document.querySelectorAll<HTMLElement>(
          '[data-opportunity-id]',
        );
        [...twins].find((twin) => twin.dataset.opportunityId === id)?.focus();
      };
    },
    [opener, id],
  );

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();

      return;
    }

    wrapTabFocus(event);
  }

  return (
    <section
      ref={panel}
      role="dialog"
      aria-modal={modal}
      aria-labelledby="detail-title"
      aria-busy={result.status === 'loading'}
      className="detail"
      tabIndex={-1}
      onKeyDown={handleKeyDown}
    >
      <div className="detail__header">
        <h2 id="detail-title" className="detail__title">
          {opportunity?.title ?? t(placeholderTitleKey(result))}
        </h2>
        <button
          type="button"
          className="button button--icon"
          onClick={onClose}
          aria-label={t('detail.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {opportunity && (
        <p className="detail__kind">
          {t(`kind.${opportunity.kind}`)} · {t(`mode.${opportunity.mode}`)}
        </p>
      )}
      {opportunity && (
        <p className="detail__page-link">
          <a href={opportunityPagePath(opportunity.id)}>
            {t('opportunityPage.detailLink')}
          </a>
        </p>
      )}
      {result.status === 'error' && !isNotFound(result.error) && (
        <ErrorMessage error={result.error} onRetry={result.retry} />
      )}
      {/* Before the facts, so that the long description does not push it
          out of sight. */}
      {opportunity && <RegisterSection opportunityId={opportunity.id} />}
      {opportunity && <OpportunityFacts opportunity={opportunity} />}
    </section>
  );
}
