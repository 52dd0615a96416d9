import { useTranslation } from 'react-i18next';

import type { CheckOutcome, VerificationCheck } from '../verification-types';

const OUTCOME_ICONS: Record<CheckOutcome, string> = {
  PASSED: '✓',
  FAILED: '✗',
  SKIPPED: '–',
};

/**
 * Lists checks with an icon and the outcome in words, so that the result
 * does not depend on telling colours or symbols apart.
 */
export function CheckList({
  checks,
  label,
  dates = {},
}: {
  checks: readonly VerificationCheck[];
  label: string;
  /**
   * Localised dates shown beside the date checks, whose messages give the
   * date as the API writes it.
   */
  dates?: Partial<Record<VerificationCheck['check'], string | null>>;
}) {
  const { t } = useTranslation();

  return (
    <ul className="check-list" aria-label={label}>
      {checks.map((check) => (
        <li
          key={check.check}
          className={`check-list__item check-list__item--${check.outcome.toLowerCase()}`}
        >
          <span className="check-list__icon" aria-hidden="true">
            {OUTCOME_ICONS[check.outcome]}
          </span>
          <span>
            <strong>
              {t('verificationResult.checkLine', {
                check: t(`verificationResult.checks.${check.check}`),
                outcome: t(`verificationResult.outcomes.${check.outcome}`),
              })}
            </strong>
            {check.message !== '' && (
              <span className="check-list__message">{check.message}</span>
            )}
            {dates[check.check] && (
              <span className="check-list__message">
                {t('verificationResult.checkDate', {
                  date: dates[check.check],
                })}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
