import '../employer-needs.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type {
  MySkillNeedMatchesQuery,
  PlaceFieldsFragment,
} from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';
import { useQuery } from '@/lib/graphql/useQuery';
import { PlaceSearch } from '@/modules/places/components/PlaceSearch';

import {
  MyHomePlaceQuery,
  MySkillNeedMatchesQuery as MatchesDocument,
} from '../graphql/learner';
import { useNeedFormats } from '../hooks/useNeedFormats';
import { needPath } from '../paths';
import { SkillNames } from './SkillList';

const PAGE_SIZE = 20;

type MatchEdge = MySkillNeedMatchesQuery['mySkillNeedMatches']['edges'][number];

const selectMatches = (data: MySkillNeedMatchesQuery) =>
  data.mySkillNeedMatches;

function MatchItem({ edge }: { edge: MatchEdge }) {
  const { t } = useTranslation();
  const formats = useNeedFormats();
  const need = edge.node;
  const match = need.myMatch;

  return (
    <li className="need-list__item">
      <h2 className="need-list__title">
        <Link to={needPath(need.id)}>{need.title}</Link>
      </h2>
      <p className="hint">
        {need.employer.name}
        {need.placeName ? ` · ${need.placeName}` : ''}
        {edge.distanceKm === null || edge.distanceKm === undefined
          ? ''
          : ` · ${t('employerNeeds.distance', { km: formats.km(edge.distanceKm) })}`}
        {' · '}
        {t('employerNeeds.closesOn', { date: formats.date(need.closesOn) })}
      </p>
      {match && (
        <dl className="need-facts">
          <dt>{t('employerNeeds.myMatch.held')}</dt>
          <dd>
            {match.heldSkills.length === 0 ? (
              t('employerNeeds.myMatch.noneHeld')
            ) : (
              <SkillNames skills={match.heldSkills} />
            )}
          </dd>
          <dt>{t('employerNeeds.myMatch.missing')}</dt>
          <dd>
            {match.missingSkills.length === 0 ? (
              t('employerNeeds.myMatch.noneMissing')
            ) : (
              <SkillNames skills={match.missingSkills} />
            )}
          </dd>
        </dl>
      )}
    </li>
  );
}

function MatchList({ place }: { place: PlaceFieldsFragment | null }) {
  const { t } = useTranslation();
  const list = usePagedConnection(
    MatchesDocument,
    place === null ? {} : { near: { placeId: place.id } },
    selectMatches,
    PAGE_SIZE,
  );

  if (list.status === 'error') {
    return (
      <ErrorMessage
        error={list.error}
        summaryKey="employerNeeds.myNeeds.loadFailed"
        onRetry={list.retry}
      />
    );
  }
  if (list.status !== 'success' && list.edges.length === 0) {
    return <p role="status">{t('employerNeeds.loading')}</p>;
  }
  if (list.edges.length === 0) {
    return (
      <div className="notice">
        <p>{t('employerNeeds.myNeeds.empty')}</p>
        <p>
          <Link to="/">{t('employerNeeds.myNeeds.findLearning')}</Link>
        </p>
      </div>
    );
  }

  return (
    <>
      <ul className="need-list">
        {list.edges.map((edge) => (
          <MatchItem key={edge.node.id} edge={edge} />
        ))}
      </ul>
      <LoadMore list={list} />
    </>
  );
}

/**
 * Renders `/my/needs`: open skill needs around the learner's home area, or
 * a place they pick here, that share a skill with their valid badges. A
 * place picked here is used for the search only and not stored.
 */
export function MyNeedsPage() {
  const { t } = useTranslation();
  usePageTitle(t('employerNeeds.myNeeds.title'));
  const home = useQuery(MyHomePlaceQuery, {});
  const [picked, setPicked] = useState<PlaceFieldsFragment | null>(null);
  const homePlace = home.data?.me?.homePlace ?? null;

  function renderList() {
    if (home.status === 'error') {
      return (
        <ErrorMessage
          error={home.error}
          summaryKey="employerNeeds.myNeeds.loadFailed"
          onRetry={home.retry}
        />
      );
    }
    if (home.data === undefined) {
      return <p role="status">{t('employerNeeds.loading')}</p>;
    }
    if (picked === null && homePlace === null) {
      return (
        <div className="notice">
          <p>{t('employerNeeds.myNeeds.noHome')}</p>
          <p>
            <Link to="/account">{t('employerNeeds.myNeeds.setHome')}</Link>
          </p>
        </div>
      );
    }

    return <MatchList place={picked} />;
  }

  return (
    <main className="page my-needs-page">
      <h1>{t('employerNeeds.myNeeds.title')}</h1>
      <p>{t('employerNeeds.myNeeds.intro')}</p>
      <div className="my-needs-page__place">
        <p className="hint">
          {picked !== null
            ? t('employerNeeds.myNeeds.near', { place: picked.name })
            : homePlace !== null
              ? t('employerNeeds.myNeeds.nearHome', { place: homePlace.name })
              : t('employerNeeds.myNeeds.pickHint')}
        </p>
        <PlaceSearch selectedPlace={picked} onSelect={setPicked} />
        {picked !== null && homePlace !== null && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setPicked(null)}
          >
            {t('employerNeeds.myNeeds.useHome', { place: homePlace.name })}
          </button>
        )}
      </div>
      {renderList()}
    </main>
  );
}
