import { useTranslation } from 'react-i18next';

/**
 * Renders the overall verdict. Only a result with `verified` true reads
 * "Verified"; anything else, including a result that skipped the
 * signature, reads "Could not be verified".
 */
export function VerificationVerdict({ verified }: { verified: boolean }) {
  const { t } = useTranslation();

  return (
    <p
      className={`verdict ${verified ? 'verdict--verified' : 'verdict--failed'}`}
    >
      <span className="verdict__icon" aria-hidden="true">
        {verified ? '✓' : '✗'}
      </span>
      <span>
        {verified
          ? t('verificationResult.verified')
          : t('verificationResult.notVerified')}
      </span>
    </p>
  );
}

/** Returns one sentence for the live region that announces the verdict. */
export function verdictSummary(
  t: (key: string, options?: Record<string, unknown>) => string,
  result: {
    verified: boolean;
    checks: readonly { outcome: string; check: string }[];
  },
): string {
  if (result.verified) return t('verificationResult.verifiedSummary');
  const failed = result.checks.filter((check) => check.outcome === 'FAILED');
  if (failed.length === 0) return t('verificationResult.notVerifiedUnchecked');

  return t('verificationResult.notVerifiedSummary', { count: failed.length });
}
