import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ConfirmDialog';
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

/** The control that takes the focus after an action changes the section. */
type FocusTarget = 'link' | 'makePublic' | 'replace';

/**
 * Makes a collection public after a confirmation that its badges get
 * shared, and copies, replaces or turns off its share link. After each
 * action the focus moves to what replaced the pressed button: the share
 * link, or "Make public" once the link is off.
 */
export function CollectionSharing({
  collection,
  onChanged,
}: CollectionPartProps) {
  const { t } = useTranslation();
  const setPublic = useMutation(SetCollectionPublicMutation);
  const replace = useMutation(ReplaceCollectionShareLinkMutation);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const [dialog, setDialog] = useState<'makePublic' | 'replace' | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const targets = {
    link: useRef<HTMLAnchorElement>(null),
    makePublic: useRef<HTMLButtonElement>(null),
    replace: useRef<HTMLButtonElement>(null),
  };
  const id = useId();
  const input = { collectionId: collection.id };

  useEffect(function focusAfterAction() {
    if (focusTarget === null) return;
    targets[focusTarget].current?.focus();
    setFocusTarget(null);
  });

  async function changeVisibility(value: boolean) {
    replace.reset();
    setCopyState('idle');
    const result = await setPublic.mutate({
      input: { ...input, public: value },
    });
    onChanged(result.setCollectionPublic);
    setDialog(null);
    setFocusTarget(value ? 'link' : 'makePublic');
  }

  async function replaceLink() {
    setPublic.reset();
    setCopyState('idle');
    onChanged((await replace.mutate({ input })).replaceCollectionShareLink);
    setDialog(null);
    setFocusTarget('link');
  }

  async function turnOff() {
    try {
      await changeVisibility(false);
    } catch {
      // The error shows below the buttons.
    }
  }

  function cancelDialog(opener: FocusTarget) {
    setDialog(null);
    setPublic.reset();
    replace.reset();
    setFocusTarget(opener);
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
    <section aria-labelledby={`${id}-title`} className="collection-share">
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
          ref={targets.makePublic}
          type="button"
          className="button"
          disabled={busy}
          onClick={() => setDialog('makePublic')}
        >
          {t('collections.sharing.makePublic')}
        </button>
      ) : (
        <>
          <p className="collection-share__link">
            <a ref={targets.link} href={shareUrl}>
              {shareUrl}
            </a>
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
              ref={targets.replace}
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => setDialog('replace')}
            >
              {t('collections.sharing.replace')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => void turnOff()}
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
      {error !== null && dialog === null && (
        <RequestErrorText id={`${id}-error`} error={error} />
      )}
      {dialog === 'makePublic' && (
        <ConfirmDialog
          title={t('collections.sharing.publicDialog.title')}
          text={t('collections.sharing.publicDialog.text')}
          confirmLabel={t('collections.sharing.publicDialog.confirm')}
          onConfirm={() => changeVisibility(true)}
          onCancel={() => cancelDialog('makePublic')}
        />
      )}
      {dialog === 'replace' && (
        <ConfirmDialog
          title={t('collections.sharing.replaceDialog.title')}
          text={t('collections.sharing.replaceDialog.text')}
          confirmLabel={t('collections.sharing.replaceDialog.confirm')}
          onConfirm={replaceLink}
          onCancel={() => cancelDialog('replace')}
        />
      )}
    </section>
  );
}
