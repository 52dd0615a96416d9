import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useViewer } from '@/modules/accounts/hooks/useViewer';

import { canChangeStatus } from '../status-actions';
import { canEndorse, roleIn } from '../viewer-roles';

interface BadgeDesignLinksProps {
  organisationId: string;
  achievement: { id: string; name: string; archived: boolean };
}

/**
 * Links of one badge design for the viewer: its issued badges for members,
 * awarding for owners and awarders, and endorsing for other councils.
 * Archived designs are no longer awarded or endorsed.
 */
export function BadgeDesignLinks({
  organisationId,
  achievement,
}: BadgeDesignLinksProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const role = roleIn(viewer, organisationId);
  const { id, name, archived } = achievement;
  const links = [
    role !== null && {
      key: 'issued',
      to: `/organisations/${organisationId}/issued-badges?achievement=${id}`,
    },
    !archived &&
      canChangeStatus(role) && {
        key: 'award',
        to: `/achievements/${id}/award`,
      },
    !archived &&
      canEndorse(viewer, organisationId) && {
        key: 'endorse',
        to: `/achievements/${id}/endorse`,
      },
  ].filter((link) => link !== false);
  if (links.length === 0) return null;

  return (
    <p className="badge-design-links">
      {links.map((link) => (
        <Link
          key={link.key}
          to={link.to}
          aria-label={t(`issuedBadges.designLinks.${link.key}Label`, { name })}
        >
          {t(`issuedBadges.designLinks.${link.key}`)}
        </Link>
      ))}
    </p>
  );
}

/**
 * Renders a link to endorse the badge's design, for owners and editors of a council
 * other than the issuer, where the design is shown to anyone.
 */
export function EndorseBadgeLink({
  achievement,
  issuerId,
}: {
  achievement: { id: string; name: string };
  issuerId: string;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!canEndorse(viewer, issuerId)) return null;

  return (
    <p>
      <Link to={`/achievements/${achievement.id}/endorse`}>
        {t('issuedBadges.designLinks.endorseLabel', {
          name: achievement.name,
        })}
      </Link>
    </p>
  );
}
