import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface BadgeFilterProps {
  designs: readonly { node: { id: string; name: string } }[];
  /** The chosen design's id, or empty for every design. */
  value: string;
  onChange: (achievementId: string) => void;
}

/** Renders the choice of badge design whose issued badges are listed. */
export function BadgeFilter({ designs, value, onChange }: BadgeFilterProps) {
  const { t } = useTranslation();
  const id = useId();
  if (designs.length === 0) return null;

  return (
    <div className="form-field issued-badges-page__filter">
      <label className="field-label" htmlFor={id}>
        {t('issuedBadges.filter')}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('issuedBadges.allBadges')}</option>
        {designs.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.name}
          </option>
        ))}
      </select>
    </div>
  );
}
