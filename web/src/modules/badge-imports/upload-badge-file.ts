import type { ImportedBadgeFieldsFragment } from '@/gql/graphql';
import {
  type GraphQLErrorEntry,
  GraphQLRequestError,
  NetworkError,
} from '@/lib/graphql/client';

/** REST route that imports a baked badge file. */
export const IMPORT_FILE_ENDPOINT = '/api/imported-badges';

/** The result of an import, from GraphQL or from the file route. */
export interface ImportOutcome {
  badge: ImportedBadgeFieldsFragment;
  /** False when the same credential was already imported and was replaced. */
  created: boolean;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

/**
 * Uploads a baked PNG or SVG to `POST /api/imported-badges` as
 * `multipart/form-data` in the field `file`. The browser sends the session
 * cookie because the route is on the same origin. Failures raise the errors
 * GraphQL requests raise, since the route responds with the same
 * `{ errors: [...] }` body.
 */
export async function uploadBadgeFile(file: File): Promise<ImportOutcome> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(IMPORT_FILE_ENDPOINT, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      body,
    });
  } catch (error) {
    throw new NetworkError(
      error instanceof Error ? error.message : String(error),
    );
  }

  const reply = await readJson(response);
  const errors = (reply as { errors?: GraphQLErrorEntry[] } | null)?.errors;
  if (errors !== undefined && errors.length > 0) {
    throw new GraphQLRequestError(errors, response.status);
  }
  if (!response.ok || reply === null) {
    throw new NetworkError(
      `${IMPORT_FILE_ENDPOINT} returned HTTP ${response.status} without an import.`,
      response.status,
    );
  }

  return reply as ImportOutcome;
}
