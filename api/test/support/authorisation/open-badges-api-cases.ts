import { type Attempt, type MutationCase, rows } from './case.js';
import { unique } from './records.js';
import { type Actor, SIGNED_IN, type World } from './world.js';

const SCOPE = 'https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly';

/** Inserts a registered client, as registration would store it. */
async function insertClient(world: World): Promise<string> {
  const [client] = await rows(
    world,
    `INSERT INTO oauth_clients (client_id, client_secret_hash,
       token_endpoint_auth_method, client_name, client_uri, logo_uri, tos_uri,
       policy_uri, software_id, software_version, redirect_uris, scopes,
       grant_types)
     VALUES ($1, NULL, 'none', 'Matrix Wallet', 'https://w.example/',
       'https://w.example/logo.png', 'https://w.example/terms',
       'https://w.example/privacy', 'matrix', '1', $2, $3, $4)
     RETURNING id`,
    [
      `matrix-${unique()}`,
      ['https://w.example/cb'],
      [SCOPE],
      ['authorization_code'],
    ],
  );

  return client!.id as string;
}

/** A pending authorization request that any signed-in learner may decide. */
async function pendingRequest(world: World): Promise<Attempt> {
  const clientId = await insertClient(world);
  const [request] = await rows(
    world,
    `INSERT INTO oauth_authorization_requests (client_id, redirect_uri, scopes,
       state, code_challenge, expires_at)
     VALUES ($1, 'https://w.example/cb', $2, 'state', $3,
       now() + interval '10 minutes')
     RETURNING id`,
    [clientId, [SCOPE], 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'],
  );
  const id = request!.id as string;

  return {
    variables: { input: { requestId: id } },
    readState: () =>
      rows(
        world,
        `SELECT user_id, code_hash, approved_at, denied_at
           FROM oauth_authorization_requests WHERE id = $1`,
        [id],
      ),
  };
}

/** A grant of the actor's own account; anonymous gets the learner's. */
async function ownGrant(world: World, actor: Actor): Promise<Attempt> {
  const clientId = await insertClient(world);
  const userId = actor.user?.id ?? world.users.learner.id;
  const [grant] = await rows(
    world,
    `INSERT INTO oauth_grants (user_id, client_id, scopes)
     VALUES ($1, $2, $3) RETURNING id`,
    [userId, clientId, [SCOPE]],
  );
  const id = grant!.id as string;

  return {
    variables: { input: { connectedAppId: id } },
    readState: () =>
      rows(world, 'SELECT revoked_at FROM oauth_grants WHERE id = $1', [id]),
  };
}

const DECIDE = (
  name: string,
) => `mutation ($input: DecideOAuthAuthorizationInput!) {
  ${name}(input: $input) { redirectUrl }
}`;

export const OPEN_BADGES_API_CASES: MutationCase[] = [
  {
    mutation: 'approveOAuthAuthorization',
    document: DECIDE('approveOAuthAuthorization'),
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world) => pendingRequest(world),
  },
  {
    mutation: 'denyOAuthAuthorization',
    document: DECIDE('denyOAuthAuthorization'),
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world) => pendingRequest(world),
  },
  {
    mutation: 'revokeConnectedApp',
    document: `mutation ($input: RevokeConnectedAppInput!) {
      revokeConnectedApp(input: $input)
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) => ownGrant(world, actor),
  },
];
