import type { TFunction } from 'i18next';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorText } from '@/components/error-text';
import type { FieldIds } from '@/components/form/FormField';
import { GraphQLRequestError, isAbortError } from '@/lib/graphql/client';

import { BADGE_LIMITS, type BadgeImage } from '../badge-form-model';
import { BADGE_IMAGE_TYPES, uploadBadgeImage } from '../upload-image';

interface BadgeImageFieldProps {
  ids: FieldIds;
  organisationId: string;
  image: BadgeImage;
  /** The stored image when it is the generated one, to preview it again. */
  generatedUrl: string | null;
  /** The API's message about the image, from the last save. */
  error: string | undefined;
  onChange: (image: BadgeImage) => void;
  /** Reports an upload in progress, so the form waits before saving. */
  onBusy: (busy: boolean) => void;
}

/** Formats a byte count as kB or MB with one decimal. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} kB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function isBadgeImageType(file: File): boolean {
  return (
    BADGE_IMAGE_TYPES.includes(file.type) || /\.(png|svg)$/i.test(file.name)
  );
}

/** Words an upload failure: size and type refusals by their codes. */
function uploadErrorText(t: TFunction, error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    const entry = error.errors[0];
    const code = entry?.extensions?.code;
    if (code === 'PAYLOAD_TOO_LARGE') {
      return t('achievements.form.image.tooLarge', {
        limit: formatBytes(BADGE_LIMITS.imageBytes),
      });
    }
    if (code === 'UNSUPPORTED_MEDIA_TYPE') {
      return t('achievements.form.image.wrongType');
    }
  }

  return errorText(t, error);
}

/**
 * Uploads a PNG or SVG badge image with a progress bar and previews it, or
 * switches to the image the API generates from the first goal's colour.
 */
export function BadgeImageField({
  ids,
  organisationId,
  image,
  generatedUrl,
  error,
  onChange,
  onBusy,
}: BadgeImageFieldProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const upload = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [size, setSize] = useState<number | null>(null);
  const shownError = uploadError ?? error;
  const limit = formatBytes(BADGE_LIMITS.imageBytes);

  useEffect(function cancelUploadOnLeave() {
    return function abortUpload() {
      upload.current?.abort();
    };
  }, []);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    setUploadError(null);
    setSize(file.size);
    if (!isBadgeImageType(file)) {
      setUploadError(t('achievements.form.image.wrongType'));

      return;
    }
    if (file.size > BADGE_LIMITS.imageBytes) {
      setUploadError(
        t('achievements.form.image.tooLargeFile', {
          size: formatBytes(file.size),
          limit,
        }),
      );

      return;
    }
    await send(file);
  }

  async function send(file: File) {
    upload.current?.abort();
    const controller = new AbortController();
    upload.current = controller;
    setProgress(0);
    onBusy(true);
    try {
      const stored = await uploadBadgeImage(
        organisationId,
        file,
        setProgress,
        controller.signal,
      );
      onChange({ fileId: stored.id, previewUrl: stored.url });
      setSize(stored.byteSize);
    } catch (failure) {
      if (isAbortError(failure) || controller.signal.aborted) return;
      setUploadError(uploadErrorText(t, failure));
    } finally {
      if (upload.current === controller) {
        setProgress(null);
        onBusy(false);
      }
    }
  }

  function chooseGenerated() {
    upload.current?.abort();
    setUploadError(null);
    setSize(null);
    if (input.current !== null) input.current.value = '';
    onChange({ fileId: null, previewUrl: generatedUrl });
  }

  const generated = image.fileId === null;
  const hint = t('achievements.form.image.hint', { limit });

  return (
    <fieldset className="badge-form__image">
      <legend>{t('achievements.form.image.legend')}</legend>
      <div className="badge-form__image-row">
        <div className="badge-form__preview">
          {image.previewUrl !== null ? (
            <img
              src={image.previewUrl}
              alt={t('achievements.form.image.previewAlt')}
              width={96}
              height={96}
            />
          ) : (
            <p className="hint">
              {t('achievements.form.image.generatedLater')}
            </p>
          )}
        </div>
        <div>
          <p className="hint">
            {generated
              ? t('achievements.form.image.usingGenerated')
              : t('achievements.form.image.usingUpload')}
          </p>
          <label htmlFor={ids.control} className="field-label">
            {t('achievements.form.image.upload')}
          </label>
          <p id={ids.hint} className="hint">
            {hint}
          </p>
          <input
            ref={input}
            id={ids.control}
            type="file"
            accept=".png,.svg,image/png,image/svg+xml"
            aria-invalid={
              shownError === undefined || shownError === null ? undefined : true
            }
            aria-describedby={
              shownError === undefined || shownError === null
                ? ids.hint
                : `${ids.hint} ${ids.error}`
            }
            onChange={(event) => void choose(event)}
          />
          {size !== null && (
            <p className="hint">
              {t('achievements.form.image.size', {
                size: formatBytes(size),
                limit,
              })}
            </p>
          )}
          {progress !== null && (
            <p>
              <label>
                {t('achievements.form.image.uploading', {
                  percent: Math.round(progress * 100),
                })}{' '}
                <progress max={1} value={progress} />
              </label>
            </p>
          )}
          {shownError !== undefined && shownError !== null && (
            <p id={ids.error} className="error-text" role="alert">
              {shownError}
            </p>
          )}
          {!generated && (
            <button
              type="button"
              className="button button--secondary"
              onClick={chooseGenerated}
            >
              {t('achievements.form.image.useGenerated')}
            </button>
          )}
        </div>
      </div>
    </fieldset>
  );
}
