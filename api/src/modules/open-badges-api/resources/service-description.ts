import { OAUTH_PATHS } from '../oauth/oauth.controller.js';
import { OB_API_BASE_PATH, ObScope, SCOPE_DESCRIPTIONS } from '../scopes.js';

const JSON_BODY = { 'application/json': { schema: { type: 'object' } } };
const STATUS_INFO = {
  description: 'Imsx_StatusInfo describing the failure.',
  content: JSON_BODY,
};
const ERRORS = {
  '400': STATUS_INFO,
  '401': STATUS_INFO,
  '403': STATUS_INFO,
  '429': STATUS_INFO,
  default: STATUS_INFO,
};

function operation(
  operationId: string,
  scope: string,
  responses: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    operationId,
    tags: ['OpenBadgeCredentials'],
    security: [{ OAuth2ACG: [scope] }],
    responses: { ...responses, ...ERRORS },
    ...extra,
  };
}

function queryParameter(name: string, schema: Record<string, unknown>) {
  return { name, in: 'query', required: false, schema };
}

const CREDENTIAL_BODY = {
  required: true,
  content: {
    'application/json': { schema: { type: 'object' } },
    'text/plain': { schema: { type: 'string' } },
  },
};

/**
 * Builds the Service Description Document: a profiled OpenAPI 3.0 file
 * with the endpoints this server implements and its OAuth 2.0 URLs.
 */
export function serviceDescription(publicUrl: string) {
  const ok = (description: string) => ({ description, content: JSON_BODY });

  return {
    openapi: '3.0.1',
    info: {
      title: 'Learnscape',
      version: '3.0',
      description: 'Open Badges 3.0 API of Learnscape.',
      // NOTE: the web app has no terms or privacy pages at these paths yet.
      termsOfService: `${publicUrl}/terms`,
      'x-imssf-privacyPolicyUrl': `${publicUrl}/privacy`,
    },
    servers: [{ url: `${publicUrl}${OB_API_BASE_PATH}` }],
    tags: [{ name: 'OpenBadgeCredentials' }, { name: 'Discovery' }],
    paths: {
      '/credentials': {
        get: operation(
          'getCredentials',
          ObScope.CredentialReadonly,
          {
            '200': ok(
              'GetOpenBadgeCredentialsResponse, paged by limit and offset.',
            ),
          },
          {
            parameters: [
              queryParameter('limit', {
                type: 'integer',
                minimum: 1,
                maximum: 100,
              }),
              queryParameter('offset', { type: 'integer', minimum: 0 }),
              queryParameter('since', { type: 'string', format: 'date-time' }),
            ],
          },
        ),
        post: operation(
          'upsertCredential',
          ObScope.CredentialUpsert,
          {
            '200': ok('The credential replaced one with the same id.'),
            '201': ok('The credential was added.'),
          },
          { requestBody: CREDENTIAL_BODY },
        ),
      },
      '/profile': {
        get: operation('getProfile', ObScope.ProfileReadonly, {
          '200': ok("The learner's Profile."),
        }),
        put: operation(
          'putProfile',
          ObScope.ProfileUpdate,
          { '200': ok('The updated Profile.') },
          {
            requestBody: { required: true, content: JSON_BODY },
          },
        ),
      },
      '/discovery': {
        get: {
          operationId: 'getServiceDescription',
          tags: ['Discovery'],
          responses: { '200': ok('This document.'), default: STATUS_INFO },
        },
      },
    },
    components: {
      securitySchemes: {
        OAuth2ACG: {
          type: 'oauth2',
          description: 'OAuth 2.0 Authorization Code Grant with PKCE (S256).',
          'x-imssf-registrationUrl': `${publicUrl}${OAUTH_PATHS.register}`,
          flows: {
            authorizationCode: {
              authorizationUrl: `${publicUrl}${OAUTH_PATHS.authorize}`,
              tokenUrl: `${publicUrl}${OAUTH_PATHS.token}`,
              refreshUrl: `${publicUrl}${OAUTH_PATHS.token}`,
              'x-learnscape-revocationUrl': `${publicUrl}${OAUTH_PATHS.revoke}`,
              scopes: SCOPE_DESCRIPTIONS,
            },
          },
        },
      },
    },
  };
}
