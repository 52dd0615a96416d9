import { useTranslation } from 'react-i18next';

import type { EditableListingQuery } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';

type AuditEntry = NonNullable<
  EditableListingQuery['opportunity']
>['auditLog'][number];

/** Extracts the changed field names and a rejection reason from `changes`. */
export function summariseChanges(changes: string): {
  fields: string[];
  reason: string | null;
} {
  try {
    const parsed = JSON.parse(changes) as Record<string, unknown> | null;
    if (parsed === null || typeof parsed !== 'object') {
      return { fields: [], reason: null };
    }
    const { reason, ...fields } = parsed;

    return {
      fields: Object.keys(fields),
      reason: typeof reason === 'string' ? reason : null,
    };
  } catch {
    return { fields: [], reason: null };
  }
}

/** Renders who changed the listing, when and which fields, newest first. */
export function AuditLog({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const sorted = [...entries].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );

  return (
    <details className="audit-log">
      <summary>
        {t('listingForm.audit.title', { count: entries.length })}
      </summary>
      {sorted.length === 0 ? (
        <p className="hint">{t('listingForm.audit.empty')}</p>
      ) : (
        <ol className="audit-log__list">
          {sorted.map((entry) => {
            const { fields, reason } = summariseChanges(entry.changes);

            return (
              <li key={entry.id}>
                <p>
                  {t('listingForm.audit.entry', {
                    actor: entry.actorName ?? t('listingForm.audit.deleted'),
                    action: t(`listingForm.audit.actions.${entry.action}`, {
                      defaultValue: entry.action,
                    }),
                  })}{' '}
                  <time dateTime={entry.createdAt}>
                    {when.format(new Date(entry.createdAt))}
                  </time>
                </p>
                {fields.length > 0 && (
                  <p className="hint">
                    {t('listingForm.audit.fields', {
                      fields: fields.join(', '),
                    })}
                  </p>
                )}
                {reason !== null && (
                  <p className="hint">
                    {t('listingForm.audit.reason', { reason })}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
