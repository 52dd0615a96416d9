import { Field, ID, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { VerificationCheckModel } from '../../verification/dto/verification.model.js';
import {
  CheckOutcome,
  VerificationCheckName,
} from '../../verification/verification-result.js';
import {
  type ImportedCredential,
  ImportedCredentialStatus,
} from '../imported-credential.entity.js';

/** The outcome of one check, without the message the owner sees. */
@ObjectType('SharedVerificationCheck', {
  description:
    'One check of the latest verification of a shared imported badge.',
})
export class SharedVerificationCheckObject {
  @Field(() => VerificationCheckName)
  check!: VerificationCheckName;

  @Field(() => CheckOutcome)
  outcome!: CheckOutcome;
}

/**
 * The public view of an imported badge that its owner shares. It leaves out
 * what only the owner may see: the raw text, the source URL, the failure
 * reason and the check messages, which may name the recipient's address.
 */
@ObjectType('SharedImportedBadge', {
  description:
    'An imported badge its owner shares publicly, as anyone may see it.',
})
export class SharedImportedBadgeObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  issuerName!: string | null;

  @Field(() => String, { nullable: true })
  issuerUri!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => ImportedCredentialStatus)
  status!: ImportedCredentialStatus;

  @Field(() => [SharedVerificationCheckObject], {
    description:
      'The outcome of each check of the latest verification, except the recipient check.',
  })
  checks!: SharedVerificationCheckObject[];

  @Field(() => DateTimeScalar, {
    description: 'When Learnscape last verified the badge.',
  })
  verifiedAt!: Date;
}

/** Maps a shared import to its public object, dropping private fields. */
export function toSharedImportedBadgeObject(
  row: ImportedCredential,
  publicUrl: string,
): SharedImportedBadgeObject {
  const base = publicUrl.replace(/\/+$/, '');
  const checks = Array.isArray(row.checks)
    ? (row.checks as VerificationCheckModel[])
    : [];

  return {
    id: row.id,
    name: row.achievementName,
    description: row.achievementDescription,
    issuerName: row.issuerName,
    issuerUri: row.issuerUri,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    imageUrl:
      row.imageContentType === null
        ? null
        : `${base}/api/imported-badges/${row.id}/image`,
    status: row.status,
    checks: checks
      // The recipient check concerns the owner's addresses, so it stays private.
      .filter((check) => check.check !== VerificationCheckName.RECIPIENT)
      .map((check) => ({ check: check.check, outcome: check.outcome })),
    verifiedAt: row.verifiedAt,
  };
}
