import { useRef, useState } from 'react';

import type { IssuedBadgeFieldsFragment } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  ReinstateCredentialMutation,
  RevokeCredentialMutation,
  SuspendCredentialMutation,
} from '../graphql/issued-badges';
import type { StatusAction } from '../status-actions';

/** The credential whose status is being changed, and how. */
export interface OpenChange {
  credential: IssuedBadgeFieldsFragment;
  action: StatusAction;
}

/**
 * Runs the status change that the dialog confirms and keeps each changed
 * credential as the API returned it, so its row shows the new status
 * without reloading the list.
 */
export function useStatusChange() {
  const revoke = useMutation(RevokeCredentialMutation);
  const suspend = useMutation(SuspendCredentialMutation);
  const reinstate = useMutation(ReinstateCredentialMutation);
  const [open, setOpen] = useState<OpenChange | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [changed, setChanged] = useState<
    Record<string, IssuedBadgeFieldsFragment>
  >({});
  const [done, setDone] = useState<OpenChange | null>(null);
  // Cancelling returns focus to the button that opened the dialog.
  const trigger = useRef<HTMLElement | null>(null);

  async function send(
    action: StatusAction,
    input: { credentialId: string; reason: string },
  ): Promise<IssuedBadgeFieldsFragment> {
    switch (action) {
      case 'revoke':
        return (await revoke.mutate({ input })).revokeCredential;
      case 'suspend':
        return (await suspend.mutate({ input })).suspendCredential;
      case 'reinstate':
        return (await reinstate.mutate({ input })).reinstateCredential;
    }
  }

  async function confirm(reason: string) {
    if (open === null) return;
    setError(undefined);
    try {
      const credential = await send(open.action, {
        credentialId: open.credential.id,
        reason,
      });
      setChanged((previous) => ({ ...previous, [credential.id]: credential }));
      setDone({ credential, action: open.action });
      setOpen(null);
    } catch (caught) {
      setError(caught);
    }
  }

  function start(change: OpenChange) {
    setError(undefined);
    setDone(null);
    trigger.current = document.activeElement as HTMLElement | null;
    setOpen(change);
  }

  function close() {
    setError(undefined);
    setOpen(null);
    trigger.current?.focus();
  }

  const busy = [revoke, suspend, reinstate].some(
    (mutation) => mutation.state.status === 'pending',
  );

  return { open, error, busy, changed, done, start, close, confirm };
}
