import { useTranslation } from 'react-i18next';

interface LearnerCountProps {
  count: { value?: number | null; suppressed: boolean };
  /** The id of the note that explains how counts are rounded. */
  noteId: string;
}

/**
 * Renders how many nearby learners hold a matching badge. The API rounds
 * the count down to a multiple of 5 and withholds 1 to 4, so that nobody
 * can be singled out: 10 reads "10 or more learners", a withheld count
 * "fewer than 5", each with the note that says why.
 */
export function LearnerCount({ count, noteId }: LearnerCountProps) {
  const { t } = useTranslation();
  if (count.suppressed || count.value === null || count.value === undefined) {
    return (
      <span aria-describedby={noteId}>
        {t('employerNeeds.learnerCount.suppressed')}
      </span>
    );
  }
  if (count.value === 0) {
    return <>{t('employerNeeds.learnerCount.none')}</>;
  }

  return (
    <span aria-describedby={noteId}>
      {t('employerNeeds.learnerCount.value', { count: count.value })}
    </span>
  );
}

/** Renders the note that explains rounded and withheld counts. */
export function SuppressedNote({ id }: { id: string }) {
  const { t } = useTranslation();

  return (
    <p id={id} className="hint need-note">
      {t('employerNeeds.learnerCount.note')}
    </p>
  );
}
