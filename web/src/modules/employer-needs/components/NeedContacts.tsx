import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { SkillNeedContactsQuery } from '@/gql/graphql';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';

import { SkillNeedContactsQuery as ContactsDocument } from '../graphql/needs';
import { useNeedFormats } from '../hooks/useNeedFormats';
import { LearnerCount, SuppressedNote } from './LearnerCount';
import { SkillNames } from './SkillList';

const PAGE_SIZE = 20;

type ContactsNeed = NonNullable<SkillNeedContactsQuery['skillNeed']>;
type Contact = ContactsNeed['contacts']['edges'][number]['node'];

/** The contacts connection with the need's learner count beside it. */
function selectContacts(data: SkillNeedContactsQuery) {
  const need = data.skillNeed;

  return {
    edges: need?.contacts.edges ?? [],
    pageInfo: need?.contacts.pageInfo ?? {
      hasNextPage: false,
      endCursor: null,
    },
    totalCount: need?.contacts.totalCount ?? 0,
    learnerCount: need?.learnerCount ?? null,
  };
}

function ContactRow({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const formats = useNeedFormats();

  return (
    <tr>
      <th scope="row">
        {contact.name}
        {contact.isMinor && (
          <span className="need-contacts__minor">
            {t('employerNeeds.contacts.minor')}
          </span>
        )}
      </th>
      <td>
        <a href={`mailto:${contact.email}`}>{contact.email}</a>
      </td>
      <td>{contact.area ?? t('employerNeeds.contacts.areaNotShared')}</td>
      <td>
        {contact.badges.length === 0 ? (
          t('employerNeeds.contacts.noBadges')
        ) : (
          <ul className="need-contacts__badges">
            {contact.badges.map((badge) => (
              <li key={`${badge.name}-${badge.issuedAt}`}>
                {t('employerNeeds.contacts.badge', {
                  name: badge.name,
                  issuer: badge.issuerName,
                  date: formats.instant(badge.issuedAt),
                })}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <SkillNames skills={contact.coveredSkills} />
      </td>
    </tr>
  );
}

function ContactsTable({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const captionId = useId();

  // The region scrolls on a narrow screen instead of the page, and takes
  // focus so that keyboard users can scroll it too.
  return (
    <div
      className="need-contacts"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className="need-contacts__table">
        <caption id={captionId}>{t('employerNeeds.contacts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employerNeeds.contacts.name')}</th>
            <th scope="col">{t('employerNeeds.contacts.email')}</th>
            <th scope="col">{t('employerNeeds.contacts.area')}</th>
            <th scope="col">{t('employerNeeds.contacts.badges')}</th>
            <th scope="col">{t('employerNeeds.contacts.skills')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <ContactRow key={contact.id} contact={contact} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Renders how many nearby learners hold matching badges and, of them, the
 * ones who let this employer contact them.
 */
export function NeedContacts({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const noteId = useId();
  const list = usePagedConnection(
    ContactsDocument,
    { id: needId },
    selectContacts,
    PAGE_SIZE,
  );
  const learnerCount = list.page?.learnerCount ?? null;

  return (
    <section aria-labelledby="need-contacts-heading" className="need-section">
      <h2 id="need-contacts-heading">{t('employerNeeds.contacts.title')}</h2>
      {list.status === 'loading' && (
        <p role="status">{t('employerNeeds.loading')}</p>
      )}
      {list.status === 'error' && (
        <ErrorMessage
          error={list.error}
          summaryKey="employerNeeds.contacts.loadFailed"
          onRetry={list.retry}
        />
      )}
      {learnerCount !== null && (
        <>
          <p>
            {t('employerNeeds.contacts.nearby')}{' '}
            <strong>
              <LearnerCount count={learnerCount} noteId={noteId} />
            </strong>
          </p>
          <SuppressedNote id={noteId} />
        </>
      )}
      {list.status === 'success' && list.edges.length === 0 && (
        <p className="notice">{t('employerNeeds.contacts.empty')}</p>
      )}
      {list.edges.length > 0 && (
        <>
          <ContactsTable contacts={list.edges.map((edge) => edge.node)} />
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
