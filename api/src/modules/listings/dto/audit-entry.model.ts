import { Field, ID, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';

@ObjectType('AuditEntry', {
  description: 'One recorded change: who did what, and when.',
})
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field({
    description:
      'A verb: create, update, submit, publish, archive, approve or reject.',
  })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null when the account that acted has been deleted.',
  })
  actorName!: string | null;

  @Field({
    description:
      'JSON text: changed fields as `{"field": {"from": …, "to": …}}`, plus `reason` for a rejection.',
  })
  changes!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}
