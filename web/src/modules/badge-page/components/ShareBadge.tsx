import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BadgeCredential } from '../badge-types';
import { emailSignatureHtml } from '../email-signature';
import { linkedInAddToProfileUrl } from '../linkedin';

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
 * Ways to share the badge: its address, LinkedIn's "Add to profile" form,
 * and an e-mail signature snippet with a copy button. The snippet stays
 * visible in a text box, for browsers that refuse to copy.
 */
export function ShareBadge({ credential }: { credential: BadgeCredential }) {
  const { t } = useTranslation();
  const ids = { link: useId(), signature: useId(), hint: useId() };
  const signatureBox = useRef<HTMLTextAreaElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const { achievement, issuer } = credential;
  const linkedInUrl = linkedInAddToProfileUrl({
    name: achievement.name,
    organizationName: issuer.name,
    issuedAt: credential.issuedAt,
    validUntil: credential.validUntil,
    certUrl: credential.publicUrl,
    certId: credential.id,
  });
  const signature = emailSignatureHtml({
    pageUrl: credential.publicUrl,
    imageUrl: achievement.imageUrl,
    imageAlt: achievement.name,
    linkText: t('badgePage.share.signatureLinkText', {
      name: achievement.name,
      issuer: issuer.name,
    }),
  });

  async function copySignature() {
    const copied = await copyText(signature);
    setCopyState(copied ? 'copied' : 'failed');
    if (!copied) {
      signatureBox.current?.focus();
      signatureBox.current?.select();
    }
  }

  return (
    <section aria-labelledby="badge-share" className="badge-share">
      <h2 id="badge-share">{t('badgePage.share.heading')}</h2>
      <div className="form-field">
        <label className="field-label" htmlFor={ids.link}>
          {t('badgePage.share.link')}
        </label>
        <input
          id={ids.link}
          className="text-input"
          readOnly
          value={credential.publicUrl}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <p>
        <a
          href={linkedInUrl}
          className="button button--secondary"
          target="_blank"
          rel="noopener noreferrer"
          aria-describedby={`${ids.link}-linkedin`}
        >
          {t('badgePage.share.linkedIn')}
          <span className="visually-hidden"> {t('badgePage.newTab')}</span>
        </a>
      </p>
      <p className="hint" id={`${ids.link}-linkedin`}>
        {t('badgePage.share.linkedInNote')}
      </p>
      <div className="form-field">
        <label className="field-label" htmlFor={ids.signature}>
          {t('badgePage.share.signature')}
        </label>
        <p className="hint" id={ids.hint}>
          {t('badgePage.share.signatureHint')}
        </p>
        <textarea
          ref={signatureBox}
          id={ids.signature}
          className="text-input badge-share__signature"
          readOnly
          aria-describedby={ids.hint}
          value={signature}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void copySignature()}
      >
        {t('badgePage.share.copy')}
      </button>
      <p role="status" className="badge-share__status">
        {copyState === 'copied' && t('badgePage.share.copied')}
        {copyState === 'failed' && t('badgePage.share.copyFailed')}
      </p>
    </section>
  );
}
