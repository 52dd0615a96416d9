import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { PlaceFieldsFragment } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';
import {
  MyHomePlaceQuery,
  UpdateHomePlaceMutation,
} from '@/modules/employer-needs/graphql/learner';
import { PlaceSearch } from '@/modules/places/components/PlaceSearch';

import { SettingsSection } from './SettingsSection';
import { SuccessStatus } from './SuccessStatus';

/**
 * Renders the learner's home area: a town or suburb from the gazetteer,
 * never a street or a coordinate. Skill needs around it are matched to
 * the learner's badges.
 */
export function HomeAreaSection() {
  const { t } = useTranslation();
  const home = useQuery(MyHomePlaceQuery, {});
  const update = useMutation(UpdateHomePlaceMutation);
  const [picked, setPicked] = useState<PlaceFieldsFragment | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const stored = home.data?.me?.homePlace ?? null;

  async function save(homePlaceId: string | null, message: string) {
    setSaved(null);
    try {
      await update.mutate({ input: { homePlaceId } });
      setPicked(null);
      setSaved(message);
      home.retry();
    } catch {
      // The mutation state holds the error, which is shown below.
    }
  }

  return (
    <SettingsSection title={t('employerNeeds.settings.homeTitle')}>
      <p className="hint">{t('employerNeeds.settings.homeExplain')}</p>
      {home.status === 'error' && (
        <ErrorMessage
          error={home.error}
          summaryKey="employerNeeds.settings.homeLoadFailed"
          onRetry={home.retry}
        />
      )}
      {home.data !== undefined && (
        <p>
          {stored === null
            ? t('employerNeeds.settings.homeNone')
            : t('employerNeeds.settings.homeCurrent', { place: stored.name })}
        </p>
      )}
      <PlaceSearch selectedPlace={picked} onSelect={setPicked} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={picked === null || update.state.status === 'pending'}
          onClick={() =>
            picked !== null &&
            void save(
              picked.id,
              t('employerNeeds.settings.homeSaved', { place: picked.name }),
            )
          }
        >
          {picked === null
            ? t('employerNeeds.settings.homeSave')
            : t('employerNeeds.settings.homeSaveAs', { place: picked.name })}
        </button>
        {stored !== null && (
          <button
            type="button"
            className="button button--secondary"
            disabled={update.state.status === 'pending'}
            onClick={() =>
              void save(null, t('employerNeeds.settings.homeCleared'))
            }
          >
            {t('employerNeeds.settings.homeClear')}
          </button>
        )}
        <SuccessStatus message={saved} />
      </div>
      {update.state.status === 'error' && (
        <ErrorMessage
          error={update.state.error}
          summaryKey="employerNeeds.settings.homeFailed"
        />
      )}
    </SettingsSection>
  );
}
