import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { SkillNeedStatus } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';

import { UpdateSkillNeedMutation } from '../graphql/needs';

interface NeedStatusButtonProps {
  need: { id: string; title: string; status: SkillNeedStatus };
  /** Called with the new status once the API saved it. */
  onChanged: (status: SkillNeedStatus) => void;
}

/** Renders "Close" for an open need and "Reopen" for a closed one. */
export function NeedStatusButton({ need, onChanged }: NeedStatusButtonProps) {
  const { t } = useTranslation();
  const update = useMutation(UpdateSkillNeedMutation);
  const next: SkillNeedStatus = need.status === 'OPEN' ? 'CLOSED' : 'OPEN';

  async function change() {
    try {
      const result = await update.mutate({
        input: { id: need.id, status: next },
      });
      onChanged(result.updateSkillNeed.status);
    } catch {
      // The mutation state holds the error, which is shown below.
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={update.state.status === 'pending'}
        onClick={() => void change()}
      >
        {t(next === 'CLOSED' ? 'employerNeeds.close' : 'employerNeeds.reopen')}
        <span className="visually-hidden"> {need.title}</span>
      </button>
      {update.state.status === 'error' && (
        <ErrorMessage
          error={update.state.error}
          summaryKey="employerNeeds.statusFailed"
        />
      )}
    </>
  );
}

/** Returns the key of a need's status text: open, closed, or past its date. */
export function statusKey(need: {
  status: SkillNeedStatus;
  isOpen: boolean;
}): string {
  if (need.status === 'CLOSED') return 'employerNeeds.status.closed';

  return need.isOpen
    ? 'employerNeeds.status.open'
    : 'employerNeeds.status.expired';
}
