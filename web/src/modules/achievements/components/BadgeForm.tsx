import '@/modules/listings/listings.css';
import '../achievements.css';

import {
  type FormEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { FormErrors } from '@/components/form/FormErrors';
import { fieldIds } from '@/components/form/FormField';
import { focusFirstInvalid } from '@/components/form/useFieldErrors';
import type { AchievementFieldsFragment } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';

import {
  emptyBadge,
  toAchievementFields,
  valuesFromAchievement,
} from '../badge-form-model';
import {
  ArchiveAchievementMutation,
  BadgeDesignReferenceQuery,
  CreateAchievementMutation,
  UpdateAchievementMutation,
} from '../graphql/achievements';
import { useBadgeForm } from '../hooks/useBadgeForm';
import { ArchiveBadgeDialog } from './ArchiveBadgeDialog';
import { BadgeAlignmentFields } from './BadgeAlignmentFields';
import { BadgeDetailsFields } from './BadgeDetailsFields';
import { BadgeImageField } from './BadgeImageField';

interface BadgeFormProps {
  organisationId: string;
  /** The stored design, or null for a new one. */
  achievement: AchievementFieldsFragment | null;
  /** Called after a save or archive with the stored design's id. */
  onSaved: (achievementId: string, created: boolean) => void;
  /** A message for the status region when the form opens, such as "Saved". */
  initialNotice?: string;
}

function useDesignReference() {
  const result = useQuery(BadgeDesignReferenceQuery, {});
  const targetsByGoal = useMemo(
    () =>
      new Map(
        (result.data?.sdgs ?? []).map((sdg) => [sdg.number, sdg.targets]),
      ),
    [result.data],
  );

  return {
    types: result.data?.achievementTypes ?? [],
    targetsByGoal,
    error: result.status === 'error' ? result.error : undefined,
    retry: result.retry,
  };
}

/**
 * Renders the badge design form for owners and editors. It checks the
 * API's rules as the designer types, uploads the image on its own, and
 * shows the API's messages next to their fields after a save.
 */
export function BadgeForm({
  organisationId,
  achievement,
  onSaved,
  initialNotice,
}: BadgeFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const archiveButton = useRef<HTMLButtonElement>(null);
  const form = useBadgeForm(
    achievement === null ? emptyBadge() : valuesFromAchievement(achievement),
  );
  const reference = useDesignReference();
  const [notice, setNotice] = useState(initialNotice ?? '');
  const [uploading, setUploading] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [archived, setArchived] = useState(achievement?.archived ?? false);
  const [focusRequest, setFocusRequest] = useState(0);
  const create = useMutation(CreateAchievementMutation);
  const update = useMutation(UpdateAchievementMutation);
  const archive = useMutation(ArchiveAchievementMutation);
  const saving = [create, update].some(
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
  const generatedUrl =
    achievement !== null && (achievement.imageFileId ?? null) === null
      ? achievement.imageUrl
      : null;

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
      setNotice(t('achievements.notices.fixProblems'));
      setFocusRequest((count) => count + 1);

      return;
    }
    const values = form.values;
    const fields = toAchievementFields(values);
    try {
      if (achievement === null) {
        const data = await create.mutate({
          input: { organisationId, ...fields },
        });
        form.markSaved(values);
        onSaved(data.createAchievement.id, true);

        return;
      }
      await update.mutate({
        input: { achievementId: achievement.id, ...fields },
      });
      form.markSaved(values);
      setNotice(t('achievements.notices.saved'));
      onSaved(achievement.id, false);
    } catch (error) {
      form.showServerError(error);
      setNotice(t('achievements.notices.saveFailed'));
      setFocusRequest((count) => count + 1);
    }
  }

  async function archiveDesign() {
    if (achievement === null) return;
    try {
      await archive.mutate({ input: { achievementId: achievement.id } });
      setArchived(true);
      setConfirming(false);
      setNotice(t('achievements.notices.archived'));
      onSaved(achievement.id, false);
    } catch {
      setConfirming(false);
      archiveButton.current?.focus();
    }
  }

  function closeDialog() {
    setConfirming(false);
    archiveButton.current?.focus();
  }

  const saveError = create.state.error ?? update.state.error;

  return (
    <form ref={formRef} className="badge-form" noValidate onSubmit={save}>
      {archived && (
        <p className="badge-form__archived">{t('achievements.archivedNote')}</p>
      )}
      <div ref={summaryRef} tabIndex={-1}>
        <FormErrors
          error={saveError}
          general={form.generalErrors}
          fieldCount={Object.keys(form.serverErrors).length}
        />
      </div>
      {reference.error !== undefined && (
        <ErrorMessage
          error={reference.error}
          summaryKey="achievements.form.referenceFailed"
          onRetry={reference.retry}
        />
      )}
      <BadgeDetailsFields
        {...sectionProps}
        achievementTypes={reference.types}
      />
      <BadgeImageField
        ids={idsOf('image')}
        organisationId={organisationId}
        image={form.values.image}
        generatedUrl={generatedUrl}
        error={form.errorOf('image')}
        onChange={(image) => form.update({ image })}
        onBusy={setUploading}
      />
      <BadgeAlignmentFields
        {...sectionProps}
        targetsByGoal={reference.targetsByGoal}
      />
      {archive.state.error !== undefined && (
        <ErrorMessage error={archive.state.error} />
      )}
      <div className="badge-form__actions">
        <button type="submit" className="button" disabled={saving || uploading}>
          {saving
            ? t('achievements.actions.saving')
            : t('achievements.actions.save')}
        </button>
        {achievement !== null && !archived && (
          <button
            ref={archiveButton}
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(true)}
          >
            {t('achievements.actions.archive')}
          </button>
        )}
      </div>
      {uploading && (
        <p className="hint">{t('achievements.notices.waitForUpload')}</p>
      )}
      <p role="status" className="badge-form__notice">
        {notice}
      </p>
      {confirming && achievement !== null && (
        <ArchiveBadgeDialog
          name={achievement.name}
          busy={archive.state.status === 'pending'}
          onConfirm={() => void archiveDesign()}
          onClose={closeDialog}
        />
      )}
    </form>
  );
}
