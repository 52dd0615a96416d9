import {
  ArgsType,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { PageInfo } from '../../../common/pagination/page-info.model.js';

export enum BackpackItemKind {
  ISSUED = 'ISSUED',
  IMPORTED = 'IMPORTED',
}

/** The verification status a backpack shows for a badge. */
export enum BackpackBadgeStatus {
  VALID = 'VALID',
  /** Issued here with a validFrom still in the future. */
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  SUSPENDED = 'SUSPENDED',
  UNVERIFIABLE = 'UNVERIFIABLE',
}

export enum BackpackSort {
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  NAME = 'NAME',
  ISSUER = 'ISSUER',
}

registerEnumType(BackpackItemKind, {
  name: 'BackpackItemKind',
  description: 'ISSUED: awarded on Learnscape. IMPORTED: issued elsewhere.',
});
registerEnumType(BackpackBadgeStatus, {
  name: 'BackpackBadgeStatus',
  description:
    'Issued badges: REVOKED or SUSPENDED by the issuer, EXPIRED after validUntil, NOT_YET_VALID before validFrom, else VALID. Imported badges: the result of their latest verification.',
});
registerEnumType(BackpackSort, {
  name: 'BackpackSort',
  description:
    'NEWEST and OLDEST by issue date; NAME by badge name; ISSUER by issuer name, then badge name.',
});

/** One badge of a backpack, issued here or imported, with list fields. */
@ObjectType('BackpackItem', {
  description:
    'A badge in a backpack. `credential` is set for ISSUED badges and `importedBadge` for IMPORTED ones.',
})
export class BackpackItemObject {
  @Field(() => ID, { description: 'The id of the credential or import.' })
  id!: string;

  @Field(() => BackpackItemKind)
  kind!: BackpackItemKind;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => String, {
    description: 'Pass in `filter.issuers` to list this issuer only.',
  })
  issuerKey!: string;

  @Field(() => String, { nullable: true })
  issuerName!: string | null;

  @Field(() => DateTimeScalar)
  issuedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => BackpackBadgeStatus)
  status!: BackpackBadgeStatus;

  @Field({ description: 'True while the learner shows it publicly.' })
  shared!: boolean;

  @Field(() => [Int])
  sdgNumbers!: number[];

  @Field(() => [String], { description: 'WEF skill ids.' })
  skillIds!: string[];

  achievementId!: string | null;
}

@ObjectType('BackpackItemEdge')
export class BackpackItemEdge {
  @Field(() => BackpackItemObject)
  node!: BackpackItemObject;

  @Field()
  cursor!: string;
}

@ObjectType('BackpackItemConnection')
export class BackpackItemConnection {
  @Field(() => [BackpackItemEdge])
  edges!: BackpackItemEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Badges that match the filter.' })
  totalCount!: number;
}

@ObjectType('BackpackIssuer', {
  description: 'An issuer of badges in the viewer’s backpack.',
})
export class BackpackIssuerObject {
  @Field({ description: 'Pass in `filter.issuers`.' })
  key!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Int)
  badgeCount!: number;
}

export const BACKPACK_LIMITS = {
  defaultPage: 20,
  maxPage: 100,
  sdgs: 17,
  skills: 16,
  skillIdLength: 100,
  issuers: 50,
  issuerKeyLength: 2100,
} as const;

@InputType('BackpackFilterInput', {
  description:
    'Within one list any value matches; every filter given must match.',
})
export class BackpackFilterInput {
  @Field(() => [Int], {
    nullable: true,
    description: `SDG numbers 1 to 17, at most ${BACKPACK_LIMITS.sdgs}.`,
  })
  sdgs?: number[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `WEF skill ids, at most ${BACKPACK_LIMITS.skills}.`,
  })
  skills?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Issuer keys from myBackpackIssuers, at most ${BACKPACK_LIMITS.issuers}.`,
  })
  issuers?: string[] | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Issued at or after this time.',
  })
  issuedFrom?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Issued at or before this time.',
  })
  issuedTo?: Date | null;

  @Field(() => [BackpackBadgeStatus], { nullable: true })
  statuses?: BackpackBadgeStatus[] | null;

  @Field(() => [BackpackItemKind], { nullable: true })
  kinds?: BackpackItemKind[] | null;
}

@ArgsType()
export class MyBackpackArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: BACKPACK_LIMITS.defaultPage,
    description: `1 to ${BACKPACK_LIMITS.maxPage}; null means ${BACKPACK_LIMITS.defaultPage}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => BackpackSort, {
    nullable: true,
    defaultValue: BackpackSort.NEWEST,
  })
  sort?: BackpackSort | null;

  @Field(() => BackpackFilterInput, { nullable: true })
  filter?: BackpackFilterInput | null;
}
