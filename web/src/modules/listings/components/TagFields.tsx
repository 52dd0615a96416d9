import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { useReferenceData } from '@/modules/filters/hooks/useReferenceData';

interface TagFieldsProps {
  sdgs: number[];
  skills: string[];
  onChange: (patch: { sdgs?: number[]; skills?: string[] }) => void;
  errorOf: (field: string) => string | undefined;
}

function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  const without = values.filter((item) => item !== value);

  return on ? [...without, value] : without;
}

/** Renders the goals and skills a listing aligns to, as checkboxes. */
export function TagFields({ sdgs, skills, onChange, errorOf }: TagFieldsProps) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const sdgError = errorOf('sdgs');
  const skillError = errorOf('skills');

  if (reference.status === 'error') {
    return (
      <ErrorMessage
        error={reference.error}
        summaryKey="listingForm.tags.loadFailed"
        onRetry={reference.retry}
      />
    );
  }
  if (reference.sdgs.length === 0) {
    return <p role="status">{t('listingForm.tags.loading')}</p>;
  }

  return (
    <>
      <fieldset className="tag-fields">
        <legend>{t('listingForm.tags.sdgs')}</legend>
        {sdgError !== undefined && <p className="error-text">{sdgError}</p>}
        <div className="tag-fields__grid">
          {reference.sdgs.map((sdg) => (
            <label key={sdg.number} className="tag-fields__option">
              <input
                type="checkbox"
                checked={sdgs.includes(sdg.number)}
                onChange={(event) =>
                  onChange({
                    sdgs: toggle(sdgs, sdg.number, event.target.checked).sort(
                      (a, b) => a - b,
                    ),
                  })
                }
              />
              {t('listingForm.tags.sdgOption', {
                number: sdg.number,
                title: t(`sdg.${sdg.number}`, { defaultValue: sdg.shortTitle }),
              })}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="tag-fields">
        <legend>{t('listingForm.tags.skills')}</legend>
        {skillError !== undefined && <p className="error-text">{skillError}</p>}
        <div className="tag-fields__grid">
          {reference.skills.map((skill) => (
            <label key={skill.id} className="tag-fields__option">
              <input
                type="checkbox"
                checked={skills.includes(skill.id)}
                onChange={(event) =>
                  onChange({
                    skills: toggle(skills, skill.id, event.target.checked),
                  })
                }
              />
              {t(`skill.${skill.id}`, { defaultValue: skill.name })}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
