import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { text, urlencoded } from 'express';

/**
 * Lets browser-based clients call the API from any origin. The routes
 * read no cookies, only Bearer tokens and client credentials, so another
 * site gains nothing it could not do from a server.
 */
export function corsMiddleware(
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader(
    'Access-Control-Expose-Headers',
    'X-Total-Count, Link, WWW-Authenticate, Retry-After',
  );
  if (request.method !== 'OPTIONS') return next();
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
  response.setHeader(
    'Access-Control-Allow-Headers',
    'Authorization, Content-Type, Accept',
  );
  response.setHeader('Access-Control-Max-Age', '600');
  response.status(204).end();
}

/** Reads the form bodies of the token and revocation endpoints. */
export const formBodyParser: RequestHandler = urlencoded({
  extended: false,
  limit: '10kb',
  parameterLimit: 20,
});

/** Media types of a credential sent to upsertCredential as text. */
export const CREDENTIAL_TEXT_TYPES = [
  'text/plain',
  'application/vc+ld+json',
  'application/ld+json',
  'application/vc+jwt',
  'application/jwt',
];

/**
 * Reads a credential body that the app's JSON parser leaves alone: a
 * compact JWS as `text/plain`, or JSON-LD media types, as text.
 */
export const credentialTextParser: RequestHandler = text({
  type: CREDENTIAL_TEXT_TYPES,
  limit: '100kb',
});
