import { useCallback } from 'react';
import { useNavigate } from 'react-router';

import { withNotice } from '@/app/notice';
import { useMutation } from '@/lib/graphql/useMutation';

import { SignOutMutation } from '../graphql/viewer';

/**
 * Ends this browser's session and goes to the home page, where the shell
 * reloads the viewer. A failure stays in `state` for the caller to show.
 */
export function useSignOut() {
  const navigate = useNavigate();
  const { state, mutate } = useMutation(SignOutMutation);

  const signOut = useCallback(async () => {
    try {
      await mutate({});
    } catch {
      return;
    }
    await navigate('/', {
      state: withNotice({ key: 'shell.signedOut' }, { refreshViewer: true }),
    });
  }, [mutate, navigate]);

  return { signOut, state };
}
