import '../awards.css';

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type {
  Attendance,
  CredentialStatus,
  RegistrationStatus,
} from '@/gql/graphql';
import { useQuery } from '@/lib/graphql/useQuery';

import {
  type AwardDetails,
  EMPTY_DETAILS,
  evidenceInputs,
} from '../award-details';
import { SessionAchievementQuery, SessionAwardsQuery } from '../graphql/awards';
import { useAwardJob } from '../hooks/useAwardJob';
import { AwardDetailsFields } from './AwardDetailsFields';
import { AwardLearnerButton } from './AwardLearnerButton';
import { BulkProgress } from './BulkProgress';

export interface AttendedLearner {
  registrationId: string;
  name: string;
}

interface SessionRow {
  id: string;
  status: RegistrationStatus;
  learner: { name: string };
}

interface SessionAwardPanelProps<TRow extends SessionRow> {
  sessionId: string;
  /** The registrations loaded so far. */
  rows: readonly TRow[];
  /** The attendance of a row, including marks made on this page. */
  attendanceOf: (row: TRow) => Attendance | null | undefined;
}

/**
 * Awards the listing's badge on a session's registrations page: to each
 * attended learner, or to everyone marked attended at once, with progress.
 */
export function SessionAwardPanel<TRow extends SessionRow>({
  sessionId,
  rows,
  attendanceOf,
}: SessionAwardPanelProps<TRow>) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useQuery(SessionAchievementQuery, { sessionId });
  const [details, setDetails] = useState<AwardDetails>(EMPTY_DETAILS);
  const bulk = useAwardJob();
  const opportunity = query.data?.sessionRegistrations.opportunity ?? null;
  const achievement = opportunity?.achievement ?? null;
  // Without this list the buttons still show; the server refuses repeats.
  const awards = useQuery(
    SessionAwardsQuery,
    achievement === null ? null : { sessionId, achievementId: achievement.id },
  );
  const awardOf = new Map(
    (awards.data?.sessionAwards ?? []).map((award) => [
      award.registrationId,
      award,
    ]),
  );
  const attended: AttendedLearner[] = rows
    .filter(
      (row) => row.status === 'REGISTERED' && attendanceOf(row) === 'ATTENDED',
    )
    .map((row) => ({ registrationId: row.id, name: row.learner.name }));

  if (query.status === 'error') {
    return (
      <ErrorMessage
        error={query.error}
        summaryKey="awards.session.loadFailed"
        onRetry={query.retry}
      />
    );
  }
  if (query.status !== 'success') return null;
  if (opportunity === null || achievement === null || achievement.archived) {
    return <p className="hint">{t('awards.session.noBadge')}</p>;
  }

  return (
    <section className="session-award" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('awards.session.heading', { name: achievement.name })}
      </h2>
      <AwardDetailsFields
        organisationId={opportunity.provider.id}
        details={details}
        onChange={setDetails}
      />
      {attended.length === 0 ? (
        <p>{t('awards.session.noneAttended')}</p>
      ) : (
        <ul className="session-award__learners">
          {attended.map((learner) => (
            <li key={learner.registrationId}>
              <span>{learner.name}</span>
              <LearnerAward
                award={awardOf.get(learner.registrationId) ?? null}
                achievementId={achievement.id}
                learner={learner}
                details={details}
              />
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button"
        disabled={
          bulk.start.status === 'pending' || bulk.job?.status === 'RUNNING'
        }
        onClick={() =>
          void bulk
            .run({
              achievementId: achievement.id,
              sessionId,
              narrative: details.narrative.trim() || null,
              evidence: evidenceInputs(details),
            })
            .catch(() => {})
        }
      >
        {t('awards.session.awardAll')}
      </button>
      {bulk.start.status === 'error' && (
        <ErrorMessage
          error={bulk.start.error}
          summaryKey="awards.session.bulkFailed"
        />
      )}
      {bulk.job !== null && (
        <BulkProgress job={bulk.job} pollError={bulk.pollError} />
      )}
    </section>
  );
}

/** The award button, or the badge the attendance already earned. */
function LearnerAward({
  award,
  achievementId,
  learner,
  details,
}: {
  award: { credentialId: string; status: CredentialStatus } | null;
  achievementId: string;
  learner: AttendedLearner;
  details: AwardDetails;
}) {
  const { t } = useTranslation();
  if (award === null) {
    return (
      <AwardLearnerButton
        achievementId={achievementId}
        learner={learner}
        details={details}
      />
    );
  }

  return (
    <span>
      {t(
        award.status === 'REVOKED'
          ? 'awards.session.revoked'
          : 'awards.session.awarded',
      )}{' '}
      <Link to={`/badges/${award.credentialId}`}>
        {t('awards.session.viewBadge', { name: learner.name })}
      </Link>
    </span>
  );
}
