import { useTranslation } from 'react-i18next';

/** Renders skills as a comma-separated list, in the page language. */
export function SkillNames({
  skills,
}: {
  skills: readonly { id: string; name: string }[];
}) {
  const { t, i18n } = useTranslation();
  const names = skills.map((skill) =>
    t(`skill.${skill.id}`, { defaultValue: skill.name }),
  );
  const list = new Intl.ListFormat(i18n.language, {
    style: 'long',
    type: 'conjunction',
  });

  return (
    <>{names.length === 0 ? t('employerNeeds.noSkills') : list.format(names)}</>
  );
}
