import '../proposals.css';

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';

import {
  DismissProposalReportMutation,
  ProposalReportsQuery,
} from '../graphql/proposals';

/** Lists the open reports the viewer moderates, with links to act on them. */
export function ProposalReportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('proposals.reports.title'));
  const result = useQuery(ProposalReportsQuery, {});
  const dismiss = useMutation(DismissProposalReportMutation);
  const reports = result.data?.proposalReports.edges.map((edge) => edge.node);

  return (
    <main className="page">
      <h1>{t('proposals.reports.title')}</h1>
      {result.status === 'error' && (
        <ErrorMessage
          error={result.error}
          summaryKey="proposals.reports.loadFailed"
          onRetry={result.retry}
        />
      )}
      {reports === undefined && result.status !== 'error' && (
        <p>{t('proposals.loading')}</p>
      )}
      {reports?.length === 0 && <p>{t('proposals.reports.empty')}</p>}
      <ul className="ideas-list">
        {reports?.map((report) => (
          <li key={report.id} className="ideas-list__item">
            <Link to={`/ideas/${report.proposalId}`}>
              {report.proposalTitle}
            </Link>
            {report.commentBody !== null && (
              <p>
                {t('proposals.reports.comment', { body: report.commentBody })}
              </p>
            )}
            <p>{t('proposals.reports.reason', { reason: report.reason })}</p>
            {report.contentHidden && (
              <p>{t('proposals.reports.alreadyHidden')}</p>
            )}
            <button
              type="button"
              className="button"
              onClick={() =>
                void dismiss
                  .mutate({ input: { reportId: report.id } })
                  .then(result.retry, () => undefined)
              }
            >
              {t('proposals.reports.dismiss')}
            </button>
          </li>
        ))}
      </ul>
      {dismiss.state.status === 'error' && (
        <ErrorMessage error={dismiss.state.error} />
      )}
    </main>
  );
}
