import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { SkillNeedQuery } from '@/gql/graphql';

import { useNeedFormats } from '../hooks/useNeedFormats';
import { SkillNames } from './SkillList';

type LearnerMatch = NonNullable<
  NonNullable<SkillNeedQuery['skillNeed']>['myMatch']
>;

/**
 * Renders how the signed-in learner's valid badges fit the need: the
 * skills held and missing, and nearby pathways that add missing skills.
 */
export function MyNeedMatch({ match }: { match: LearnerMatch }) {
  const { t } = useTranslation();
  const formats = useNeedFormats();

  return (
    <div className="need-fit">
      <h3>{t('employerNeeds.myMatch.title')}</h3>
      <dl className="need-facts">
        <dt>{t('employerNeeds.myMatch.held')}</dt>
        <dd>
          {match.heldSkills.length === 0 ? (
            t('employerNeeds.myMatch.noneHeld')
          ) : (
            <SkillNames skills={match.heldSkills} />
          )}
        </dd>
        <dt>{t('employerNeeds.myMatch.missing')}</dt>
        <dd>
          {match.missingSkills.length === 0 ? (
            t('employerNeeds.myMatch.noneMissing')
          ) : (
            <SkillNames skills={match.missingSkills} />
          )}
        </dd>
      </dl>
      {match.missingSkills.length > 0 && (
        <>
          <h4>{t('employerNeeds.myMatch.pathways')}</h4>
          {match.pathways.length === 0 ? (
            <p>{t('employerNeeds.myMatch.noPathways')}</p>
          ) : (
            <ul className="need-fit__pathways">
              {match.pathways.map((suggestion) => (
                <li key={suggestion.pathway.id}>
                  <Link to={`/pathways/${suggestion.pathway.id}`}>
                    {suggestion.pathway.title}
                  </Link>{' '}
                  {t('employerNeeds.matches.pathwayBy', {
                    name: suggestion.pathway.organisation.name,
                  })}
                  <br />
                  <span className="hint">
                    {t('employerNeeds.myMatch.adds')}{' '}
                    <SkillNames skills={suggestion.addsSkills} />
                    {' · '}
                    {t('employerNeeds.distance', {
                      km: formats.km(suggestion.distanceKm),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
