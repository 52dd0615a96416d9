import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';

import { EditableListingQuery } from '../graphql/listings';
import { AuditLog } from './AuditLog';
import { ListingForm } from './ListingForm';

/** Navigation state that the new-listing page hands to the edit page. */
interface CreatedState {
  created?: boolean;
}

/** Renders the page at `/organisations/:organisationId/opportunities/new`. */
export function NewListingPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const navigate = useNavigate();
  usePageTitle(t('listingForm.newTitle'));
  const openSaved = useCallback(
    (opportunityId: string) => {
      void navigate(`/opportunities/${opportunityId}/edit`, {
        replace: true,
        state: { created: true } satisfies CreatedState,
      });
    },
    [navigate],
  );

  return (
    <main className="page listing-page">
      <p>
        <Link to={`/organisations/${organisationId}`}>
          {t('listingForm.backToDashboard')}
        </Link>
      </p>
      <h1>{t('listingForm.newTitle')}</h1>
      <ListingForm
        organisationId={organisationId}
        listing={null}
        onSaved={openSaved}
      />
    </main>
  );
}

/** Renders the page at `/opportunities/:opportunityId/edit`. */
export function EditListingPage() {
  const { t } = useTranslation();
  const { opportunityId = '' } = useParams();
  const location = useLocation();
  const created = (location.state as CreatedState | null)?.created === true;
  const result = useQuery(EditableListingQuery, { id: opportunityId });
  const listing = result.data?.opportunity;
  const { retry } = result;
  usePageTitle(
    listing === undefined || listing === null
      ? t('listingForm.editTitle')
      : t('listingForm.editTitleOf', { title: listing.title }),
  );

  if (result.status === 'error' && !isNotFound(result.error)) {
    return (
      <main className="page listing-page">
        <h1>{t('listingForm.editTitle')}</h1>
        <ErrorMessage
          error={result.error}
          summaryKey="listingForm.loadFailed"
          onRetry={retry}
        />
      </main>
    );
  }
  if (listing === undefined) {
    return (
      <main className="page listing-page">
        <h1>{t('listingForm.editTitle')}</h1>
        <p role="status">{t('listingForm.loading')}</p>
      </main>
    );
  }
  if (listing === null || result.status === 'error') {
    return (
      <main className="page listing-page">
        <h1>{t('listingForm.editTitle')}</h1>
        <p>{t('listingForm.notFound')}</p>
      </main>
    );
  }

  return (
    <main className="page listing-page">
      <p>
        <Link to={`/organisations/${listing.provider.id}`}>
          {t('listingForm.backTo', { organisation: listing.provider.name })}
        </Link>
      </p>
      <h1>{t('listingForm.editTitle')}</h1>
      {!listing.viewerCanEdit && (
        <p className="error-message" role="alert">
          {t('listingForm.cannotEdit')}
        </p>
      )}
      <ListingForm
        key={listing.id}
        organisationId={listing.provider.id}
        listing={listing}
        onSaved={retry}
        initialNotice={created ? t('listingForm.notices.created') : undefined}
      />
      <AuditLog entries={listing.auditLog} />
    </main>
  );
}
