import type { TFunction } from 'i18next';

import { errorText } from '@/components/error-text';
import { NetworkError } from '@/lib/graphql/client';

/**
 * Returns the sentence that explains why an import failed. The API's own messages, such as a
 * BAD_USER_INPUT naming the value, are shown as written. A 413 without a
 * JSON body comes from a proxy in front of the API, so it gets its own
 * sentence instead of the generic network one.
 */
export function importErrorText(t: TFunction, error: unknown): string {
  if (error instanceof NetworkError && error.status === 413) {
    return t('badgeImports.file.errors.tooLargeForServer');
  }

  return errorText(t, error);
}
