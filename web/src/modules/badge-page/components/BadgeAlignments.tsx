import { useTranslation } from 'react-i18next';

import { SdgChips } from '@/modules/opportunities/components/SdgChips';

import type { BadgeCredential } from '../badge-types';

/** The goals, targets and skills the badge is aligned to. */
export function BadgeAlignments({
  achievement,
}: {
  achievement: BadgeCredential['achievement'];
}) {
  const { t } = useTranslation();
  const skills = [...achievement.skills].sort(
    (a, b) => a.position - b.position,
  );
  const empty =
    achievement.sdgs.length === 0 &&
    achievement.sdgTargets.length === 0 &&
    skills.length === 0 &&
    achievement.escoSkillUris.length === 0;
  if (empty) return null;

  return (
    <section aria-labelledby="badge-alignments">
      <h2 id="badge-alignments">{t('badgePage.alignments')}</h2>
      {achievement.sdgs.length > 0 && (
        <>
          <h3>{t('badgePage.sdgs')}</h3>
          <SdgChips sdgs={achievement.sdgs} withTitles />
        </>
      )}
      {achievement.sdgTargets.length > 0 && (
        <>
          <h3>{t('badgePage.sdgTargets')}</h3>
          <ul className="badge-page__tags">
            {achievement.sdgTargets.map((code) => (
              <li key={code}>{t('badgePage.sdgTarget', { code })}</li>
            ))}
          </ul>
        </>
      )}
      {skills.length > 0 && (
        <>
          <h3>{t('badgePage.skills')}</h3>
          <ul className="skills">
            {skills.map((skill) => (
              <li key={skill.id}>
                {t(`skill.${skill.id}`, { defaultValue: skill.name })}
              </li>
            ))}
          </ul>
        </>
      )}
      {achievement.escoSkillUris.length > 0 && (
        <>
          <h3>{t('badgePage.escoSkills')}</h3>
          <ul className="badge-page__links">
            {achievement.escoSkillUris.map((uri) => (
              <li key={uri}>
                <a href={uri} rel="noopener noreferrer">
                  {uri}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
