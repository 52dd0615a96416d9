import '../verify.css';

import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormatLocale } from '@/i18n/useFormatLocale';
import { usePageTitle } from '@/lib/document/usePageTitle';

import {
  ACCEPTED_FILES,
  badgeFileKind,
  formatByteSize,
  readFileText,
} from '../badge-file';
import {
  useVerification,
  type VerificationSource,
} from '../hooks/useVerification';
import { VerificationError } from './VerificationError';
import { VerificationResults } from './VerificationResults';
import { verdictSummary } from './VerificationVerdict';

/** Reads the chosen file, or the pasted text, into what to verify. */
async function sourceOf(
  file: File | null,
  text: string,
): Promise<VerificationSource | null> {
  if (file !== null) {
    if (badgeFileKind(file) === 'png') return { kind: 'png', file };

    return {
      kind: 'text',
      text: await readFileText(file),
      contentType: file.type,
    };
  }
  if (text.trim() === '') return null;

  return { kind: 'text', text: text.trim() };
}

/**
 * Renders the public verify page. A visitor pastes a credential or chooses
 * a badge file, may give the recipient's e-mail address, and gets each
 * check's outcome.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  usePageTitle(t('verify.title'));
  const locale = useFormatLocale();
  const ids = { text: useId(), file: useId(), email: useId(), hint: useId() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [email, setEmail] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const { state, verify, reset } = useVerification();

  function chooseFile(chosen: File | null) {
    setInputError(null);
    reset();
    if (chosen !== null && badgeFileKind(chosen) === null) {
      setInputError(
        t('verify.errors.fileType', {
          name: chosen.name,
          type: chosen.type || t('verify.unknownType'),
        }),
      );
      setFile(null);
      if (fileInput.current !== null) fileInput.current.value = '';

      return;
    }
    setFile(chosen);
  }

  function removeFile() {
    reset();
    setFile(null);
    if (fileInput.current !== null) fileInput.current.value = '';
    fileInput.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setInputError(null);
    // A result left from an earlier attempt would sit beside this one's error.
    reset();
    let source: VerificationSource | null;
    try {
      source = await sourceOf(file, text);
    } catch (error) {
      setInputError(
        t('verify.errors.fileUnreadable', {
          name: file?.name,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );

      return;
    }
    if (source === null) {
      setInputError(t('verify.errors.empty'));

      return;
    }
    const recipient = email.trim();
    await verify(source, recipient === '' ? null : recipient);
  }

  const pending = state.status === 'pending';

  return (
    <main className="page verify-page">
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      <form
        className="form verify-form"
        aria-label={t('verify.title')}
        noValidate
        onSubmit={(event) => void handleSubmit(event)}
      >
        <div className="form-field">
          <label className="field-label" htmlFor={ids.text}>
            {t('verify.credentialLabel')}
          </label>
          <p className="hint" id={ids.hint}>
            {t('verify.credentialHint', { brace: '{' })}
          </p>
          <textarea
            id={ids.text}
            className="text-input"
            aria-describedby={ids.hint}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              reset();
            }}
          />
        </div>
        <div className="form-field">
          <label className="field-label" htmlFor={ids.file}>
            {t('verify.fileLabel')}
          </label>
          <p className="hint" id={`${ids.file}-hint`}>
            {t('verify.fileHint')}
          </p>
          <input
            ref={fileInput}
            id={ids.file}
            type="file"
            accept={ACCEPTED_FILES}
            aria-describedby={`${ids.file}-hint`}
            onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
          />
          {file !== null && (
            <p className="verify-form__file">
              <span>
                {t('verify.fileChosen', {
                  name: file.name,
                  size: formatByteSize(file.size, locale),
                })}
              </span>
              <button
                type="button"
                className="button button--secondary"
                onClick={removeFile}
              >
                {t('verify.removeFile')}
              </button>
            </p>
          )}
        </div>
        <div className="form-field">
          <label className="field-label" htmlFor={ids.email}>
            {t('verify.emailLabel')}
          </label>
          <p className="hint" id={`${ids.email}-hint`}>
            {t('verify.emailHint')}
          </p>
          <input
            id={ids.email}
            className="text-input"
            type="email"
            autoComplete="email"
            aria-describedby={`${ids.email}-hint`}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        {inputError !== null && (
          <p className="error-text" role="alert">
            {inputError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? t('verify.verifying') : t('verify.submit')}
          </button>
        </div>
      </form>
      <p role="status" className="visually-hidden">
        {pending && t('verify.verifying')}
        {state.status === 'success' && verdictSummary(t, state.result)}
      </p>
      {state.status === 'error' && <VerificationError error={state.error} />}
      {state.status === 'success' && (
        <VerificationResults result={state.result} />
      )}
    </main>
  );
}
