import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { PageInfo } from '../../../common/pagination/page-info.model.js';
import {
  type Credential,
  CredentialStatus,
  CredentialType,
} from '../../credentials/credential.entity.js';

registerEnumType(CredentialStatus, {
  name: 'CredentialStatus',
  description: 'Whether a credential is in force; REVOKED is final.',
});

@ObjectType('CredentialDownloads', {
  description: 'Where the signed credential can be downloaded.',
})
export class CredentialDownloadsObject {
  @Field({ description: 'The signed JSON-LD document.' })
  json!: string;

  @Field({ description: 'The same credential as a VC-JWT.' })
  jwt!: string;

  @Field({ description: 'The badge image with the credential baked in.' })
  png!: string;

  @Field({ description: 'The badge as SVG with the credential baked in.' })
  svg!: string;
}

@ObjectType('CredentialEvidence', {
  description: 'A file or link that shows what the recipient did.',
})
export class CredentialEvidenceObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  narrative!: string | null;

  @Field({ description: 'The uploaded file, or the external link.' })
  url!: string;

  @Field(() => String, { nullable: true })
  contentType!: string | null;

  @Field(() => String, { nullable: true })
  fileSha256!: string | null;

  credentialId!: string;
}

/**
 * A signed credential as GraphQL returns it. The columns below without
 * `@Field` feed the field resolvers and the visibility checks.
 */
@ObjectType('Credential', {
  description: 'An Open Badges 3.0 credential awarded to a learner.',
})
export class CredentialObject {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  issuedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  validUntil!: Date | null;

  @Field(() => CredentialStatus)
  status!: CredentialStatus;

  @Field({ description: 'True once the recipient made it public.' })
  shared!: boolean;

  @Field({ description: 'The page that anyone can see once it is shared.' })
  publicUrl!: string;

  @Field({ description: 'The hosted Open Badges 2.0 assertion.' })
  ob2AssertionUrl!: string;

  @Field(() => CredentialDownloadsObject)
  downloadUrls!: CredentialDownloadsObject;

  @Field({ description: 'The same credential as a VC-JWT (compact JWS).' })
  jwt!: string;

  type!: CredentialType;
  organisationId!: string;
  achievementId!: string | null;
  recipientUserId!: string | null;
  recipientEmail!: string | null;
  endorsedOrganisationId!: string | null;
  registrationId!: string | null;
  claimCodeId!: string | null;
  document!: Record<string, unknown>;
  sharedAt!: Date | null;
}

/** Maps a stored credential to its GraphQL object. */
export function toCredentialObject(
  credential: Credential,
  publicUrl: string,
): CredentialObject {
  const base = publicUrl.replace(/\/+$/, '');
  const api = `${base}/api/credentials/${credential.id}`;

  return {
    id: credential.id,
    issuedAt: credential.validFrom,
    validUntil: credential.validUntil,
    status: credential.status,
    shared: credential.sharedAt !== null,
    publicUrl: `${base}/badges/${credential.id}`,
    ob2AssertionUrl: `${base}/ob2/assertions/${credential.id}`,
    downloadUrls: {
      json: `${api}/credential.json`,
      jwt: `${api}/credential.jwt`,
      png: `${api}/badge.png`,
      svg: `${api}/badge.svg`,
    },
    jwt: credential.jwt,
    type: credential.type,
    organisationId: credential.organisationId,
    achievementId: credential.achievementId,
    recipientUserId: credential.recipientUserId,
    recipientEmail: credential.recipientEmail,
    endorsedOrganisationId: credential.endorsedOrganisationId,
    registrationId: credential.registrationId,
    claimCodeId: credential.claimCodeId,
    document: credential.document,
    sharedAt: credential.sharedAt,
  };
}

@ObjectType('CredentialEdge')
export class CredentialEdge {
  @Field(() => CredentialObject)
  node!: CredentialObject;

  @Field()
  cursor!: string;
}

@ObjectType('CredentialConnection')
export class CredentialConnection {
  @Field(() => [CredentialEdge])
  edges!: CredentialEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All matches, across every page.' })
  totalCount!: number;
}
