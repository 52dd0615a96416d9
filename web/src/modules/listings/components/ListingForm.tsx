import '../listings.css';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { fieldIds } from '@/components/form/FormField';
import { focusFirstInvalid } from '@/components/form/useFieldErrors';
import type { ListingFieldsFragment, OpportunityStatus } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';
import { UnverifiedEmailLink } from '@/modules/accounts/components/UnverifiedEmailLink';
import { BadgeSelect } from '@/modules/achievements/components/BadgeSelect';

import {
  ArchiveOpportunityMutation,
  CreateOpportunityMutation,
  SubmitOpportunityMutation,
  UpdateOpportunityMutation,
} from '../graphql/listings';
import { useListingForm } from '../hooks/useListingForm';
import {
  emptyListing,
  type ListingFormValues,
  valuesFromListing,
} from '../listing-form-model';
import { toOpportunityInput } from '../listing-validation';
import { AccessibilityFields } from './AccessibilityFields';
import { CostAndAudience } from './CostAndAudience';
import { ListingBasics } from './ListingBasics';
import { SessionsEditor } from './SessionsEditor';
import { StatusBadge } from './StatusBadge';
import { TagFields } from './TagFields';
import { VenueSection } from './VenueSection';

const SUBMITTABLE: readonly OpportunityStatus[] = ['DRAFT', 'REJECTED'];

interface ListingFormProps {
  /** The provider that a new listing belongs to. */
  organisationId: string;
  /** The stored listing, or null for a new one. */
  listing: ListingFieldsFragment | null;
  /** Called after each save, submit or archive with the stored listing id. */
  onSaved: (opportunityId: string, created: boolean) => void;
  /** A message for the status region when the form opens, such as "Saved". */
  initialNotice?: string;
}

/**
 * Renders the listing create and edit form. It checks the API's rules as the
 * provider types, saves a draft, then offers submitting it for publishing
 * once it is saved without changes, and archiving.
 */
