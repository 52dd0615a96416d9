import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';

import type { AwardDetails } from '../award-details';
import { uploadEvidence } from '../upload-evidence';

interface AwardDetailsFieldsProps {
  organisationId: string;
  details: AwardDetails;
  onChange: (details: AwardDetails) => void;
}

const NARRATIVE_MAX = 2000;

/**
 * Renders the narrative and one evidence item, an uploaded file or a link.
 * A file uploads as soon as it is picked, with its progress shown.
 */
export function AwardDetailsFields({
  organisationId,
  details,
  onChange,
}: AwardDetailsFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(undefined);
  const set = (patch: Partial<AwardDetails>) =>
    onChange({ ...details, ...patch });

  async function upload(file: File) {
    setUploadError(undefined);
    setProgress(0);
    try {
      const uploaded = await uploadEvidence(organisationId, file, setProgress);
      set({ evidenceFile: { id: uploaded.id, name: uploaded.name } });
    } catch (error) {
      setUploadError(error);
    } finally {
      setProgress(null);
    }
  }

  return (
    <fieldset className="award-details">
      <legend>{t('awards.details.legend')}</legend>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-narrative`}>
          {t('awards.details.narrative')}
        </label>
        <p className="hint" id={`${id}-narrative-hint`}>
          {t('awards.details.narrativeHint', { max: NARRATIVE_MAX })}
        </p>
        <textarea
          id={`${id}-narrative`}
          className="textarea"
          maxLength={NARRATIVE_MAX}
          rows={3}
          aria-describedby={`${id}-narrative-hint`}
          value={details.narrative}
          onChange={(event) => set({ narrative: event.target.value })}
        />
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-file`}>
          {t('awards.details.file')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          disabled={progress !== null}
          aria-describedby={
            uploadError === undefined ? undefined : `${id}-file-error`
          }
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) void upload(file);
          }}
        />
        {progress !== null && (
          <progress
            max={1}
            value={progress}
            aria-label={t('awards.details.uploading')}
          />
        )}
        {details.evidenceFile !== null && (
          <p>
            {t('awards.details.uploaded', {
              name: details.evidenceFile.name,
            })}{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => set({ evidenceFile: null })}
            >
              {t('awards.details.removeFile')}
            </button>
          </p>
        )}
        {uploadError !== undefined && (
          <RequestErrorText id={`${id}-file-error`} error={uploadError} />
        )}
      </div>
      {details.evidenceFile === null && (
        <div className="form-field">
          <label className="field-label" htmlFor={`${id}-url`}>
            {t('awards.details.link')}
          </label>
          <input
            id={`${id}-url`}
            type="url"
            className="input"
            placeholder="https://"
            value={details.evidenceUrl}
            onChange={(event) => set({ evidenceUrl: event.target.value })}
          />
        </div>
      )}
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-name`}>
          {t('awards.details.evidenceName')}
        </label>
        <input
          id={`${id}-name`}
          className="input"
          maxLength={200}
          value={details.evidenceName}
          onChange={(event) => set({ evidenceName: event.target.value })}
        />
      </div>
    </fieldset>
  );
}
