import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type {
  ProposalCommentFieldsFragment,
  ProposalDetailQuery,
} from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  CommentOnProposalMutation,
  HideProposalCommentMutation,
  ReportProposalMutation,
  UnhideProposalCommentMutation,
} from '../graphql/proposals';
import { useReasonDialog } from '../hooks/useReasonDialog';

type Proposal = NonNullable<ProposalDetailQuery['proposal']>;

interface ProposalCommentsProps {
  proposal: Proposal;
  signedIn: boolean;
  onChanged: () => void;
}

/** Renders the comments of an idea, the moderation controls and the reply form. */
export function ProposalComments({
  proposal,
  signedIn,
  onChanged,
}: ProposalCommentsProps) {
  const { t } = useTranslation();
  const comments = proposal.comments.edges.map((edge) => edge.node);

  return (
    <section aria-labelledby="idea-comments-heading">
      <h2 id="idea-comments-heading">{t('proposals.comments.heading')}</h2>
      {comments.length === 0 && <p>{t('proposals.comments.empty')}</p>}
      <ul className="idea-comments">
        {comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            proposalId={proposal.id}
            canModerate={proposal.viewerCanModerate}
            signedIn={signedIn}
            onChanged={onChanged}
          />
        ))}
      </ul>
      {signedIn && proposal.status !== 'WITHDRAWN' && (
        <CommentForm proposal={proposal} onChanged={onChanged} />
      )}
    </section>
  );
}

interface CommentItemProps {
  comment: ProposalCommentFieldsFragment;
  proposalId: string;
  canModerate: boolean;
  signedIn: boolean;
  onChanged: () => void;
}

function CommentItem({
  comment,
  proposalId,
  canModerate,
  signedIn,
  onChanged,
}: CommentItemProps) {
  const { t } = useTranslation();
  const reportSent = useRef<HTMLParagraphElement>(null);
  const { askReason, dialog } = useReasonDialog(reportSent);
  const hide = useMutation(HideProposalCommentMutation);
  const unhide = useMutation(UnhideProposalCommentMutation);
  const report = useMutation(ReportProposalMutation);
  const [reported, setReported] = useState(false);

  function moderate() {
    const mutation = comment.hidden ? unhide : hide;
    askReason(
      comment.hidden ? 'unhideComment' : 'hideComment',
      async (reason) => {
        await mutation.mutate({ input: { commentId: comment.id, reason } });
        onChanged();
      },
    );
  }

  function sendReport() {
    askReason('reportComment', async (reason) => {
      await report.mutate({
        input: { proposalId, commentId: comment.id, reason },
      });
      setReported(true);
    });
  }

  const organisation = comment.organisationName;

  return (
    <li
      className={
        organisation
          ? 'idea-comment idea-comment--organisation'
          : 'idea-comment'
      }
    >
      <p>
        <strong>
          {organisation
            ? t('proposals.comments.byOrganisation', {
                organisation,
                name: comment.authorFirstName,
              })
            : comment.authorFirstName}
        </strong>
      </p>
      <p style={{ whiteSpace: 'pre-wrap' }}>{comment.body}</p>
      {comment.hidden && (
        <p className="idea-hidden">
          {t('proposals.comments.hidden', {
            reason: comment.hiddenReason ?? '',
          })}
        </p>
      )}
      <div className="idea-actions">
        {canModerate && (
          <button type="button" className="button" onClick={moderate}>
            {comment.hidden
              ? t('proposals.moderation.unhideComment')
              : t('proposals.moderation.hideComment')}
          </button>
        )}
        {signedIn && !comment.viewerIsAuthor && !reported && (
          <button
            type="button"
            className="button button--link"
            onClick={sendReport}
          >
            {t('proposals.report.comment')}
          </button>
        )}
        {reported && (
          <p ref={reportSent} role="status" tabIndex={-1}>
            {t('proposals.report.sent')}
          </p>
        )}
      </div>
      {dialog}
    </li>
  );
}

function CommentForm({
  proposal,
  onChanged,
}: {
  proposal: Proposal;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const comment = useMutation(CommentOnProposalMutation);
  const [body, setBody] = useState('');
  const [organisationId, setOrganisationId] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await comment.mutate({
        input: {
          proposalId: proposal.id,
          body,
          organisationId: organisationId === '' ? null : organisationId,
        },
      });
      setBody('');
      onChanged();
    } catch {
      // Shown from the mutation state below.
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-body`}>
          {t('proposals.comments.label')}
        </label>
        <textarea
          id={`${id}-body`}
          className="textarea"
          rows={3}
          maxLength={2000}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      {proposal.viewerOrganisations.length > 0 && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-as`}>
            {t('proposals.comments.speakAs')}
          </label>
          <select
            id={`${id}-as`}
            className="select"
            value={organisationId}
            onChange={(event) => setOrganisationId(event.target.value)}
          >
            <option value="">{t('proposals.comments.asMyself')}</option>
            {proposal.viewerOrganisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {comment.state.status === 'error' && (
        <ErrorMessage error={comment.state.error} />
      )}
      <button
        type="submit"
        className="button"
        disabled={comment.state.status === 'pending'}
      >
        {t('proposals.comments.submit')}
      </button>
    </form>
  );
}
