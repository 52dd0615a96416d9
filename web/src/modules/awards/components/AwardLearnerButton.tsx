import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RequestErrorText } from '@/components/RequestErrorText';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  type AwardDetails,
  evidenceInputs,
  newIdempotencyKey,
} from '../award-details';
import { AwardBadgeMutation } from '../graphql/awards';
import type { AttendedLearner } from './SessionAwardPanel';

/** Awards the badge to one attended learner and shows the outcome. */
export function AwardLearnerButton({
  achievementId,
  learner,
  details,
}: {
  achievementId: string;
  learner: AttendedLearner;
  details: AwardDetails;
}) {
  const { t } = useTranslation();
  const award = useMutation(AwardBadgeMutation);
  const key = useRef(newIdempotencyKey());
  const errorId = useId();

  if (award.state.status === 'success') {
    return (
      <span role="status">
        {t('awards.session.awarded')}{' '}
        <Link to={`/badges/${award.state.data.awardBadge.id}`}>
          {t('awards.session.viewBadge', { name: learner.name })}
        </Link>
      </span>
    );
  }

  return (
    <span>
      <button
        type="button"
        className="button button--secondary"
        disabled={award.state.status === 'pending'}
        aria-describedby={award.state.status === 'error' ? errorId : undefined}
        onClick={() =>
          void award
            .mutate({
              input: {
                achievementId,
                registrationId: learner.registrationId,
                narrative: details.narrative.trim() || null,
                evidence: evidenceInputs(details),
                idempotencyKey: key.current,
              },
            })
            .catch(() => {})
        }
      >
        {t('awards.session.award', { name: learner.name })}
      </button>
      {award.state.status === 'error' && (
        <RequestErrorText id={errorId} error={award.state.error} />
      )}
    </span>
  );
}
