import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RequestErrorText } from '@/components/RequestErrorText';
import { useMutation } from '@/lib/graphql/useMutation';

import { ShareImportedBadgeMutation } from '../graphql/badge-imports';

/**
 * Renders a switch that shares an imported badge or makes it private again,
 * with a hint that sharing shows it on the learner's public collections
 * and, while shared, a link to its public page.
 */
export function ShareSwitch({
  badgeId,
  shared: initiallyShared,
}: {
  badgeId: string;
  shared: boolean;
}) {
  const { t } = useTranslation();
  const share = useMutation(ShareImportedBadgeMutation);
  const [shared, setShared] = useState(initiallyShared);
  const hintId = useId();
  const errorId = useId();
  const failed = share.state.status === 'error';

  async function toggle() {
    try {
      const data = await share.mutate({
        input: { id: badgeId, shared: !shared },
      });
      setShared(data.shareImportedBadge.shared);
    } catch {
      // The error shows next to the switch.
    }
  }

  return (
    <div className="import-share">
      <label className="import-share__label">
        <input
          type="checkbox"
          role="switch"
          checked={shared}
          disabled={share.state.status === 'pending'}
          aria-describedby={failed ? `${hintId} ${errorId}` : hintId}
          onChange={() => void toggle()}
        />
        {t('badgeImports.share.label')}
        {/* The switch's own state is announced, so this text is for sight. */}
        <span className="import-share__state" aria-hidden="true">
          {shared
            ? t('badgeImports.share.shared')
            : t('badgeImports.share.private')}
        </span>
      </label>
      <p id={hintId} className="hint">
        {t('badgeImports.share.hint')}
      </p>
      {shared && (
        <p>
          <Link to={`/imported-badges/${badgeId}`}>
            {t('badgeImports.share.publicLink')}
          </Link>
        </p>
      )}
      {failed && <RequestErrorText id={errorId} error={share.state.error} />}
    </div>
  );
}
