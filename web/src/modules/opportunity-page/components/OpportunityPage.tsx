import '../opportunity-page.css';

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { GraphQLRequestError } from '@/lib/graphql/client';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';

import { OpportunityPageQuery } from '../graphql/opportunity-page';
import { OpportunityView } from './OpportunityView';

/**
 * True when the API rejected the id itself: NOT_FOUND, or BAD_USER_INPUT,
 * which it returns for an id that is not a UUID.
 */
function isUnknownId(error: unknown): boolean {
  return (
    isNotFound(error) ||
    (error instanceof GraphQLRequestError &&
      error.errors.some((entry) => entry.extensions?.code === 'BAD_USER_INPUT'))
  );
}

function OpportunityNotFound() {
  const { t } = useTranslation();

  return (
    <main className="page opportunity-page">
      <h1>{t('opportunityPage.notFoundTitle')}</h1>
      <p>{t('opportunityPage.notFound')}</p>
      <p>
        <Link to="/">{t('opportunityPage.findMore')}</Link>
      </p>
    </main>
  );
}

/** Returns the page title's key while there is no opportunity to name. */
function placeholderTitleKey(notFound: boolean, failed: boolean): string {
  if (notFound) return 'opportunityPage.notFoundTitle';
  if (failed) return 'opportunityPage.loadFailed';

  return 'opportunityPage.loading';
}

/**
 * Renders the public page of one opportunity at `/opportunities/:opportunityId`. It
 * works signed out. A listing the viewer may not see reads as not found,
 * in the same words as a missing one. The API serves this path with the
 * opportunity's schema.org JSON-LD already in the HTML, for crawlers.
 */
export function OpportunityPage() {
  const { t } = useTranslation();
  const { opportunityId = '' } = useParams();
  const query = useQuery(OpportunityPageQuery, { id: opportunityId });
  const opportunity = query.data?.opportunity ?? null;
  const failed = query.status === 'error';
  const notFound =
    (failed && isUnknownId(query.error)) ||
    (query.status === 'success' && opportunity === null);
  usePageTitle(opportunity?.title ?? t(placeholderTitleKey(notFound, failed)));

  if (notFound) return <OpportunityNotFound />;
  if (query.status === 'error') {
    return (
      <main className="page opportunity-page">
        <ErrorMessage
          error={query.error}
          summaryKey="opportunityPage.loadFailed"
          onRetry={query.retry}
        />
      </main>
    );
  }
  if (opportunity === null) {
    return (
      <main className="page opportunity-page" aria-busy="true">
        <p role="status">{t('opportunityPage.loading')}</p>
      </main>
    );
  }

  return <OpportunityView opportunity={opportunity} />;
}
