import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { opportunityPagePath } from '../links';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text with the Clipboard API, which needs a secure context. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);

    return true;
  } catch {
    return false;
  }
}

/**
 * Renders the page's address in a read-only box with a copy button. When
 * the browser refuses to copy, the box is selected for copying by hand.
 */
export function SharePage({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const linkId = useId();
  const linkBox = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const pageUrl = `${window.location.origin}${opportunityPagePath(opportunityId)}`;

  async function copyLink() {
    const copied = await copyText(pageUrl);
    setCopyState(copied ? 'copied' : 'failed');
    if (!copied) {
      linkBox.current?.focus();
      linkBox.current?.select();
    }
  }

  return (
    <section className="opportunity-page__share" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('opportunityPage.share.heading')}</h2>
      <div className="form-field">
        <label className="field-label" htmlFor={linkId}>
          {t('opportunityPage.share.link')}
        </label>
        <input
          ref={linkBox}
          id={linkId}
          className="text-input"
          readOnly
          value={pageUrl}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void copyLink()}
      >
        {t('opportunityPage.share.copy')}
      </button>
      <p role="status" className="opportunity-page__copy-status">
        {copyState === 'copied' && t('opportunityPage.share.copied')}
        {copyState === 'failed' && t('opportunityPage.share.copyFailed')}
      </p>
    </section>
  );
}
