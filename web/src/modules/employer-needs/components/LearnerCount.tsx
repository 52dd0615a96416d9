import { useTranslation } from 'react-i18next';

interface LearnerCountProps {
  count: { value?: number | null; suppressed: boolean };
  /** The id of the note that explains "fewer than 5". */
  noteId: string;
}

/**
 * Renders how many nearby learners hold a matching badge. A count from 1
 * to 4 is withheld by the API, so that nobody can be singled out, and
 * reads "fewer than 5" with the note that says why.
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

  return <>{t('employerNeeds.learnerCount.value', { count: count.value })}</>;
}

/** Renders the note that explains suppressed counts. */
export function SuppressedNote({ id }: { id: string }) {
  const { t } = useTranslation();

  return (
    <p id={id} className="hint need-note">
      {t('employerNeeds.learnerCount.note')}
    </p>
  );
}
