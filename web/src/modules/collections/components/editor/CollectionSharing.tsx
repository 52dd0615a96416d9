import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  ReplaceCollectionShareLinkMutation,
  SetCollectionPublicMutation,
} from '../../graphql/collections';
import type { CollectionPartProps } from './collection-part';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text with the Clipboard API, which needs a secure context. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);

    return true;
  } catch {
    return false;
  }
}

/**
 * Makes a collection public after a confirmation that its badges get
 * shared, and copies, replaces or turns off its share link.
 */
export function CollectionSharing({
  collection,
  onChanged,
}: CollectionPartProps) {
  const { t } = useTranslation();
  const setPublic = useMutation(SetCollectionPublicMutation);
  const replace = useMutation(ReplaceCollectionShareLinkMutation);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const id = useId();
  const input = { collectionId: collection.id };

  async function changeVisibility(value: boolean) {
    if (value && !window.confirm(t('collections.sharing.confirmPublic'))) {
      return;
    }
    replace.reset();
    setCopyState('idle');
    try {
      const result = await setPublic.mutate({
        input: { ...input, public: value },
      });
      onChanged(result.setCollectionPublic);
    } catch {
      // The error shows below the buttons.
    }
  }

  async function replaceLink() {
    if (!window.confirm(t('collections.sharing.confirmReplace'))) return;
    setPublic.reset();
    setCopyState('idle');
    try {
      onChanged((await replace.mutate({ input })).replaceCollectionShareLink);
    } catch {
      // The error shows below the buttons.
    }
  }

  async function copy(url: string) {
    setCopyState((await copyText(url)) ? 'copied' : 'failed');
  }

  const error =
    setPublic.state.status === 'error'
      ? setPublic.state.error
      : replace.state.status === 'error'
        ? replace.state.error
        : null;
  const busy =
    setPublic.state.status === 'pending' || replace.state.status === 'pending';
  const shareUrl = collection.public ? collection.shareUrl : null;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('collections.sharing.title')}</h2>
      <p>
        {t(
          shareUrl === null
            ? 'collections.sharing.isPrivate'
            : 'collections.sharing.isPublic',
        )}
      </p>
      {shareUrl === null ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void changeVisibility(true)}
        >
          {t('collections.sharing.makePublic')}
        </button>
      ) : (
        <>
          <p className="collection-share__link">
            <a href={shareUrl}>{shareUrl}</a>
          </p>
          <div className="collection-share__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void copy(shareUrl)}
            >
              {t('collections.sharing.copy')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void replaceLink()}
            >
              {t('collections.sharing.replace')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void changeVisibility(false)}
            >
              {t('collections.sharing.turnOff')}
            </button>
          </div>
        </>
      )}
      <p role="status">
        {copyState === 'copied' && t('collections.sharing.copied')}
        {copyState === 'failed' && t('collections.sharing.copyFailed')}
      </p>
      {error !== null && <RequestErrorText id={`${id}-error`} error={error} />}
    </section>
  );
}
