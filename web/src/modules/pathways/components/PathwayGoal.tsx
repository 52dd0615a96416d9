import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { PathwayDetailQuery } from '@/gql/graphql';

type Pathway = NonNullable<PathwayDetailQuery['pathway']>;

/** Renders the goal badge, and a link to it once the learner received it. */
export function PathwayGoal({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  const goal = pathway.goalAchievement;
  const credentialId = pathway.myProgress?.goalCredentialId ?? null;

  return (
    <section aria-labelledby="pathway-goal-heading" className="pathway-goal">
      <h2 id="pathway-goal-heading">{t('pathways.goalHeading')}</h2>
      <div className="pathway-goal__body">
        <img
          src={goal.imageUrl}
          alt={t('pathways.goalImageAlt', { name: goal.name })}
          width={96}
          height={96}
        />
        <div>
          <p>
            <strong>{goal.name}</strong>
          </p>
          <p>{t('pathways.goalIntro', { name: pathway.organisation.name })}</p>
          {pathway.myProgress?.complete === true && (
            <p className="pathway-goal__earned">
              {t('pathways.goalEarned')}{' '}
              {credentialId !== null && (
                <Link to={`/badges/${credentialId}`}>
                  {t('pathways.goalView')}
                </Link>
              )}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
