import '../organisations.css';

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { usePageTitle } from '@/lib/document/usePageTitle';
import { useViewer } from '@/modules/accounts';

import { CreateOrganisationForm } from './CreateOrganisationForm';

/** Renders `/organisations`: the viewer's organisations and a create form. */
export function MyOrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.title'));
  const { viewer } = useViewer();
  const memberships = [...(viewer?.memberships ?? [])].sort((a, b) =>
    a.organisation.name.localeCompare(b.organisation.name),
  );

  return (
    <main className="page organisations-page">
      <h1>{t('organisations.title')}</h1>
      {memberships.length === 0 ? (
        <p className="empty-state">{t('organisations.empty')}</p>
      ) : (
        <ul
          className="organisation-list"
          aria-label={t('organisations.listLabel')}
        >
          {memberships.map(({ organisation, role }) => (
            <li key={organisation.id} className="organisation-list__item">
              <Link to={`/organisations/${organisation.id}`}>
                {organisation.name}
              </Link>
              <span className="hint">
                {t('organisations.roleAndKind', {
                  role: t(`dashboard.roles.${role}`),
                  kind: t(`organisationForm.kinds.${organisation.kind}`),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <CreateOrganisationForm />
    </main>
  );
}
