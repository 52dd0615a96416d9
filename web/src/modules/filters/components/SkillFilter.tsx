import { useTranslation } from 'react-i18next';

import type { SkillGroup } from '@/gql/graphql';

import type { Skill } from '../hooks/useReferenceData';
import { CheckboxChip, toggleValue } from './CheckboxChip';

// The WEF order: foundational literacies, competencies, character qualities.
const GROUP_ORDER: Record<SkillGroup, number> = {
  FOUNDATIONAL_LITERACY: 1,
  COMPETENCY: 2,
  CHARACTER_QUALITY: 3,
};

const GROUPS = (Object.keys(GROUP_ORDER) as SkillGroup[]).sort(
  (a, b) => GROUP_ORDER[a] - GROUP_ORDER[b],
);

interface SkillFilterProps {
  skills: readonly Skill[];
  selected: readonly string[];
  onChange: (skills: string[]) => void;
}

/** Renders the 16 skills as checkboxes in their three groups. */
export function SkillFilter({ skills, selected, onChange }: SkillFilterProps) {
  const { t } = useTranslation();

  return (
    <fieldset className="filter-group">
      <legend>{t('filters.skills')}</legend>
      {GROUPS.map((group) => (
        <fieldset key={group} className="filter-subgroup">
          <legend>{t(`skillGroup.${group}`)}</legend>
          <div className="chip-grid">
            {skills
              .filter((skill) => skill.group === group)
              .map((skill) => (
                <CheckboxChip
                  key={skill.id}
                  checked={selected.includes(skill.id)}
                  onChange={(on) =>
                    onChange(toggleValue(selected, skill.id, on))
                  }
                >
                  {t(`skill.${skill.id}`, { defaultValue: skill.name })}
                </CheckboxChip>
              ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
