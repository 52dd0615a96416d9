import '../pathways.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type {
  NearInput,
  PathwayDetailQuery,
  PlaceFieldsFragment,
} from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';
import { useViewer } from '@/modules/accounts';
import { PlaceSearch } from '@/modules/places/components/PlaceSearch';

import {
  FollowPathwayMutation,
  PathwayDetailQuery as PathwayDetailDocument,
  UnfollowPathwayMutation,
} from '../graphql/pathways';
import { PathwayGoal } from './PathwayGoal';
import { PathwayStepsDiagram } from './PathwayStepsDiagram';
import { StepOpportunities } from './StepOpportunities';

type Pathway = NonNullable<PathwayDetailQuery['pathway']>;

function FollowControl({
  pathway,
  onChanged,
}: {
  pathway: Pathway;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const follow = useMutation(FollowPathwayMutation);
  const unfollow = useMutation(UnfollowPathwayMutation);
  const pending =
    follow.state.status === 'pending' || unfollow.state.status === 'pending';
  const failed =
    follow.state.status === 'error' || unfollow.state.status === 'error';

  if (viewer === null) return <p>{t('pathways.signInToFollow')}</p>;
  if (pathway.status !== 'PUBLISHED') return null;

  async function toggle() {
    const input = { input: { pathwayId: pathway.id } };
    try {
      await (pathway.followedByMe
        ? unfollow.mutate(input)
        : follow.mutate(input));
      onChanged();
    } catch {
      // The failure is shown from the mutation's state.
    }
  }

  return (
    <div className="pathway-follow">
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={() => void toggle()}
      >
        {pending
          ? t('pathways.followPending')
          : pathway.followedByMe
            ? t('pathways.unfollow')
            : t('pathways.follow')}
      </button>
      <p role="status">
        {pathway.followedByMe ? t('pathways.following') : ''}{' '}
        {pathway.followedByMe && (
          <Link to="/my/pathways">{t('pathways.myLink')}</Link>
        )}
      </p>
      {failed && <p role="alert">{t('pathways.followFailed')}</p>}
    </div>
  );
}

function PathwayContent({
  pathway,
  reload,
}: {
  pathway: Pathway;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [place, setPlace] = useState<PlaceFieldsFragment | null>(null);
  const near: NearInput | null = place === null ? null : { placeId: place.id };
  const role = pathway.organisation.viewerRole;
  const canEdit =
    pathway.status !== 'ARCHIVED' &&
    (viewer?.isAdmin === true || role === 'OWNER' || role === 'EDITOR');

  return (
    <>
      <h1>{pathway.title}</h1>
      <p>{t('pathways.by', { name: pathway.organisation.name })}</p>
      {pathway.status !== 'PUBLISHED' && (
        <p className="notice">
          {t(`pathways.statusNote.${pathway.status}`, {
            name: pathway.organisation.name,
          })}
        </p>
      )}
      {canEdit && (
        <p>
          <Link
            to={`/organisations/${pathway.organisation.id}/pathways/${pathway.id}/edit`}
          >
            {t('pathways.edit')}
          </Link>
        </p>
      )}
      <p className="pathway-page__description">{pathway.description}</p>
      {pathway.sdgs.length > 0 && (
        <p>
          {t('pathways.sdgs')}:{' '}
          {pathway.sdgs.map((sdg) => `${sdg.number}. ${sdg.title}`).join(', ')}
        </p>
      )}
      {pathway.skills.length > 0 && (
        <p>
          {t('pathways.skills')}:{' '}
          {pathway.skills.map((skill) => skill.name).join(', ')}
        </p>
      )}
      <FollowControl pathway={pathway} onChanged={reload} />
      <PathwayGoal pathway={pathway} />
      <PathwayStepsDiagram pathway={pathway} />
      <PlaceSearch selectedPlace={place} onSelect={setPlace} />
      <StepOpportunities
        pathway={pathway}
        near={near}
        centre={place?.location ?? null}
      />
    </>
  );
}

/** Renders one pathway: its steps, the learner's progress and where to earn them. */
export function PathwayDetailPage() {
  const { t } = useTranslation();
  const { pathwayId = '' } = useParams();
  const result = useQuery(PathwayDetailDocument, { id: pathwayId });
  const pathway = result.data?.pathway ?? null;
  const missing = isNotFound(result.error);
  usePageTitle(pathway?.title ?? t('pathways.title'));

  return (
    <main className="page pathway-page">
      {pathway === null && result.status !== 'error' && (
        <p role="status">{t('pathways.loading')}</p>
      )}
      {missing && <p role="alert">{t('pathways.notFound')}</p>}
      {result.status === 'error' && !missing && (
        <ErrorMessage
          error={result.error}
          summaryKey="pathways.failed"
          onRetry={result.retry}
        />
      )}
      {pathway !== null && (
        <PathwayContent pathway={pathway} reload={result.retry} />
      )}
    </main>
  );
}
