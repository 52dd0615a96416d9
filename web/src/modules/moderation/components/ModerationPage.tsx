import '../moderation.css';

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { usePageTitle } from '@/lib/document/usePageTitle';
import { useViewer } from '@/modules/accounts';

import { ModerationQueue } from './ModerationQueue';

/**
 * Renders the moderation queue of one council. The council comes from the
 * `council` query parameter, else from the viewer's only council. Admins who
 * belong to no council open a council's queue with that parameter, because
 * the API offers no list of all councils.
 */
export function ModerationPage() {
  const { t } = useTranslation();
  usePageTitle(t('moderation.title'));
  const { viewer } = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectId = useId();
  const councils = (viewer?.memberships ?? [])
    .filter((membership) => membership.organisation.kind === 'COUNCIL')
    .map((membership) => membership.organisation);
  const councilId =
    searchParams.get('council') ??
    (councils.length === 1 ? councils[0]!.id : null);

  return (
    <main className="page moderation-page">
      <h1>{t('moderation.title')}</h1>
      {councils.length === 0 && councilId === null && (
        <p>
          {viewer?.isAdmin === true
            ? t('moderation.adminNoCouncil')
            : t('moderation.noCouncil')}
        </p>
      )}
      {councils.length > 1 && (
        <div className="field">
          <label className="field-label" htmlFor={selectId}>
            {t('moderation.council')}
          </label>
          <select
            id={selectId}
            className="select"
            value={councilId ?? ''}
            onChange={(event) =>
              setSearchParams(
                event.target.value === ''
                  ? {}
                  : { council: event.target.value },
              )
            }
          >
            <option value="">{t('moderation.chooseCouncil')}</option>
            {councils.map((council) => (
              <option key={council.id} value={council.id}>
                {council.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {councilId !== null && (
        <ModerationQueue key={councilId} councilId={councilId} />
      )}
    </main>
  );
}
