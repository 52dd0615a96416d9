import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { useMutation } from '@/lib/graphql/useMutation';
import { UnverifiedEmailLink } from '@/modules/accounts/components/UnverifiedEmailLink';

import {
  type AwardDetails,
  EMPTY_DETAILS,
  evidenceInputs,
  newIdempotencyKey,
  parseEmails,
} from '../award-details';
import { AwardBadgeMutation } from '../graphql/awards';
import { useAwardJob } from '../hooks/useAwardJob';
import { AwardDetailsFields } from './AwardDetailsFields';
import { BulkProgress } from './BulkProgress';

const MAX_EMAILS = 1000;

interface AwardByEmailFormProps {
  achievementId: string;
  organisationId: string;
}

/**
 * Awards the badge to one address, or to a pasted list as a bulk award
 * whose progress shows below the form.
 */
export function AwardByEmailForm({
  achievementId,
  organisationId,
}: AwardByEmailFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [emailsText, setEmailsText] = useState('');
  const [details, setDetails] = useState<AwardDetails>(EMPTY_DETAILS);
  const [tooMany, setTooMany] = useState(false);
  const award = useMutation(AwardBadgeMutation);
  const bulk = useAwardJob();
  const key = useRef(newIdempotencyKey());
  const emails = parseEmails(emailsText);
  const pending =
    award.state.status === 'pending' || bulk.start.status === 'pending';
  const error =
    award.state.status === 'error'
      ? award.state.error
      : bulk.start.status === 'error'
        ? bulk.start.error
        : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTooMany(emails.length > MAX_EMAILS);
    if (emails.length === 0 || emails.length > MAX_EMAILS) return;
    const common = {
      achievementId,
      narrative: details.narrative.trim() || null,
      evidence: evidenceInputs(details),
    };
    try {
      if (emails.length === 1) {
        award.reset();
        await award.mutate({
          input: { ...common, email: emails[0], idempotencyKey: key.current },
        });
        key.current = newIdempotencyKey();
      } else {
        await bulk.run({ ...common, emails });
      }
      setEmailsText('');
    } catch {
      // The error shows below the form.
    }
  }

  return (
    <form className="award-form" onSubmit={(event) => void submit(event)}>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-emails`}>
          {t('awards.byEmail.emails')}
        </label>
        <p className="hint" id={`${id}-emails-hint`}>
          {t('awards.byEmail.emailsHint', { max: MAX_EMAILS })}
        </p>
        <textarea
          id={`${id}-emails`}
          className="textarea"
          rows={4}
          required
          aria-describedby={`${id}-emails-hint`}
          value={emailsText}
          onChange={(event) => {
            setEmailsText(event.target.value);
            key.current = newIdempotencyKey();
          }}
        />
      </div>
      <AwardDetailsFields
        organisationId={organisationId}
        details={details}
        onChange={setDetails}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending
          ? t('awards.byEmail.awarding')
          : t('awards.byEmail.submit', { count: emails.length })}
      </button>
      {tooMany && (
        <p role="alert" className="error-text">
          {t('awards.byEmail.tooMany', { max: MAX_EMAILS })}
        </p>
      )}
      {error !== undefined && (
        <ErrorMessage error={error} summaryKey="awards.byEmail.failed">
          <UnverifiedEmailLink error={error} />
        </ErrorMessage>
      )}
      {award.state.status === 'success' && (
        <p role="status">
          {t('awards.byEmail.awarded')}{' '}
          <Link to={`/badges/${award.state.data.awardBadge.id}`}>
            {t('awards.byEmail.viewBadge')}
          </Link>
        </p>
      )}
      {bulk.job !== null && (
        <BulkProgress job={bulk.job} pollError={bulk.pollError} />
      )}
    </form>
  );
}
