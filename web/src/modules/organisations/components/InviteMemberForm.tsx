import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { describedBy, fieldIds, FormField } from '@/components/form/FormField';
import type { OrganisationRole } from '@/gql/graphql';
import { fieldErrorsOf } from '@/lib/graphql/errors';
import { useMutation } from '@/lib/graphql/useMutation';

import { InviteMemberMutation } from '../graphql/organisations';
import { ROLES } from './MemberRow';

/** Loose check before sending; the API decides what an address is. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface InviteMemberFormProps {
  organisationId: string;
  onInvited: (message: string) => void;
}

/** Renders the owners' form to invite someone by e-mail with a role. */
export function InviteMemberForm({
  organisationId,
  onInvited,
}: InviteMemberFormProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const emailIds = fieldIds(baseId, 'email');
  const roleIds = fieldIds(baseId, 'role');
  const emailInput = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganisationRole>('EDITOR');
  const [checked, setChecked] = useState(false);
  const invite = useMutation(InviteMemberMutation);
  const serverErrors = fieldErrorsOf(invite.state.error, 'input.');
  const ownError =
    checked && !EMAIL.test(email.trim())
      ? t('dashboard.invite.invalidEmail')
      : undefined;
  const emailError = ownError ?? serverErrors.fields.email;
  const otherError =
    invite.state.error !== undefined && serverErrors.fields.email === undefined
      ? invite.state.error
      : undefined;

  async function send(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!EMAIL.test(email.trim())) {
      emailInput.current?.focus();

      return;
    }
    try {
      const data = await invite.mutate({
        input: { organisationId, email: email.trim(), role },
      });
      setEmail('');
      setChecked(false);
      onInvited(t('dashboard.invite.sent', { email: data.inviteMember.email }));
    } catch {
      emailInput.current?.focus();
    }
  }

  return (
    <form className="invite-form" noValidate onSubmit={send}>
      <h3>{t('dashboard.invite.title')}</h3>
      <FormField
        ids={emailIds}
        label={t('dashboard.invite.email')}
        error={emailError}
      >
        <input
          ref={emailInput}
          id={emailIds.control}
          type="email"
          autoComplete="off"
          className="text-input"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            if (invite.state.status === 'error') invite.reset();
          }}
          onBlur={() => setChecked(email.trim() !== '')}
          {...describedBy(emailIds, undefined, emailError)}
        />
      </FormField>
      <FormField ids={roleIds} label={t('dashboard.invite.role')}>
        <select
          id={roleIds.control}
          className="select"
          value={role}
          onChange={(event) => setRole(event.target.value as OrganisationRole)}
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`dashboard.roles.${value}`)}
            </option>
          ))}
        </select>
      </FormField>
      <p className="hint">{t('dashboard.invite.rolesHelp')}</p>
      {otherError !== undefined && <ErrorMessage error={otherError} />}
      <button
        type="submit"
        className="button"
        disabled={invite.state.status === 'pending'}
      >
        {t('dashboard.invite.send')}
      </button>
    </form>
  );
}
