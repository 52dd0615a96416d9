import '../pathways.css';

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { MyPathwaysQuery } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';

import { MyPathwaysQuery as MyPathwaysDocument } from '../graphql/pathways';
import { useCursorList } from '../hooks/useCursorList';

type Pathway = MyPathwaysQuery['myPathways']['edges'][number]['node'];

const selectPathways = (data: MyPathwaysQuery) => data.myPathways;

function PathwayProgressItem({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  const progress = pathway.myProgress;
  const met = progress?.metCount ?? 0;
  const total = progress?.stepCount ?? 0;
  const goal = pathway.goalAchievement.name;

  return (
    <li className="my-pathway">
      <h2>
        <Link to={`/pathways/${pathway.id}`}>{pathway.title}</Link>
      </h2>
      <p className="hint">
        {t('pathways.mine.by', { name: pathway.organisation.name })}
      </p>
      <p>{t('pathways.mine.progress', { met, total })}</p>
      <progress max={Math.max(total, 1)} value={met} aria-hidden="true" />
      {progress?.complete ? (
        <p className="my-pathway__goal my-pathway__goal--received">
          {t('pathways.mine.goalReceived', { name: goal })}
          {progress.goalCredentialId && (
            <>
              {' '}
              <Link to={`/badges/${progress.goalCredentialId}`}>
                {t('pathways.mine.viewGoal')}
              </Link>
            </>
          )}
        </p>
      ) : (
        <p className="my-pathway__goal">
          {t('pathways.mine.goalNotReceived', { name: goal })}
        </p>
      )}
    </li>
  );
}

/** Renders `/my/pathways`: the pathways the learner follows, with progress. */
export function MyPathwaysPage() {
  const { t } = useTranslation();
  const list = useCursorList(MyPathwaysDocument, {}, selectPathways);
  usePageTitle(t('pathways.mine.title'));

  return (
    <main className="page">
      <h1>{t('pathways.mine.title')}</h1>
      <p>{t('pathways.mine.intro')}</p>
      {list.status === 'loading' && (
        <p role="status">{t('pathways.loading')}</p>
      )}
      {list.status === 'error' && (
        <ErrorMessage
          error={list.error}
          summaryKey="pathways.failed"
          onRetry={list.retry}
        />
      )}
      {list.status === 'success' && list.edges.length === 0 && (
        <div className="empty-state">
          <p>{t('pathways.mine.empty')}</p>
          <p>
            <Link to="/pathways">{t('pathways.mine.browse')}</Link>
          </p>
        </div>
      )}
      {list.edges.length > 0 && (
        <ul className="my-pathways">
          {list.edges.map(({ node }) => (
            <PathwayProgressItem key={node.id} pathway={node} />
          ))}
        </ul>
      )}
      {list.moreError !== undefined && (
        <ErrorMessage
          error={list.moreError}
          summaryKey="pathways.loadMoreFailed"
        />
      )}
      {list.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={list.loadingMore}
          onClick={list.loadMore}
        >
          {t('pathways.loadMore')}
        </button>
      )}
    </main>
  );
}
