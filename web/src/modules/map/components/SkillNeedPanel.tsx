import '../skill-need-marker.css';

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';

import type { useSkillNeedLayer } from '../hooks/useSkillNeedLayer';

interface SkillNeedPanelProps {
  layer: ReturnType<typeof useSkillNeedLayer>;
  /** False until there is an area to search. */
  hasArea: boolean;
}

/**
 * Renders the switch for the skill needs layer and, while it is on, the
 * list twin of its markers: each need links to its page.
 */
export function SkillNeedPanel({ layer, hasArea }: SkillNeedPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { markers } = layer;
  const list = markers.data?.skillNeedMarkers ?? [];

  return (
    <section className="need-layer" aria-labelledby={headingId}>
      <label className="need-layer__toggle">
        <input
          type="checkbox"
          checked={layer.shown}
          onChange={(event) => layer.setShown(event.target.checked)}
        />
        <span className="need-layer__key" aria-hidden="true">
          <span className="need-marker__shape" />
        </span>
        {t('employerNeeds.layer.toggle')}
      </label>
      <h2
        id={headingId}
        className={layer.shown ? 'need-layer__heading' : 'visually-hidden'}
      >
        {t('employerNeeds.layer.heading')}
      </h2>
      {layer.shown && (
        <>
          {!hasArea && (
            <p className="hint">{t('employerNeeds.layer.noArea')}</p>
          )}
          {markers.status === 'loading' && (
            <p role="status">{t('employerNeeds.layer.loading')}</p>
          )}
          {markers.status === 'error' && (
            <ErrorMessage
              error={markers.error}
              summaryKey="employerNeeds.layer.loadFailed"
              onRetry={markers.retry}
            />
          )}
          {markers.status === 'success' && list.length === 0 && (
            <p>{t('employerNeeds.layer.empty')}</p>
          )}
          {list.length > 0 && (
            <ul className="need-layer__list">
              {list.map((marker) => (
                <li key={marker.id}>
                  <Link to={`/needs/${marker.id}`}>{marker.title}</Link>
                  <span className="hint"> {marker.employerName}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
