import { useTranslation } from 'react-i18next';

/** Renders "Try again in 5 minutes." for a wait given in seconds. */
export function WaitTime({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  if (seconds < 60)
    return t('accountForm.tryAgainInSeconds', { count: seconds });
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60)
    return t('accountForm.tryAgainInMinutes', { count: minutes });

  return t('accountForm.tryAgainInHours', { count: Math.ceil(minutes / 60) });
}
