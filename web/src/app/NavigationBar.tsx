import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { useMediaQuery, WIDE_LAYOUT_QUERY } from '@/lib/media/useMediaQuery';
import { useSignOut } from '@/modules/accounts/hooks/useSignOut';
import { useViewer } from '@/modules/accounts/hooks/useViewer';
import { signInPath } from '@/modules/accounts/next-path';
import { canModerate } from '@/modules/accounts/viewer-roles';

/** Pages after which returning to the current page makes no sense. */
const ACCOUNT_ENTRY_PATHS = new Set([
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/reset-password',
  '/verify-email',
]);

function AccountLinks() {
  const { t } = useTranslation();
  const { status, viewer } = useViewer();
  const { signOut, state } = useSignOut();
  const location = useLocation();

  if (status === 'loading') return null;
  if (viewer === null) {
    const currentPath = location.pathname + location.search;
    const signIn =
      location.pathname === '/' || ACCOUNT_ENTRY_PATHS.has(location.pathname)
        ? '/sign-in'
        : signInPath(currentPath);

    return (
      <ul className="site-nav__list site-nav__list--account">
        <li>
          <NavLink to={signIn} className="site-nav__link">
            {t('shell.signIn')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/sign-up" className="site-nav__link">
            {t('shell.signUp')}
          </NavLink>
        </li>
      </ul>
    );
  }

  return (
    <ul className="site-nav__list site-nav__list--account">
      <li>
        <NavLink to="/account" className="site-nav__link">
          {viewer.name}
          <span className="visually-hidden"> {t('shell.accountSuffix')}</span>
        </NavLink>
      </li>
      <li>
        <button
          type="button"
          className="site-nav__link site-nav__button"
          disabled={state.status === 'pending'}
          onClick={() => void signOut()}
        >
          {state.status === 'pending'
            ? t('shell.signingOut')
            : t('shell.signOut')}
        </button>
      </li>
      {state.status === 'error' && (
        <li className="site-nav__error">
          <ErrorMessage error={state.error} summaryKey="shell.signOutFailed" />
        </li>
      )}
    </ul>
  );
}

function PageLinks() {
  const { t } = useTranslation();
  const { viewer } = useViewer();

  return (
    <ul className="site-nav__list">
      <li>
        <NavLink to="/" end className="site-nav__link">
          {t('shell.map')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/verify" className="site-nav__link">
          {t('verify.navLink')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/pathways" className="site-nav__link">
          {t('pathways.navLink')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/ideas" className="site-nav__link">
          {t('proposals.navLink')}
        </NavLink>
      </li>
      {viewer !== null && (
        <>
          <li>
            <NavLink to="/registrations" className="site-nav__link">
              {t('shell.registrations')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/my/badges" className="site-nav__link">
              {t('myBadges.navLink')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/my/needs" className="site-nav__link">
              {t('employerNeeds.navLink')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/organisations" className="site-nav__link">
              {t('shell.organisations')}
            </NavLink>
          </li>
        </>
      )}
      {canModerate(viewer) && (
        <li>
          <NavLink to="/moderation" className="site-nav__link">
            {t('shell.moderation')}
          </NavLink>
        </li>
      )}
      {viewer?.isAdmin === true && (
        <li>
          <NavLink to="/admin/organisations" className="site-nav__link">
            {t('shell.admin')}
          </NavLink>
        </li>
      )}
    </ul>
  );
}

/**
 * Renders the site navigation. On a narrow screen the links fold behind a
 * menu button. Escape closes the menu and gives focus back to the button,
 * and following a link closes it too.
 */
export function NavigationBar() {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  // The menu stays open only on the page where it was opened, so following
  // a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.key;

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || wide || !open) return;

    event.preventDefault();
    setOpenOn(null);
    button.current?.focus();
  }

  return (
    <header className="site-nav">
      <nav
        className="site-nav__bar"
        aria-label={t('shell.navigation')}
        onKeyDown={handleKeyDown}
      >
        <Link to="/" className="site-nav__brand">
          {t('app.name')}
        </Link>
        {!wide && (
          <button
            ref={button}
            type="button"
            className="site-nav__toggle"
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => setOpenOn(open ? null : location.key)}
          >
            {t('shell.menu')}
          </button>
        )}
        <div id={menuId} className="site-nav__menu" hidden={!wide && !open}>
          <PageLinks />
          <AccountLinks />
        </div>
      </nav>
    </header>
  );
}
