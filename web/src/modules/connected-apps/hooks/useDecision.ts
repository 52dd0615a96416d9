import { useState } from 'react';

import { useMutation } from '@/lib/graphql/useMutation';

import {
  ApproveAuthorizationMutation,
  DenyAuthorizationMutation,
} from '../graphql/connected-apps';

/** Sends the browser to a URL; replaced in tests. */
export function leaveTo(url: string): void {
  window.location.assign(url);
}

/**
 * Approves or denies an authorization request, then sends the browser to
 * the app's redirect URI with the code or the error.
 */
export function useDecision(requestId: string, navigate = leaveTo) {
  const approve = useMutation(ApproveAuthorizationMutation);
  const deny = useMutation(DenyAuthorizationMutation);
  const [error, setError] = useState<unknown>(undefined);
  const [leaving, setLeaving] = useState(false);

  async function decide(allow: boolean) {
    setError(undefined);
    try {
      const input = { requestId };
      const redirectUrl = allow
        ? (await approve.mutate({ input })).approveOAuthAuthorization
            .redirectUrl
        : (await deny.mutate({ input })).denyOAuthAuthorization.redirectUrl;
      setLeaving(true);
      navigate(redirectUrl);
    } catch (caught) {
      setError(caught);
    }
  }

  const busy =
    leaving ||
    approve.state.status === 'pending' ||
    deny.state.status === 'pending';

  return { decide, busy, error };
}
