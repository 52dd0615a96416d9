import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { OrganisationMembersQuery, OrganisationRole } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  ChangeMemberRoleMutation,
  RemoveMemberMutation,
} from '../graphql/organisations';

export type Member = NonNullable<
  OrganisationMembersQuery['organisation']
>['members'][number];

export const ROLES: readonly OrganisationRole[] = [
  'OWNER',
  'EDITOR',
  'AWARDER',
];

interface MemberRowProps {
  organisationId: string;
  member: Member;
  canManage: boolean;
  onChanged: (message: string) => void;
}

/**
 * Renders one member with their role. Owners can change the role or remove
 * the member; the API's refusal, such as removing the last owner, shows in
 * the row it concerns.
 */
export function MemberRow({
  organisationId,
  member,
  canManage,
  onChanged,
}: MemberRowProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const roleId = useId();
  const [role, setRole] = useState(member.role);
  const [confirming, setConfirming] = useState(false);
  const changeRole = useMutation(ChangeMemberRoleMutation);
  const remove = useMutation(RemoveMemberMutation);
  const busy =
    changeRole.state.status === 'pending' || remove.state.status === 'pending';
  const error = changeRole.state.error ?? remove.state.error;
  const name = member.user.name;
  const variables = { organisationId, userId: member.user.id };

  async function saveRole() {
    remove.reset();
    try {
      await changeRole.mutate({ input: { ...variables, role } });
      onChanged(
        t('dashboard.members.roleChanged', {
          name,
          role: t(`dashboard.roles.${role}`),
        }),
      );
    } catch {
      setRole(member.role);
    }
  }

  async function removeMember() {
    changeRole.reset();
    setConfirming(false);
    try {
      await remove.mutate({ input: variables });
      onChanged(t('dashboard.members.removed', { name }));
    } catch {
      // The row shows the error.
    }
  }

  return (
    <li className="member-row">
      <div className="member-row__who">
        <strong>{name}</strong> <span>{member.user.email}</span>
        <span className="hint">
          {t('dashboard.members.joined', {
            date: new Intl.DateTimeFormat(locale, {
              dateStyle: 'medium',
            }).format(new Date(member.joinedAt)),
          })}
        </span>
      </div>
      {!canManage ? (
        <p>{t(`dashboard.roles.${member.role}`)}</p>
      ) : (
        <div className="member-row__actions">
          <label htmlFor={roleId} className="field-label">
            {t('dashboard.members.roleOf', { name })}
          </label>
          <select
            id={roleId}
            className="select"
            value={role}
            onChange={(event) =>
              setRole(event.target.value as OrganisationRole)
            }
          >
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`dashboard.roles.${value}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || role === member.role}
            onClick={() => void saveRole()}
          >
            {t('dashboard.members.changeRole')}
          </button>
          {confirming ? (
            <span className="member-row__confirm">
              <span>{t('dashboard.members.confirmRemove', { name })}</span>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void removeMember()}
              >
                {t('dashboard.members.confirmRemoveYes')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming(false)}
              >
                {t('dashboard.members.cancel')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => setConfirming(true)}
            >
              {t('dashboard.members.remove', { name })}
            </button>
          )}
        </div>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
    </li>
  );
}
