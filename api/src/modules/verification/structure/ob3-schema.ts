/**
 * JSON Schemas (draft 2020-12) for the Open Badges 3.0 credentials we
 * verify, written from the class tables of the Open Badges 3.0 data
 * model: the required properties of AchievementCredential (alias
 * OpenBadgeCredential), EndorsementCredential and the classes they embed.
 * Optional properties are checked only for their type, and extension
 * properties are allowed, as the data model's Extensions mixin permits.
 */

const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
/** Any published Open Badges 3.0 context, such as `context-3.0.3.json`. */
const OB_V3_CONTEXT_PATTERN =
  '^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json$';

/**
 * Annotation on a oneOf or anyOf saying, in words, what the value must be;
 * the verifier reports it instead of the errors of each branch.
 */
export const EXPECTS = 'x-expects';

/** A JSON-LD `type` value: one IRI or an unordered set of them. */
function typeContaining(...alternatives: string[]): object {
  const contains =
    alternatives.length === 1
      ? { const: alternatives[0] }
      : { enum: alternatives };

  return {
    [EXPECTS]: `must include ${alternatives.join(' or ')}`,
    oneOf: [
      { type: 'string', ...contains },
      { type: 'array', items: { type: 'string' }, minItems: 1, contains },
    ],
  };
}

function oneOrMany(schema: object): object {
  return { oneOf: [schema, { type: 'array', items: schema }] };
}

const uri = { type: 'string', format: 'uri' };
const dateTime = { type: 'string', format: 'date-time' };

const definitions = {
  Profile: {
    type: 'object',
    required: ['id', 'type'],
    properties: {
      id: uri,
      type: typeContaining('Profile'),
      name: { type: 'string' },
      url: uri,
      email: { type: 'string' },
    },
  },
  ProfileRef: {
    [EXPECTS]: 'must be a URI or a Profile object with an id (URI) and type',
    oneOf: [uri, { $ref: '#/$defs/Profile' }],
  },
  Image: {
    [EXPECTS]: 'must be a URI or an Image object with an id (URI) and type',
    oneOf: [
      uri,
      {
        type: 'object',
        required: ['id', 'type'],
        properties: { id: uri, type: { const: 'Image' } },
      },
    ],
  },
  Criteria: {
    type: 'object',
    properties: { id: uri, narrative: { type: 'string' } },
  },
  Alignment: {
    type: 'object',
    required: ['type', 'targetName', 'targetUrl'],
    properties: {
      type: typeContaining('Alignment'),
      targetName: { type: 'string' },
      targetUrl: uri,
      targetCode: { type: 'string' },
      targetFramework: { type: 'string' },
      targetDescription: { type: 'string' },
      targetType: { type: 'string' },
    },
  },
  Achievement: {
    type: 'object',
    required: ['id', 'type', 'criteria', 'description', 'name'],
    properties: {
      id: uri,
      type: typeContaining('Achievement'),
      name: { type: 'string' },
      description: { type: 'string' },
      criteria: { $ref: '#/$defs/Criteria' },
      achievementType: { type: 'string' },
      alignment: { type: 'array', items: { $ref: '#/$defs/Alignment' } },
      creator: { $ref: '#/$defs/Profile' },
      image: { $ref: '#/$defs/Image' },
      tag: { type: 'array', items: { type: 'string' } },
      endorsement: { type: 'array', items: { type: 'object' } },
      endorsementJwt: { type: 'array', items: { type: 'string' } },
    },
  },
  IdentityObject: {
    type: 'object',
    required: ['type', 'hashed', 'identityHash', 'identityType'],
    properties: {
      type: { const: 'IdentityObject' },
      hashed: { type: 'boolean' },
      identityHash: { type: 'string' },
      identityType: { type: 'string' },
      salt: { type: 'string' },
    },
  },
  AchievementSubject: {
    type: 'object',
    required: ['type', 'achievement'],
    // Either `id` or at least one `identifier` names the recipient.
    [EXPECTS]: 'must have an id or at least one identifier',
    anyOf: [
      { required: ['id'] },
      { required: ['identifier'], properties: { identifier: { minItems: 1 } } },
    ],
    properties: {
      id: uri,
      type: typeContaining('AchievementSubject'),
      achievement: { $ref: '#/$defs/Achievement' },
      identifier: {
        type: 'array',
        items: { $ref: '#/$defs/IdentityObject' },
      },
      narrative: { type: 'string' },
    },
  },
  EndorsementSubject: {
    type: 'object',
    required: ['id', 'type'],
    properties: {
      id: uri,
      type: typeContaining('EndorsementSubject'),
      endorsementComment: { type: 'string' },
    },
  },
  Evidence: {
    type: 'object',
    required: ['type'],
    properties: {
      id: uri,
      type: typeContaining('Evidence'),
      name: { type: 'string' },
      narrative: { type: 'string' },
      description: { type: 'string' },
    },
  },
  CredentialStatus: {
    type: 'object',
    required: ['id', 'type'],
    properties: {
      id: uri,
      type: { type: 'string' },
      statusPurpose: { type: 'string' },
      statusListIndex: { type: 'string', pattern: '^[0-9]+$' },
      statusListCredential: uri,
    },
  },
  Proof: {
    type: 'object',
    required: ['type'],
    properties: {
      type: { type: 'string' },
      created: dateTime,
      cryptosuite: { type: 'string' },
      proofPurpose: { type: 'string' },
      proofValue: { type: 'string' },
      verificationMethod: uri,
    },
  },
};

/** Properties every Verifiable Credential 2.0 we accept shares. */
const credentialBase = {
  type: 'object',
  required: [
    '@context',
    'id',
    'type',
    'issuer',
    'validFrom',
    'credentialSubject',
  ],
  properties: {
    '@context': {
      type: 'array',
      minItems: 2,
      prefixItems: [
        { const: VC_V2_CONTEXT },
        { type: 'string', pattern: OB_V3_CONTEXT_PATTERN },
      ],
    },
    id: uri,
    issuer: { $ref: '#/$defs/ProfileRef' },
    validFrom: dateTime,
    validUntil: dateTime,
    name: { type: 'string' },
    description: { type: 'string' },
    evidence: oneOrMany({ $ref: '#/$defs/Evidence' }),
    credentialStatus: oneOrMany({ $ref: '#/$defs/CredentialStatus' }),
    proof: oneOrMany({ $ref: '#/$defs/Proof' }),
  },
};

export const ACHIEVEMENT_CREDENTIAL_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:learnscape:schema:achievement-credential',
  $defs: definitions,
  allOf: [
    credentialBase,
    {
      required: ['name'],
      properties: {
        type: typeContaining('AchievementCredential', 'OpenBadgeCredential'),
        credentialSubject: { $ref: '#/$defs/AchievementSubject' },
      },
    },
    {
      properties: {
        type: typeContaining('VerifiableCredential'),
      },
    },
  ],
};

export const ENDORSEMENT_CREDENTIAL_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:learnscape:schema:endorsement-credential',
  $defs: definitions,
  allOf: [
    credentialBase,
    {
      required: ['name'],
      properties: {
        type: typeContaining('EndorsementCredential'),
        credentialSubject: { $ref: '#/$defs/EndorsementSubject' },
      },
    },
    { properties: { type: typeContaining('VerifiableCredential') } },
  ],
};
