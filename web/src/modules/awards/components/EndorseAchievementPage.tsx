import '../awards.css';

import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';
import { UnverifiedEmailLink } from '@/modules/accounts/components/UnverifiedEmailLink';
import { useViewer } from '@/modules/accounts/hooks/useViewer';

import {
  AwardAchievementQuery,
  EndorseAchievementMutation,
} from '../graphql/awards';

const COMMENT_MAX = 2000;

/**
 * Lets an owner or editor of a council endorse another organisation's
 * badge with a comment; badges issued afterwards carry the endorsement.
 */
export function EndorseAchievementPage() {
  const { t } = useTranslation();
  const id = useId();
  const { achievementId = '' } = useParams();
  const { viewer } = useViewer();
  const query = useQuery(AwardAchievementQuery, { id: achievementId });
  const endorse = useMutation(EndorseAchievementMutation);
  const achievement = query.data?.achievement ?? null;
  const councils = (viewer?.memberships ?? []).filter(
    (membership) =>
      membership.organisation.kind === 'COUNCIL' &&
      membership.role !== 'AWARDER' &&
      membership.organisation.id !== achievement?.organisation.id,
  );
  const [organisationId, setOrganisationId] = useState('');
  const [comment, setComment] = useState('');
  const chosen = organisationId || councils[0]?.organisation.id || '';
  usePageTitle(t('endorse.title'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await endorse
      .mutate({ input: { organisationId: chosen, achievementId, comment } })
      .catch(() => {});
  }

  return (
    <main className="page endorse-page">
      <h1>{t('endorse.title')}</h1>
      {query.status === 'error' && (
        <ErrorMessage
          error={query.error}
          summaryKey="endorse.loadFailed"
          onRetry={query.retry}
        />
      )}
      {achievement === null && query.status !== 'error' && (
        <p role="status">{t('endorse.loading')}</p>
      )}
      {achievement !== null && councils.length === 0 && (
        <p>{t('endorse.noCouncil')}</p>
      )}
      {achievement !== null && councils.length > 0 && (
        <form onSubmit={(event) => void submit(event)}>
          <p>
            {t('endorse.intro', {
              name: achievement.name,
              issuer: achievement.organisation.name,
            })}
          </p>
          {councils.length > 1 && (
            <div className="form-field">
              <label className="field-label" htmlFor={`${id}-org`}>
                {t('endorse.as')}
              </label>
              <select
                id={`${id}-org`}
                className="select"
                value={chosen}
                onChange={(event) => setOrganisationId(event.target.value)}
              >
                {councils.map(({ organisation }) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="form-field">
            <label className="field-label" htmlFor={`${id}-comment`}>
              {t('endorse.comment')}
            </label>
            <textarea
              id={`${id}-comment`}
              className="textarea"
              required
              maxLength={COMMENT_MAX}
              rows={4}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          <button
            type="submit"
            className="button"
            disabled={endorse.state.status === 'pending'}
          >
            {t('endorse.submit')}
          </button>
          {endorse.state.status === 'error' && (
            <ErrorMessage
              error={endorse.state.error}
              summaryKey="endorse.failed"
            >
              <UnverifiedEmailLink error={endorse.state.error} />
            </ErrorMessage>
          )}
          {endorse.state.status === 'success' && (
            <p role="status">{t('endorse.done', { name: achievement.name })}</p>
          )}
        </form>
      )}
    </main>
  );
}
