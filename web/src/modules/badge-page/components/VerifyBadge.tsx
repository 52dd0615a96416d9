import { useTranslation } from 'react-i18next';

import { VerificationError } from '@/modules/verify/components/VerificationError';
import { VerificationResults } from '@/modules/verify/components/VerificationResults';
import { verdictSummary } from '@/modules/verify/components/VerificationVerdict';
import { useVerification } from '@/modules/verify/hooks/useVerification';

/**
 * Verifies the badge's signed JSON on the server and lists each check. The
 * outcome is announced in a live region.
 */
export function VerifyBadge({ credentialJson }: { credentialJson: string }) {
  const { t } = useTranslation();
  const { state, verify } = useVerification();
  const pending = state.status === 'pending';

  return (
    <section aria-labelledby="badge-verify" className="badge-verify">
      <h2 id="badge-verify">{t('badgePage.verify.heading')}</h2>
      <p>{t('badgePage.verify.intro')}</p>
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={() =>
          void verify({ kind: 'text', text: credentialJson }, null)
        }
      >
        {pending
          ? t('badgePage.verify.verifying')
          : t('badgePage.verify.button')}
      </button>
      <p role="status" className="visually-hidden">
        {pending && t('badgePage.verify.verifying')}
        {state.status === 'success' && verdictSummary(t, state.result)}
      </p>
      {state.status === 'error' && <VerificationError error={state.error} />}
      {state.status === 'success' && (
        <VerificationResults result={state.result} headingLevel={3} />
      )}
    </section>
  );
}