export function ListingForm({
  organisationId,
  listing,
  onSaved,
  initialNotice,
}: ListingFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useListingForm(
    listing === null ? emptyListing() : valuesFromListing(listing),
  );
  const [status, setStatus] = useState(listing?.status ?? null);
  const [notice, setNotice] = useState(initialNotice ?? '');
  const [focusRequest, setFocusRequest] = useState(0);
  const create = useMutation(CreateOpportunityMutation);
  const update = useMutation(UpdateOpportunityMutation);
  const submit = useMutation(SubmitOpportunityMutation);
  const archive = useMutation(ArchiveOpportunityMutation);
  const busy = [create, update, submit, archive].some(
    (mutation) => mutation.state.status === 'pending',
  );
  const idsOf = (field: string) => fieldIds(baseId, field);
  const sectionProps = {
    values: form.values,
    update: form.update,
    errorOf: form.errorOf,
    touch: form.touch,
    idsOf,
  };

  useEffect(
    function focusAfterFailedSave() {
      if (focusRequest > 0) {
        focusFirstInvalid(formRef.current, summaryRef.current);
      }
    },
    [focusRequest],
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    form.markSubmitted();
    if (form.hasProblems) {
      setNotice(t('listingForm.notices.fixProblems'));
      setFocusRequest((count) => count + 1);

      return;
    }
    const saving: ListingFormValues = form.values;
    const input = toOpportunityInput(saving);
    try {
      if (listing === null) {
        const data = await create.mutate({
          input: { organisationId, listing: input },
        });
        form.markSaved(saving);
        onSaved(data.createOpportunity.id, true);

        return;
      }
      const data = await update.mutate({
        input: { opportunityId: listing.id, listing: input },
      });
      form.markSaved(saving);
      setStatus(data.updateOpportunity.status);
      setNotice(t('listingForm.notices.saved'));
      onSaved(listing.id, false);
    } catch (error) {
      form.showServerError(error);
      setNotice(t('listingForm.notices.saveFailed'));
      setFocusRequest((count) => count + 1);
    }
  }

  async function submitForPublishing() {
    if (listing === null) return;
    try {
      const data = await submit.mutate({
        input: { opportunityId: listing.id },
      });
      setStatus(data.submitOpportunity.status);
      setNotice(
        t(`listingForm.notices.submitted.${data.submitOpportunity.status}`, {
          defaultValue: t('listingForm.notices.submitted.PENDING'),
        }),
      );
      onSaved(listing.id, false);
    } catch {
      setNotice(t('listingForm.notices.actionFailed'));
    }
  }

  async function archiveListing() {
    if (listing === null) return;
    try {
      const data = await archive.mutate({
        input: { opportunityId: listing.id },
      });
      setStatus(data.archiveOpportunity.status);
      setNotice(t('listingForm.notices.archived'));
      onSaved(listing.id, false);
    } catch {
      setNotice(t('listingForm.notices.actionFailed'));
    }
  }

  const saveError = create.state.error ?? update.state.error;
  const canSubmit =
    listing !== null &&
    !form.dirty &&
    status !== null &&
    SUBMITTABLE.includes(status);

  return (
    <form ref={formRef} className="listing-form" noValidate onSubmit={save}>
      {status !== null && (
        <p className="listing-form__status">
          {t('listingForm.statusLabel')} <StatusBadge status={status} />
        </p>
      )}
      {listing?.moderationNote && status === 'REJECTED' && (
        <div className="listing-form__note">
          <h2>{t('listingForm.moderationNote')}</h2>
          <p>{listing.moderationNote}</p>
        </div>
      )}
      <div ref={summaryRef} tabIndex={-1} className="listing-form__summary">
        {form.generalErrors.length > 0 && (
          <div className="error-message" role="alert">
            {form.generalErrors.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        {saveError !== undefined &&
          form.generalErrors.length === 0 &&
          Object.keys(form.serverErrors).length === 0 && (
            <ErrorMessage error={saveError}>
              <UnverifiedEmailLink error={saveError} />
            </ErrorMessage>
          )}
      </div>
      <ListingBasics {...sectionProps} />
      <VenueSection {...sectionProps} />
      <SessionsEditor
        sessions={form.values.sessions}
        onChange={(sessions) => form.update({ sessions })}
        onBlur={form.touch}
        idsOf={idsOf}
        errorOf={form.errorOf}
      />
      <CostAndAudience {...sectionProps} />
      <AccessibilityFields {...sectionProps} />
      <TagFields
        sdgs={form.values.sdgs}
        skills={form.values.skills}
        onChange={form.update}
        errorOf={form.errorOf}
      />
      <BadgeSelect
        ids={idsOf('achievementId')}
        organisationId={organisationId}
        value={form.values.achievementId}
        currentName={listing?.achievement?.name ?? null}
        error={form.errorOf('achievementId')}
        onChange={(achievementId) => form.update({ achievementId })}
      />
      {(submit.state.error !== undefined ||
        archive.state.error !== undefined) && (
        <ErrorMessage error={submit.state.error ?? archive.state.error}>
          <UnverifiedEmailLink
            error={submit.state.error ?? archive.state.error}
          />
        </ErrorMessage>
      )}
      <div className="listing-form__actions">
        <button type="submit" className="button" disabled={busy}>
          {t('listingForm.actions.save')}
        </button>
        {listing !== null && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || !canSubmit}
            aria-describedby={`${baseId}-submit-hint`}
            onClick={() => void submitForPublishing()}
          >
            {t('listingForm.actions.submit')}
          </button>
        )}
        {listing !== null && status !== 'ARCHIVED' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void archiveListing()}
          >
            {t('listingForm.actions.archive')}
          </button>
        )}
      </div>
      <p id={`${baseId}-submit-hint`} className="hint">
        {listing === null
          ? t('listingForm.actions.submitAfterSave')
          : submitHint(t, form.dirty, status)}
      </p>
      <p role="status" className="listing-form__notice">
        {notice}
      </p>
    </form>
  );
}

function submitHint(
  t: (key: string) => string,
  dirty: boolean,
  status: OpportunityStatus | null,
): string {
  if (dirty) return t('listingForm.actions.saveFirst');
  if (status !== null && !SUBMITTABLE.includes(status)) {
    return t('listingForm.actions.notSubmittable');
  }

  return t('listingForm.actions.submitReady');
}
