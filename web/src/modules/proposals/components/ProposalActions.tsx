import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { OpportunityKind, ProposalDetailQuery } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  ConvertProposalMutation,
  HideProposalMutation,
  RemoveProposalSupportMutation,
  ReportProposalMutation,
  SupportProposalMutation,
  UnhideProposalMutation,
  WithdrawProposalMutation,
} from '../graphql/proposals';
import { useReasonDialog } from '../hooks/useReasonDialog';
import { LISTING_KINDS } from '../kinds';

type Proposal = NonNullable<ProposalDetailQuery['proposal']>;

interface ProposalActionsProps {
  proposal: Proposal;
  signedIn: boolean;
  onChanged: () => void;
}

/**
 * Renders what the viewer may do with an idea: support it, withdraw their
 * own, report it, hide it as a moderator, or turn it into a draft listing
 * for one of their providers.
 */
export function ProposalActions({
  proposal,
  signedIn,
  onChanged,
}: ProposalActionsProps) {
  const { t } = useTranslation();
  const reportSent = useRef<HTMLParagraphElement>(null);
  const { askReason, dialog } = useReasonDialog(reportSent);
  const support = useMutation(SupportProposalMutation);
  const unsupport = useMutation(RemoveProposalSupportMutation);
  const withdraw = useMutation(WithdrawProposalMutation);
  const hide = useMutation(HideProposalMutation);
  const unhide = useMutation(UnhideProposalMutation);
  const report = useMutation(ReportProposalMutation);
  const [reported, setReported] = useState(false);
  const input = { input: { proposalId: proposal.id } };
  const open = proposal.status !== 'WITHDRAWN';
  // Hide, unhide and report errors show inside the reason dialog.
  const error = [support, unsupport, withdraw].find(
    (each) => each.state.status === 'error',
  )?.state.error;

  async function run(action: () => Promise<unknown>) {
    await action().then(onChanged, () => undefined);
  }

  function moderate() {
    const mutation = proposal.hidden ? unhide : hide;
    askReason(
      proposal.hidden ? 'unhideProposal' : 'hideProposal',
      async (reason) => {
        await mutation.mutate({ input: { proposalId: proposal.id, reason } });
        onChanged();
      },
    );
  }

  function sendReport() {
    askReason('reportProposal', async (reason) => {
      await report.mutate({ input: { proposalId: proposal.id, reason } });
      setReported(true);
    });
  }

  if (!signedIn) return <p>{t('proposals.detail.signInToTakePart')}</p>;

  return (
    <div className="idea-actions">
      {open && (
        <button
          type="button"
          className="button"
          aria-pressed={proposal.viewerSupports}
          onClick={() =>
            void run(() =>
              (proposal.viewerSupports ? unsupport : support).mutate(input),
            )
          }
        >
          {proposal.viewerSupports
            ? t('proposals.detail.supported')
            : t('proposals.detail.support')}
        </button>
      )}
      {proposal.viewerIsAuthor && open && (
        <button
          type="button"
          className="button"
          onClick={() => {
            if (window.confirm(t('proposals.detail.withdrawConfirm'))) {
              void run(() => withdraw.mutate(input));
            }
          }}
        >
          {t('proposals.detail.withdraw')}
        </button>
      )}
      {proposal.viewerCanModerate && (
        <button type="button" className="button" onClick={moderate}>
          {proposal.hidden
            ? t('proposals.moderation.unhide')
            : t('proposals.moderation.hide')}
        </button>
      )}
      {!proposal.viewerIsAuthor && !reported && (
        <button
          type="button"
          className="button button--link"
          onClick={sendReport}
        >
          {t('proposals.report.proposal')}
        </button>
      )}
      {reported && (
        <p ref={reportSent} role="status" tabIndex={-1}>
          {t('proposals.report.sent')}
        </p>
      )}
      {open && !proposal.hidden && <ConvertForm proposal={proposal} />}
      {error !== undefined && <ErrorMessage error={error} />}
      {dialog}
    </div>
  );
}

/** Lets a provider's owner or editor make a draft listing from the idea. */
function ConvertForm({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const convert = useMutation(ConvertProposalMutation);
  const providers = proposal.viewerOrganisations.filter(
    (organisation) => organisation.kind === 'PROVIDER',
  );
  const [organisationId, setOrganisationId] = useState(providers[0]?.id ?? '');
  const [kind, setKind] = useState<OpportunityKind>('WORKSHOP');
  if (providers.length === 0) return null;

  async function submit() {
    const result = await convert
      .mutate({ input: { proposalId: proposal.id, organisationId, kind } })
      .catch(() => null);
    if (result !== null) {
      void navigate(
        `/opportunities/${result.convertProposalToListing.id}/edit`,
      );
    }
  }

  return (
    <fieldset className="idea-convert">
      <legend>{t('proposals.convert.legend')}</legend>
      <label htmlFor={`${id}-provider`}>
        {t('proposals.convert.provider')}
      </label>
      <select
        id={`${id}-provider`}
        className="select"
        value={organisationId}
        onChange={(event) => setOrganisationId(event.target.value)}
      >
        {providers.map((provider) => (
          <option key={provider.id} value={provider.id}>
            {provider.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-kind`}>{t('proposals.convert.kind')}</label>
      <select
        id={`${id}-kind`}
        className="select"
        value={kind}
        onChange={(event) => setKind(event.target.value as OpportunityKind)}
      >
        {LISTING_KINDS.map((each) => (
          <option key={each} value={each}>
            {t(`proposals.convert.kinds.${each}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--primary"
        disabled={convert.state.status === 'pending'}
        onClick={() => void submit()}
      >
        {t('proposals.convert.submit')}
      </button>
      {convert.state.status === 'error' && (
        <ErrorMessage error={convert.state.error} />
      )}
    </fieldset>
  );
}
