import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RequestErrorText } from '@/components/RequestErrorText';
import type { OrganisationsAwaitingVerificationQuery } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';
import { parseArea } from '@/modules/organisations/area-geojson';

import { VerifyOrganisationMutation } from '../graphql/verification';
import { AreaPreviewMap } from './AreaPreviewMap';

export type AwaitingOrganisation =
  OrganisationsAwaitingVerificationQuery['organisationsAwaitingVerification']['edges'][number]['node'];

interface AwaitingOrganisationItemProps {
  organisation: AwaitingOrganisation;
  /** Called once the API has verified the organisation. */
  onVerified: (organisation: AwaitingOrganisation) => void;
}

/** Renders a council's area on a small map, or a note that it has none. */
function CouncilArea({ council }: { council: AwaitingOrganisation }) {
  const { t } = useTranslation();
  const area = useMemo(() => parseArea(council.area), [council.area]);

  return area === null ? (
    <p className="empty-state">{t('admin.organisations.noArea')}</p>
  ) : (
    <AreaPreviewMap
      area={area}
      label={t('admin.organisations.areaLabel', { name: council.name })}
    />
  );
}

/**
 * Renders one organisation awaiting verification: its name, a council's
 * area, a link to its dashboard and a Verify button.
 */
export function AwaitingOrganisationItem({
  organisation,
  onVerified,
}: AwaitingOrganisationItemProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const headingId = useId();
  const errorId = useId();
  const verify = useMutation(VerifyOrganisationMutation);
  const pending = verify.state.status === 'pending';

  async function verifyOrganisation() {
    try {
      await verify.mutate({ input: { organisationId: organisation.id } });
    } catch {
      // The item shows the error next to the button.
      return;
    }
    onVerified(organisation);
  }

  return (
    <li className="awaiting-council" aria-labelledby={headingId}>
      <h3 id={headingId} className="awaiting-council__name">
        {organisation.name}
      </h3>
      <p className="awaiting-council__created">
        {t('admin.organisations.created', {
          date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
            new Date(organisation.createdAt),
          ),
        })}
      </p>
      {organisation.kind === 'COUNCIL' && (
        <CouncilArea council={organisation} />
      )}
      <div className="awaiting-council__actions">
        <button
          type="button"
          className="button"
          disabled={pending}
          aria-describedby={
            verify.state.error === undefined ? undefined : errorId
          }
          onClick={() => void verifyOrganisation()}
        >
          {pending
            ? t('admin.organisations.verifying')
            : t('admin.organisations.verify')}
          <span className="visually-hidden"> {organisation.name}</span>
        </button>
        <Link to={`/organisations/${organisation.id}`}>
          {t('admin.organisations.dashboard')}
          <span className="visually-hidden"> {organisation.name}</span>
        </Link>
      </div>
      {verify.state.error !== undefined && (
        <RequestErrorText id={errorId} error={verify.state.error} />
      )}
    </li>
  );
}
