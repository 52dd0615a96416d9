import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { OrganisationQuery } from '@/gql/graphql';
import { useQuery } from '@/lib/graphql/useQuery';

import { CouncilAreaQuery } from '../graphql/organisations';
import { CouncilAreaEditor } from './CouncilAreaEditor';
import { OrganisationSettingsForm } from './OrganisationSettingsForm';
import { SigningKeysSection } from './SigningKeysSection';

type Organisation = NonNullable<OrganisationQuery['organisation']>;

function CouncilSettings({
  organisationId,
  isOwner,
}: {
  organisationId: string;
  isOwner: boolean;
}) {
  const { t } = useTranslation();
  const council = useQuery(CouncilAreaQuery, { id: organisationId });
  const data = council.data?.organisation;

  if (council.status === 'error') {
    return (
      <ErrorMessage
        error={council.error}
        summaryKey="dashboard.area.loadFailed"
        onRetry={council.retry}
      />
    );
  }
  if (data === undefined || data === null) {
    return <p role="status">{t('dashboard.area.loading')}</p>;
  }

  return (
    <>
      <CouncilAreaEditor
        organisationId={organisationId}
        area={data.area ?? null}
        canEdit={isOwner}
        onSaved={council.retry}
      />
      <section className="approved-providers">
        <h3>{t('dashboard.providers.title')}</h3>
        {data.approvedProviders.length === 0 ? (
          <p className="empty-state">{t('dashboard.providers.empty')}</p>
        ) : (
          <ul>
            {data.approvedProviders.map((provider) => (
              <li key={provider.id}>{provider.name}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

interface SettingsTabProps {
  organisation: Organisation;
  isOwner: boolean;
  onSaved: () => void;
}

/**
 * Renders the organisation's details, a council's area, and the keys that
 * sign the organisation's badges.
 */
export function SettingsTab({
  organisation,
  isOwner,
  onSaved,
}: SettingsTabProps) {
  return (
    <section className="dashboard-section">
      <OrganisationSettingsForm
        organisation={organisation}
        canEdit={isOwner}
        onSaved={onSaved}
      />
      {organisation.kind === 'COUNCIL' && (
        <CouncilSettings organisationId={organisation.id} isOwner={isOwner} />
      )}
      <SigningKeysSection organisationId={organisation.id} isOwner={isOwner} />
    </section>
  );
}
