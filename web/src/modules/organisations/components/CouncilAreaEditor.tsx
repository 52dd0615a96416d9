import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { describedBy, fieldIds, FormField } from '@/components/form/FormField';
import { useMutation } from '@/lib/graphql/useMutation';
import type { GeoPoint } from '@/modules/map/geo';

import { parseArea, toGeoJsonPolygon } from '../area-geojson';
import { SetCouncilAreaMutation } from '../graphql/organisations';
import { sendFile } from '../rest';
import { CouncilAreaMap } from './CouncilAreaMap';

/** The upload route's body limit (5 MB). */
const MAX_AREA_BYTES = 5 * 1024 * 1024;

interface CouncilAreaEditorProps {
  organisationId: string;
  area: string | null;
  canEdit: boolean;
  onSaved: () => void;
}

type UploadState =
  | { status: 'idle' }
  | { status: 'sending'; fileName: string }
  | { status: 'error'; error: unknown }
  | { status: 'too-large'; fileName: string };

/**
 * Renders the council's area on a map. Owners replace it by uploading a
 * GeoJSON file, which is the keyboard route, or by clicking corners on the
 * map and saving the polygon.
 */
export function CouncilAreaEditor({
  organisationId,
  area,
  canEdit,
  onSaved,
}: CouncilAreaEditorProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const fileIds = fieldIds(baseId, 'area-file');
  const stored = useMemo(() => parseArea(area), [area]);
  const [corners, setCorners] = useState<GeoPoint[]>([]);
  const [notice, setNotice] = useState('');
  const [upload, setUpload] = useState<UploadState>({ status: 'idle' });
  const save = useMutation(SetCouncilAreaMutation);

  async function uploadFile(file: File) {
    if (file.size > MAX_AREA_BYTES) {
      setUpload({ status: 'too-large', fileName: file.name });

      return;
    }
    setUpload({ status: 'sending', fileName: file.name });
    try {
      await sendFile(
        `/api/organisations/${encodeURIComponent(organisationId)}/area`,
        'PUT',
        'application/geo+json',
        file,
      );
      setUpload({ status: 'idle' });
      setNotice(t('dashboard.area.uploaded', { fileName: file.name }));
      onSaved();
    } catch (error) {
      setUpload({ status: 'error', error });
    }
  }

  async function saveDrawing() {
    try {
      await save.mutate({
        input: { organisationId, geoJson: toGeoJsonPolygon(corners) },
      });
      setCorners([]);
      setNotice(t('dashboard.area.saved'));
      onSaved();
    } catch {
      // The error shows below the buttons.
    }
  }

  return (
    <section className="council-area" aria-labelledby={`${baseId}-heading`}>
      <h3 id={`${baseId}-heading`}>{t('dashboard.area.title')}</h3>
      <p>
        {stored === null ? t('dashboard.area.none') : t('dashboard.area.shown')}
      </p>
      <CouncilAreaMap
        area={stored}
        corners={corners}
        onAddCorner={(corner) => {
          if (canEdit) setCorners((previous) => [...previous, corner]);
        }}
      />
      <p role="status" className="council-area__status">
        {notice}
        {canEdit &&
          corners.length > 0 &&
          ` ${t('dashboard.area.corners', { count: corners.length })}`}
      </p>
      {canEdit && (
        <>
          <p className="hint">{t('dashboard.area.drawHelp')}</p>
          <div className="council-area__actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={corners.length === 0}
              onClick={() => setCorners((previous) => previous.slice(0, -1))}
            >
              {t('dashboard.area.undo')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={corners.length === 0}
              onClick={() => setCorners([])}
            >
              {t('dashboard.area.clear')}
            </button>
            <button
              type="button"
              className="button"
              disabled={corners.length < 3 || save.state.status === 'pending'}
              onClick={() => void saveDrawing()}
            >
              {t('dashboard.area.save')}
            </button>
          </div>
          {save.state.error !== undefined && (
            <ErrorMessage error={save.state.error} />
          )}
          <FormField
            ids={fileIds}
            label={t('dashboard.area.upload')}
            hint={t('dashboard.area.uploadHint')}
          >
            <input
              id={fileIds.control}
              type="file"
              accept=".geojson,.json,application/geo+json,application/json"
              disabled={upload.status === 'sending'}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file !== undefined) void uploadFile(file);
              }}
              {...describedBy(fileIds, true, undefined)}
            />
          </FormField>
          {upload.status === 'sending' && (
            <p role="status">
              <progress aria-label={t('dashboard.area.uploading', upload)} />{' '}
              {t('dashboard.area.uploading', upload)}
            </p>
          )}
          {upload.status === 'too-large' && (
            <p className="error-text" role="alert">
              {t('dashboard.area.tooLarge', upload)}
            </p>
          )}
          {upload.status === 'error' && <ErrorMessage error={upload.error} />}
        </>
      )}
    </section>
  );
}
