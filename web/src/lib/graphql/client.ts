import type { TypedDocumentString } from '@/gql/graphql';

/** Same-origin endpoint: the API serves both the app and GraphQL. */
export const GRAPHQL_ENDPOINT = '/graphql';

/** One entry of a GraphQL response's `errors` array. */
export interface GraphQLErrorEntry {
  message: string;
  extensions?: {
    code?: string;
    /** The input path at fault, such as `input.email`. */
    field?: string;
    /** Every problem of a form at once, each with its input path. */
    problems?: { field: string; message: string }[];
    retryAfterSeconds?: number;
    /** The cause of a FORBIDDEN refusal that the user can fix. */
    reason?: 'EMAIL_NOT_VERIFIED' | 'ORGANISATION_NOT_VERIFIED';
  };
}

/** A GraphQL response that carries errors. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: readonly GraphQLErrorEntry[],
    readonly status: number,
  ) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'GraphQLRequestError';
  }
}

/** The request never produced a GraphQL response (offline, proxy error). */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

async function readBody<TResult>(
  response: Response,
): Promise<GraphQLResponseBody<TResult>> {
  try {
    return (await response.json()) as GraphQLResponseBody<TResult>;
  } catch {
    throw new NetworkError(
      `GraphQL endpoint returned HTTP ${response.status} without a JSON body.`,
      response.status,
    );
  }
}

/**
 * Sends one generated document as a JSON POST. A JSON content type is what
 * Apollo Server's CSRF prevention requires of a browser request.
 */
export async function executeQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(
      error instanceof Error ? error.message : String(error),
    );
  }

  const body = await readBody<TResult>(response);
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new GraphQLRequestError(body.errors, response.status);
  }
  if (body.data === undefined || body.data === null) {
    throw new NetworkError(
      `GraphQL endpoint returned HTTP ${response.status} without data.`,
      response.status,
    );
  }

  return body.data;
}

/** Tells an abort, which callers ignore, from a failure. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
