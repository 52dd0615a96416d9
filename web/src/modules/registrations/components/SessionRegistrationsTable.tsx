import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type {
  Attendance,
  SessionRegistrationFieldsFragment,
  SessionRegistrationsQuery,
} from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { SessionAwardPanel } from '@/modules/awards/components/SessionAwardPanel';
import { formatSessionTime } from '@/modules/opportunities/format';

import { useAttendanceMarks } from '../hooks/useAttendanceMarks';
import { useTimeReached } from '../hooks/useTimeReached';
import { ConfirmStep } from './ConfirmStep';

const ATTENDANCE_VALUES: readonly Attendance[] = ['ATTENDED', 'ABSENT'];

interface SessionRegistrationsTableProps {
  sessionId: string;
  session: SessionRegistrationsQuery['sessionRegistrations']['session'];
  rows: readonly SessionRegistrationFieldsFragment[];
}

/**
 * Renders the learners of a session with a control per registered learner to
 * mark them attended or absent, and "Mark everyone attended". Both stay
 * disabled, with the time they open shown, until the API accepts attendance
 * (`attendanceOpensAt`, an hour before the start).
 */
export function SessionRegistrationsTable({
  sessionId,
  session,
  rows,
}: SessionRegistrationsTableProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const marks = useAttendanceMarks(sessionId, rows);
  const [confirming, setConfirming] = useState(false);
  const open = useTimeReached(Date.parse(session.attendanceOpensAt));
  const opensAtId = useId();
  const captionId = useId();
  // The whole session, not only the rows loaded so far.
  const registeredCount = session.registeredCount;

  return (
    <>
      {!open && (
        <p id={opensAtId} className="hint">
          {t('sessionRegistrations.attendanceOpens', {
            time: formatSessionTime(
              session.attendanceOpensAt,
              session.timeZone,
              locale,
            ),
          })}
        </p>
      )}
      {confirming ? (
        <ConfirmStep
          question={t('sessionRegistrations.markAllQuestion', {
            count: registeredCount,
          })}
          confirmLabel={t('sessionRegistrations.markAllConfirm')}
          cancelLabel={t('sessionRegistrations.markAllCancel')}
          pending={marks.markingAll}
          onConfirm={() => {
            setConfirming(false);
            void marks.markEveryone('ATTENDED');
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button
          type="button"
          className="button"
          disabled={!open || registeredCount === 0 || marks.markingAll}
          aria-describedby={open ? undefined : opensAtId}
          onClick={() => setConfirming(true)}
        >
          {t('sessionRegistrations.markAll')}
        </button>
      )}
      <p role="status" className="visually-hidden">
        {marks.announcement}
      </p>
      {marks.failure !== '' && (
        <p role="alert" className="error-text">
          {marks.failure}
        </p>
      )}
      <div
        className="table-scroll"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table className="registrations-table">
          <caption id={captionId}>
            {t('sessionRegistrations.tableCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('sessionRegistrations.column.name')}</th>
              <th scope="col">{t('sessionRegistrations.column.email')}</th>
              <th scope="col">{t('sessionRegistrations.column.status')}</th>
              <th scope="col">{t('sessionRegistrations.column.position')}</th>
              <th scope="col">
                {t('sessionRegistrations.column.registeredAt')}
              </th>
              <th scope="col">{t('sessionRegistrations.column.attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.learner.name}</th>
                <td>
                  <a href={`mailto:${row.learner.email}`}>
                    {row.learner.email}
                  </a>
                </td>
                <td>{t(`registrationStatus.${row.status}`)}</td>
                <td>{row.waitlistPosition ?? ''}</td>
                <td>
                  <time dateTime={row.createdAt}>
                    {formatSessionTime(row.createdAt, session.timeZone, locale)}
                  </time>
                </td>
                <td>
                  {row.status === 'REGISTERED' ? (
                    <div
                      role="group"
                      aria-label={t('sessionRegistrations.attendanceFor', {
                        name: row.learner.name,
                      })}
                      className="attendance-toggle"
                    >
                      {ATTENDANCE_VALUES.map((value) => (
                        <button
                          key={value}
                          type="button"
                          className="button button--secondary"
                          aria-pressed={marks.attendanceOf(row) === value}
                          disabled={!open}
                          aria-describedby={open ? undefined : opensAtId}
                          onClick={() => void marks.mark(row, value)}
                        >
                          {t(`attendance.${value}`)}
                        </button>
                      ))}
                    </div>
                  ) : (
                    <span>{t('sessionRegistrations.noPlace')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SessionAwardPanel
        sessionId={sessionId}
        rows={rows}
        attendanceOf={marks.attendanceOf}
      />
    </>
  );
}
