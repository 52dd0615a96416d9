import {
  ArgsType,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';

import { PageInfo } from '../../../common/pagination/page-info.model.js';
import { ImportedBadgeObject } from './imported-badge.type.js';

export const DEFAULT_IMPORTS_PAGE = 20;
export const MAX_IMPORTS_PAGE = 100;

/** Pasted text stays under the GraphQL body limit of 100 kB. */
export const MAX_PASTED_CHARACTERS = 90_000;

@InputType('ImportBadgeTextInput')
export class ImportBadgeTextInput {
  @Field({
    description:
      'An Open Badges 3.0 credential (JSON or VC-JWT) or an Open Badges 2.0 assertion (JSON or JWS).',
  })
  text!: string;
}

@InputType('ImportBadgeUrlInput')
export class ImportBadgeUrlInput {
  @Field({
    description: 'The http(s) URL of an Open Badges 2.0 hosted assertion.',
  })
  url!: string;
}

@InputType('ShareImportedBadgeInput')
export class ShareImportedBadgeInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'True shows the badge publicly; false hides it.' })
  shared!: boolean;
}

@ArgsType()
export class MyImportedBadgesArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_IMPORTS_PAGE,
    description: `1 to ${MAX_IMPORTS_PAGE}; null means ${DEFAULT_IMPORTS_PAGE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType('ImportBadgeResult')
export class ImportBadgeResult {
  @Field(() => ImportedBadgeObject)
  badge!: ImportedBadgeObject;

  @Field({
    description:
      'False when the same credential was already in the backpack and was replaced.',
  })
  created!: boolean;
}

@ObjectType('ImportedBadgeEdge')
export class ImportedBadgeEdge {
  @Field(() => ImportedBadgeObject)
  node!: ImportedBadgeObject;

  @Field()
  cursor!: string;
}

@ObjectType('ImportedBadgeConnection')
export class ImportedBadgeConnection {
  @Field(() => [ImportedBadgeEdge])
  edges!: ImportedBadgeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All imports, across every page.' })
  totalCount!: number;
}
