import '../proposals.css';

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useQuery } from '@/lib/graphql/useQuery';
import { useViewer } from '@/modules/accounts';
import { Markdown } from '@/modules/opportunities/components/Markdown';

import { ProposalDetailQuery } from '../graphql/proposals';
import { ProposalActions } from './ProposalActions';
import { ProposalComments } from './ProposalComments';

/** Renders one idea with its supports, comments and the listings made from it. */
export function ProposalDetailPage() {
  const { t } = useTranslation();
  const { proposalId = '' } = useParams();
  const { viewer } = useViewer();
  const result = useQuery(ProposalDetailQuery, { id: proposalId });
  const proposal = result.data?.proposal;
  usePageTitle(proposal?.title ?? t('proposals.detail.title'));

  if (result.status === 'error') {
    return (
      <main className="page">
        <ErrorMessage
          error={result.error}
          summaryKey="proposals.detail.loadFailed"
          onRetry={result.retry}
        />
      </main>
    );
  }
  if (proposal === undefined) {
    return (
      <main className="page">
        <p>{t('proposals.loading')}</p>
      </main>
    );
  }
  if (proposal === null) {
    return (
      <main className="page">
        <h1>{t('proposals.detail.notFound')}</h1>
        <Link to="/ideas">{t('proposals.detail.back')}</Link>
      </main>
    );
  }

  return (
    <main className="page idea-page">
      <Link to="/ideas">{t('proposals.detail.back')}</Link>
      <h1>{proposal.title}</h1>
      <p>
        {t(`proposals.kind.${proposal.kind}`)}
        {' · '}
        {proposal.placeName ?? t('proposals.unnamedPlace')}
        {' · '}
        {t('proposals.detail.by', { name: proposal.authorFirstName })}
        {' · '}
        {t(`proposals.status.${proposal.status}`)}
      </p>
      {proposal.hidden && (
        <p className="idea-hidden" role="note">
          {t('proposals.detail.hidden', {
            reason: proposal.hiddenReason ?? '',
          })}
        </p>
      )}
      <Markdown source={proposal.description} />
      <p>{t('proposals.supportCount', { count: proposal.supportCount })}</p>
      <ProposalActions
        proposal={proposal}
        signedIn={viewer !== null}
        onChanged={result.retry}
      />
      {proposal.listings.length > 0 && (
        <section aria-labelledby="idea-listings-heading">
          <h2 id="idea-listings-heading">{t('proposals.detail.listings')}</h2>
          <ul>
            {proposal.listings.map((listing) => (
              <li key={listing.opportunityId}>
                {listing.status === 'PUBLISHED' ? (
                  <Link to={`/opportunities/${listing.opportunityId}`}>
                    {listing.title}
                  </Link>
                ) : (
                  listing.title
                )}{' '}
                {t('proposals.detail.listingBy', {
                  organisation: listing.organisationName,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ProposalComments
        proposal={proposal}
        signedIn={viewer !== null}
        onChanged={result.retry}
      />
    </main>
  );
}
