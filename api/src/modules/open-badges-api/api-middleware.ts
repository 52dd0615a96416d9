import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json, text, urlencoded } from 'express';

import { asciiDescription } from './oauth/oauth-error.js';
import { imsxStatusInfo } from './resources/imsx-error.js';

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

/** Writer of a body-reading failure, in the route's own error format. */
type BodyErrorWriter = (
  response: Response,
  status: number,
  message: string,
) => void;

const parseJson = json({ limit: '100kb', strict: false });

/** Describes a parsed value that is not a JSON object, such as "null". */
function describeNonObject(value: unknown): string | null {
  if (value === null) return 'null';
  if (Array.isArray(value)) return null;

  return typeof value === 'object' ? null : `a JSON ${typeof value}`;
}

/**
 * Reads JSON bodies of up to 100 kB before the app-wide parser does, so
 * that a body that is not JSON, too large or not an object gets a response
 * in the route's error format rather than Nest's default one.
 */
function jsonBodyParser(
  subject: string,
  writeError: BodyErrorWriter,
): RequestHandler {
  return (request, response, next) => {
    parseJson(request, response, (error?: unknown) => {
      if (error !== undefined && error !== null) {
        const failure = error as { type?: string; status?: number };
        if (failure.type === 'entity.too.large') {
          writeError(response, 413, `${subject} is larger than 100 kB.`);
        } else if (failure.type === 'entity.parse.failed') {
          writeError(response, 400, `${subject} is not valid JSON.`);
        } else {
          writeError(
            response,
            failure.status === 415 ? 415 : 400,
            `${subject} could not be read; send it as UTF-8 JSON.`,
          );
        }

        return;
      }
      const kind = request.is('application/json')
        ? describeNonObject(request.body)
        : null;
      if (kind !== null) {
        writeError(
          response,
          400,
          `${subject} must be a JSON object, not ${kind}.`,
        );

        return;
      }
      next();
    });
  };
}

/** JSON bodies of the resource endpoints, with failures as Imsx_StatusInfo. */
export const resourceJsonParser = jsonBodyParser(
  'The request body',
  (response, status, message) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.status(status).json(imsxStatusInfo('invalid_data', message));
  },
);

/** JSON bodies of client registration, with failures as RFC 7591 errors. */
export const registrationJsonParser = jsonBodyParser(
  'The client metadata',
  (response, status, message) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cache-Control', 'no-store');
    response.status(status).json({
      error: 'invalid_client_metadata',
      error_description: asciiDescription(message),
    });
  },
);
