import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { VerificationCheckModel } from '../../verification/dto/verification.model.js';
import {
  type ImportedCredential,
  ImportedCredentialStatus,
  ImportedSpecVersion,
  ImportSource,
} from '../imported-credential.entity.js';

registerEnumType(ImportSource, {
  name: 'ImportSource',
  description: 'How an imported badge reached the backpack.',
});
registerEnumType(ImportedSpecVersion, {
  name: 'ImportedSpecVersion',
  description: 'The Open Badges version an imported badge follows.',
});
registerEnumType(ImportedCredentialStatus, {
  name: 'ImportedBadgeStatus',
  description: 'The result of the latest verification of an imported badge.',
});

/**
 * A badge issued elsewhere, as GraphQL returns it. The columns without
 * `@Field` feed field resolvers and visibility checks.
 */
@ObjectType('ImportedBadge', {
  description: 'A badge issued on another platform and kept in a backpack.',
})
export class ImportedBadgeObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportSource)
  source!: ImportSource;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;

  @Field(() => ImportedSpecVersion, { nullable: true })
  specVersion!: ImportedSpecVersion | null;

  @Field(() => String, {
    nullable: true,
    description: "The credential's or assertion's own id.",
  })
  credentialUri!: string | null;

  @Field(() => String, { nullable: true })
  achievementUri!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  issuerUri!: string | null;

  @Field(() => String, { nullable: true })
  issuerName!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The badge image, when the import had one.',
  })
  imageUrl!: string | null;

  @Field(() => [Int], { description: 'SDG numbers of its alignments.' })
  sdgNumbers!: number[];

  @Field(() => [String], { description: 'WEF skill ids of its alignments.' })
  skillIds!: string[];

  @Field(() => ImportedCredentialStatus)
  status!: ImportedCredentialStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why the badge is not valid, when it is not.',
  })
  failureReason!: string | null;

  @Field(() => [VerificationCheckModel], {
    description: 'Each check of the latest verification.',
  })
  checks!: VerificationCheckModel[];

  @Field(() => DateTimeScalar)
  verifiedAt!: Date;

  @Field({ description: 'True while the learner shows it publicly.' })
  shared!: boolean;

  @Field(() => DateTimeScalar)
  importedAt!: Date;

  userId!: string;
  sharedAt!: Date | null;
}

/** Maps a stored import to its GraphQL object. */
export function toImportedBadgeObject(
  row: ImportedCredential,
  publicUrl: string,
): ImportedBadgeObject {
  const base = publicUrl.replace(/\/+$/, '');

  return {
    id: row.id,
    source: row.source,
    sourceUrl: row.sourceUrl,
    specVersion: row.specVersion,
    credentialUri: row.credentialUri,
    achievementUri: row.achievementUri,
    name: row.achievementName,
    description: row.achievementDescription,
    issuerUri: row.issuerUri,
    issuerName: row.issuerName,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    imageUrl:
      row.imageContentType === null
        ? null
        : `${base}/api/imported-badges/${row.id}/image`,
    sdgNumbers: row.sdgNumbers,
    skillIds: row.skillIds,
    status: row.status,
    failureReason: row.failureReason,
    checks: Array.isArray(row.checks)
      ? (row.checks as VerificationCheckModel[])
      : [],
    verifiedAt: row.verifiedAt,
    shared: row.sharedAt !== null,
    importedAt: row.createdAt,
    userId: row.userId,
    sharedAt: row.sharedAt,
  };
}
