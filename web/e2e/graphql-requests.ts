import type { Page } from 'playwright-core';

/**
 * Sends a GraphQL request with the cookies of `page`'s browser context, so
 * it acts as the person signed in there. Throws with the API's messages
 * when the response has errors.
 */
export async function graphqlAs<Data>(
  page: Page,
  origin: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const response = await page.request.post(`${origin}/graphql`, {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as {
    data?: Data;
    errors?: { message: string }[];
  };
  if (body.errors !== undefined && body.errors.length > 0) {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    throw new Error(
      `${operation ?? 'GraphQL request'} failed with HTTP ${response.status()}: ${body.errors.map((error) => error.message).join(' ')}`,
    );
  }
  if (body.data === undefined) {
    throw new Error(`GraphQL returned HTTP ${response.status()} without data.`);
  }

  return body.data;
}
