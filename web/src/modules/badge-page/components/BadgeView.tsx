import { useTranslation } from 'react-i18next';

import { EndorseBadgeLink } from '@/modules/issued-badges/components/BadgeDesignLinks';
import { Markdown } from '@/modules/opportunities/components/Markdown';

import type { BadgeCredential } from '../badge-types';
import { BadgeAlignments } from './BadgeAlignments';
import { BadgeDownloads } from './BadgeDownloads';
import { BadgeEndorsements } from './BadgeEndorsements';
import { BadgeEvidence } from './BadgeEvidence';
import { BadgeSummary } from './BadgeSummary';
import { ShareBadge } from './ShareBadge';
import { VerifyBadge } from './VerifyBadge';

/**
 * Tells whether the viewer is the recipient or a member of the issuer: the
 * API returns the recipient's address to them alone.
 */
function viewerIsInvolved(credential: BadgeCredential): boolean {
  return (
    credential.recipientEmail !== null &&
    credential.recipientEmail !== undefined
  );
}

/** Renders a loaded badge: summary, details, evidence, and actions. */
export function BadgeView({ credential }: { credential: BadgeCredential }) {
  const { t } = useTranslation();
  const { achievement } = credential;
  const involved = viewerIsInvolved(credential);

  return (
    <main className="page badge-page">
      <article aria-labelledby="badge-name">
        <BadgeSummary credential={credential} />
        {!credential.shared && involved && (
          <p className="notice">{t('badgePage.private')}</p>
        )}

        <section aria-labelledby="badge-description">
          <h2 id="badge-description">{t('badgePage.description')}</h2>
          <p className="badge-page__description">{achievement.description}</p>
        </section>

        <section aria-labelledby="badge-criteria">
          <h2 id="badge-criteria">{t('badgePage.criteria')}</h2>
          <Markdown source={achievement.criteriaNarrative} />
        </section>

        {credential.narrative && (
          <section aria-labelledby="badge-narrative">
            <h2 id="badge-narrative">{t('badgePage.narrative')}</h2>
            <Markdown source={credential.narrative} />
          </section>
        )}

        <BadgeAlignments achievement={achievement} />
        <BadgeEvidence evidence={credential.evidence} />
        <BadgeEndorsements endorsements={credential.endorsements} />
        <EndorseBadgeLink
          achievement={achievement}
          issuerId={credential.issuer.id}
        />
        <VerifyBadge credentialJson={credential.json} />
        <ShareBadge credential={credential} />
        {/* The download routes serve whoever may see this page. */}
        <BadgeDownloads urls={credential.downloadUrls} />
      </article>
    </main>
  );
}
