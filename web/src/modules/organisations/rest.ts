import {
  type GraphQLErrorEntry,
  GraphQLRequestError,
  NetworkError,
} from '@/lib/graphql/client';

/**
 * Sends a file to one of the API's REST routes and returns its JSON reply.
 * Failures raise the same errors as GraphQL requests, because the REST
 * routes reply with the same `{errors: [{message, extensions: {code}}]}`
 * body, so `describeError` and `<ErrorMessage>` show them alike.
 */
export async function sendFile(
  url: string,
  method: 'POST' | 'PUT',
  contentType: string,
  file: Blob,
  signal?: AbortSignal,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { 'Content-Type': contentType, Accept: 'application/json' },
      body: file,
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(
      error instanceof Error ? error.message : String(error),
    );
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new NetworkError(
      `${url} returned HTTP ${response.status} without a JSON body.`,
      response.status,
    );
  }
  const errors = (body as { errors?: GraphQLErrorEntry[] } | null)?.errors;
  if (!response.ok || (errors !== undefined && errors.length > 0)) {
    if (errors !== undefined && errors.length > 0) {
      throw new GraphQLRequestError(errors, response.status);
    }
    throw new NetworkError(
      `${url} returned HTTP ${response.status}.`,
      response.status,
    );
  }

  return body;
}
