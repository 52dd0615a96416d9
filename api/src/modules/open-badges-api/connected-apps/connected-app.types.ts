import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';

@ObjectType('OAuthScope', {
  description: 'A permission an app asks for, with what it allows.',
})
export class OAuthScopeObject {
  @Field({ description: 'The scope URI, such as an Open Badges 3.0 scope.' })
  uri!: string;

  @Field({ description: 'What the scope allows, in English.' })
  description!: string;
}

@ObjectType('OAuthClientApp', {
  description:
    'An app registered to use the Open Badges API, as it describes itself.',
})
export class OAuthClientObject {
  @Field({ description: 'The name the app registered; anyone can choose it.' })
  name!: string;

  @Field()
  clientUri!: string;

  @Field()
  logoUri!: string;

  @Field({ description: "The app's terms of service." })
  tosUri!: string;

  @Field({ description: "The app's privacy policy." })
  policyUri!: string;
}

@ObjectType('OAuthAuthorizationRequest', {
  description: 'An app asking the viewer for access, awaiting a decision.',
})
export class AuthorizationRequestObject {
  @Field(() => ID)
  id!: string;

  @Field(() => OAuthClientObject)
  client!: OAuthClientObject;

  @Field({ description: 'Where the browser goes after the decision.' })
  redirectUri!: string;

  @Field(() => [OAuthScopeObject])
  scopes!: OAuthScopeObject[];

  @Field(() => DateTimeScalar)
  expiresAt!: Date;
}

@ObjectType('OAuthDecision')
export class AuthorizationDecisionObject {
  @Field({
    description:
      "The app's redirect URI with the code or the error; the web app sends the browser there.",
  })
  redirectUrl!: string;
}

@ObjectType('ConnectedApp', {
  description: 'An app the viewer allowed to use their badges or profile.',
})
export class ConnectedAppObject {
  @Field(() => ID, { description: 'The grant id, used to revoke it.' })
  id!: string;

  @Field(() => OAuthClientObject)
  client!: OAuthClientObject;

  @Field(() => [OAuthScopeObject])
  scopes!: OAuthScopeObject[];

  @Field(() => DateTimeScalar)
  connectedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  lastUsedAt!: Date | null;
}

@InputType('DecideOAuthAuthorizationInput')
export class DecideAuthorizationInput {
  @Field(() => ID)
  requestId!: string;
}

@InputType('RevokeConnectedAppInput')
export class RevokeConnectedAppInput {
  @Field(() => ID, { description: 'The ConnectedApp id.' })
  connectedAppId!: string;
}
