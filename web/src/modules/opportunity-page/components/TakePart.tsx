import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { RegisterSection } from '@/modules/registrations/components/RegisterSection';

import { calendarPath } from '../links';

/**
 * Renders registration for the upcoming sessions and a link to the
 * sessions as an iCalendar file.
 */
export function TakePart({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const hintId = useId();

  return (
    <section
      className="opportunity-page__take-part"
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('opportunityPage.takePart.heading')}</h2>
      <RegisterSection opportunityId={opportunityId} />
      <p className="opportunity-page__calendar">
        <a
          className="button button--secondary"
          href={calendarPath(opportunityId)}
          download
          aria-describedby={hintId}
        >
          {t('opportunityPage.takePart.calendar')}
        </a>
      </p>
      <p id={hintId} className="hint">
        {t('opportunityPage.takePart.calendarHint')}
      </p>
    </section>
  );
}
