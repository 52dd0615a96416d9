import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { AwardJobFieldsFragment } from '@/gql/graphql';

/**
 * Renders a bulk award's progress bar, counts and, once known, the
 * recipients who got no badge with the reason.
 */
export function BulkProgress({
  job,
  pollError,
}: {
  job: AwardJobFieldsFragment;
  pollError: unknown;
}) {
  const { t } = useTranslation();
  const done = job.succeeded + job.failed;
  const finished = job.status === 'FINISHED';

  return (
    <section className="bulk-progress" aria-label={t('awards.bulk.label')}>
      <progress
        max={job.total}
        value={done}
        aria-label={t('awards.bulk.progressLabel')}
      />
      <p role="status">
        {finished
          ? t('awards.bulk.finished', {
              succeeded: job.succeeded,
              failed: job.failed,
            })
          : t('awards.bulk.running', { done, total: job.total })}
      </p>
      {pollError !== undefined && (
        <ErrorMessage error={pollError} summaryKey="awards.bulk.pollFailed" />
      )}
      {job.failures.length > 0 && (
        <>
          <h3>{t('awards.bulk.failuresHeading')}</h3>
          <ul className="bulk-progress__failures">
            {job.failures.map((failure) => (
              <li key={`${failure.recipient}-${failure.code}`}>
                <strong>{failure.recipient}</strong>:{' '}
                {t(`awards.bulk.failureCode.${failure.code}`, {
                  defaultValue: failure.code,
                })}{' '}
                — {failure.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
