import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportRequest } from '../hooks/useBadgeImport';

/** Props every import form takes from the page. */
export interface ImportFormProps {
  /** True while this form's import is being verified. */
  pending: boolean;
  /** True while another form's import is being verified. */
  disabled: boolean;
  onImport: (request: ImportRequest) => Promise<void>;
}

interface ImportFormFrameProps {
  label: string;
  pending: boolean;
  disabled: boolean;
  onSubmit: () => void;
  children: ReactNode;
}

/**
 * Renders one import form with its submit button. The page's own checks
 * run on submit, so the browser's validation is off.
 */
export function ImportFormFrame({
  label,
  pending,
  disabled,
  onSubmit,
  children,
}: ImportFormFrameProps) {
  const { t } = useTranslation();

  return (
    <form
      className="form badge-import__form"
      aria-label={label}
      aria-busy={pending}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending || disabled}>
          {pending
            ? t('badgeImports.import.verifying')
            : t('badgeImports.import.submit')}
        </button>
      </div>
    </form>
  );
}
