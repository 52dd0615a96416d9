import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { SkillNeedMatchesQuery } from '@/gql/graphql';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';

import { SkillNeedMatchesQuery as MatchesDocument } from '../graphql/needs';
import { useNeedFormats } from '../hooks/useNeedFormats';
import { SkillNames } from './SkillList';

const PAGE_SIZE = 10;

type Match = NonNullable<
  SkillNeedMatchesQuery['skillNeed']
>['matches']['edges'][number]['node'];

const EMPTY = {
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: 0,
};

const selectMatches = (data: SkillNeedMatchesQuery) =>
  data.skillNeed?.matches ?? EMPTY;

function MatchLink({ match }: { match: Match }) {
  const { t } = useTranslation();
  if (match.kind === 'OPPORTUNITY' && match.opportunity) {
    return (
      <>
        <Link to={`/opportunities/${match.opportunity.id}`}>
          {match.opportunity.title}
        </Link>{' '}
        {t('employerNeeds.matches.opportunityBy', {
          name: match.opportunity.provider.name,
        })}
      </>
    );
  }
  if (match.kind === 'PATHWAY' && match.pathway) {
    return (
      <>
        <Link to={`/pathways/${match.pathway.id}`}>{match.pathway.title}</Link>{' '}
        {t('employerNeeds.matches.pathwayBy', {
          name: match.pathway.organisation.name,
        })}
      </>
    );
  }

  return null;
}

/**
 * Lists the published opportunities and pathways within the need's radius
 * that build its skills, most covered skills first, then nearest.
 */
export function NeedMatches({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const formats = useNeedFormats();
  const list = usePagedConnection(
    MatchesDocument,
    { id: needId },
    selectMatches,
    PAGE_SIZE,
  );

  return (
    <section aria-labelledby="need-matches-heading" className="need-section">
      <h2 id="need-matches-heading">{t('employerNeeds.matches.title')}</h2>
      <p className="hint">{t('employerNeeds.matches.intro')}</p>
      {list.status === 'loading' && (
        <p role="status">{t('employerNeeds.loading')}</p>
      )}
      {list.status === 'error' && (
        <ErrorMessage
          error={list.error}
          summaryKey="employerNeeds.matches.loadFailed"
          onRetry={list.retry}
        />
      )}
      {list.status === 'success' && list.edges.length === 0 && (
        <p>{t('employerNeeds.matches.empty')}</p>
      )}
      {list.edges.length > 0 && (
        <>
          <ol className="need-matches">
            {list.edges.map(({ cursor, node }) => (
              <li key={cursor} className="need-matches__item">
                <p className="need-matches__kind">
                  {t(`employerNeeds.matches.kind.${node.kind}`)}
                </p>
                <p>
                  <MatchLink match={node} />
                </p>
                <p className="hint">
                  {t('employerNeeds.matches.covers')}{' '}
                  <SkillNames skills={node.coveredSkills} />
                  {' · '}
                  {t('employerNeeds.distance', {
                    km: formats.km(node.distanceKm),
                  })}
                </p>
              </li>
            ))}
          </ol>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
