import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorText } from '@/components/error-text';
import type { Attendance } from '@/gql/graphql';
import { executeQuery } from '@/lib/graphql/client';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  MarkAllAttendanceMutation,
  MarkAttendanceMutation,
} from '../graphql/registrations';

interface MarkableRow {
  id: string;
  status: string;
  attendance?: Attendance | null;
  learner: { name: string };
}

type Marks = Record<string, Attendance | null>;

/**
 * Keeps attendance that the provider changed on this page and sends it to
 * the API. Each change shows at once and is rolled back, with an error
 * message, when the API rejects it. `announcement` and `failure` are the
 * texts for the page's status and alert regions.
 */
export function useAttendanceMarks(
  sessionId: string,
  rows: readonly MarkableRow[],
) {
  const { t } = useTranslation();
  const [marks, setMarks] = useState<Marks>({});
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState('');
  const markAll = useMutation(MarkAllAttendanceMutation);
  const describe = useCallback((error: unknown) => errorText(t, error), [t]);

  const attendanceOf = useCallback(
    (row: MarkableRow): Attendance | null =>
      row.id in marks ? (marks[row.id] ?? null) : (row.attendance ?? null),
    [marks],
  );

  const mark = useCallback(
    async (row: MarkableRow, attendance: Attendance) => {
      const previous = attendanceOf(row);
      setFailure('');
      setMarks((current) => ({ ...current, [row.id]: attendance }));
      try {
        // Sent without useMutation, which allows one request at a time,
        // because a provider marks one row after another without waiting.
        await executeQuery(MarkAttendanceMutation, {
          input: { registrationId: row.id, attendance },
        });
        setAnnouncement(
          t(`sessionRegistrations.marked.${attendance}`, {
            name: row.learner.name,
          }),
        );
      } catch (error) {
        setMarks((current) => ({ ...current, [row.id]: previous }));
        setFailure(
          t('sessionRegistrations.markFailed', {
            name: row.learner.name,
            reason: describe(error),
          }),
        );
      }
    },
    [attendanceOf, t, describe],
  );

  const markEveryone = useCallback(
    async (attendance: Attendance) => {
      const before = marks;
      const optimistic: Marks = { ...marks };
      for (const row of rows) {
        if (row.status === 'REGISTERED') optimistic[row.id] = attendance;
      }
      setFailure('');
      setMarks(optimistic);
      try {
        const result = await markAll.mutate({
          input: { sessionId, attendance },
        });
        setAnnouncement(
          t(`sessionRegistrations.markedAll.${attendance}`, {
            count: result.markAllAttendance,
          }),
        );
      } catch (error) {
        setMarks(before);
        setFailure(
          t('sessionRegistrations.markAllFailed', { reason: describe(error) }),
        );
      }
    },
    [marks, rows, markAll, sessionId, t, describe],
  );

  return {
    attendanceOf,
    mark,
    markEveryone,
    markingAll: markAll.state.status === 'pending',
    announcement,
    failure,
  };
}
