import { useTranslation } from 'react-i18next';

/** Renders the invitation shown before a place or location is chosen. */
export function Welcome() {
  const { t } = useTranslation();

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <p>{t('welcome.body')}</p>
    </section>
  );
}
