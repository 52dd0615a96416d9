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

interface AwaitingCouncilItemProps {
  council: AwaitingOrganisation;
  /** Called once the API has verified the council. */
  onVerified: (council: AwaitingOrganisation) => void;
}

/**
 * Renders one council awaiting verification: its name, its area on a small
 * map or a note that it has none, a link to its dashboard and a Verify
 * button.
 */
export function AwaitingCouncilItem({
  council,
  onVerified,
}: AwaitingCouncilItemProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const headingId = useId();
  const errorId = useId();
  const verify = useMutation(VerifyOrganisationMutation);
  const area = useMemo(() => parseArea(council.area), [council.area]);
  const pending = verify.state.status === 'pending';

  async function verifyCouncil() {
    try {
      await verify.mutate({ input: { organisationId: council.id } });
    } catch {
      // The item shows the error next to the button.
      return;
    }
    onVerified(council);
  }

  return (
    <li className="awaiting-council" aria-labelledby={headingId}>
      <h2 id={headingId} className="awaiting-council__name">
        {council.name}
      </h2>
      <p className="awaiting-council__created">
        {t('admin.organisations.created', {
          date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
            new Date(council.createdAt),
          ),
        })}
      </p>
      {area === null ? (
        <p className="empty-state">{t('admin.organisations.noArea')}</p>
      ) : (
        <AreaPreviewMap
          area={area}
          label={t('admin.organisations.areaLabel', { name: council.name })}
        />
      )}
      <div className="awaiting-council__actions">
        <button
          type="button"
          className="button"
          disabled={pending}
          aria-describedby={
            verify.state.error === undefined ? undefined : errorId
          }
          onClick={() => void verifyCouncil()}
        >
          {pending
            ? t('admin.organisations.verifying')
            : t('admin.organisations.verify')}
          <span className="visually-hidden"> {council.name}</span>
        </button>
        <Link to={`/organisations/${council.id}`}>
          {t('admin.organisations.dashboard')}
          <span className="visually-hidden"> {council.name}</span>
        </Link>
      </div>
      {verify.state.error !== undefined && (
        <RequestErrorText id={errorId} error={verify.state.error} />
      )}
    </li>
  );
}
