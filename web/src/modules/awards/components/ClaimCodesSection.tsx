import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { ClaimCodeFieldsFragment } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';

import {
  AchievementClaimCodesQuery,
  CreateClaimCodeMutation,
} from '../graphql/awards';
import { ClaimCodeCard } from './ClaimCodeCard';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Returns the date a week from now, as a date input's value. */
function defaultExpiry(): string {
  return new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10);
}

/** Returns the end of the chosen day in the browser's time zone, as ISO time. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

/**
 * Creates claim codes and lists the badge's codes, newest first, each with
 * its QR code, which can be shown large on an event screen.
 */
export function ClaimCodesSection({
  achievementId,
}: {
  achievementId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const codes = useQuery(AchievementClaimCodesQuery, { achievementId });
  const create = useMutation(CreateClaimCodeMutation);
  const [expiry, setExpiry] = useState(defaultExpiry);
  const [limit, setLimit] = useState('');
  const [created, setCreated] = useState<ClaimCodeFieldsFragment[]>([]);
  const listed = codes.data?.achievementClaimCodes ?? [];
  const all = [
    ...created.filter((code) => !listed.some((each) => each.id === code.id)),
    ...listed,
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const data = await create.mutate({
        input: {
          achievementId,
          expiresAt: endOfDay(expiry),
          maxRedemptions: limit === '' ? null : Number(limit),
        },
      });
      setCreated((previous) => [data.createClaimCode, ...previous]);
    } catch {
      // The error shows below the form.
    }
  }

  return (
    <section className="claim-codes" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('awards.codes.heading')}</h2>
      <p>{t('awards.codes.intro')}</p>
      <form className="claim-codes__form" onSubmit={(e) => void submit(e)}>
        <div className="form-field">
          <label className="field-label" htmlFor={`${id}-expiry`}>
            {t('awards.codes.expiresOn')}
          </label>
          <input
            id={`${id}-expiry`}
            type="date"
            className="input"
            required
            value={expiry}
            onChange={(event) => setExpiry(event.target.value)}
          />
        </div>
        <div className="form-field">
          <label className="field-label" htmlFor={`${id}-limit`}>
            {t('awards.codes.limit')}
          </label>
          <p className="hint" id={`${id}-limit-hint`}>
            {t('awards.codes.limitHint')}
          </p>
          <input
            id={`${id}-limit`}
            type="number"
            className="input"
            min={1}
            max={10000}
            aria-describedby={`${id}-limit-hint`}
            value={limit}
            onChange={(event) => setLimit(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button"
          disabled={create.state.status === 'pending'}
        >
          {t('awards.codes.create')}
        </button>
        {create.state.status === 'error' && (
          <ErrorMessage
            error={create.state.error}
            summaryKey="awards.codes.createFailed"
          />
        )}
      </form>
      {codes.status === 'loading' && all.length === 0 && (
        <p role="status">{t('awards.codes.loading')}</p>
      )}
      {codes.status === 'error' && (
        <ErrorMessage
          error={codes.error}
          summaryKey="awards.codes.loadFailed"
          onRetry={codes.retry}
        />
      )}
      {codes.status === 'success' && all.length === 0 && (
        <p>{t('awards.codes.empty')}</p>
      )}
      {all.length > 0 && (
        <ul className="claim-codes__list">
          {all.map((code) => (
            <ClaimCodeCard key={code.id} code={code} />
          ))}
        </ul>
      )}
    </section>
  );
}
