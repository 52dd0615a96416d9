import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import { OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { DateTimeScalar } from '../../common/graphql/date-time.scalar.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { OpportunitySessionModel } from '../opportunities/dto/opportunity.model.js';
import { attendanceOpensAt } from './attendance-window.js';
import { RegistrationModel } from './dto/registration.model.js';
import {
  RegistrationLoadersRepository,
  type SessionCounts,
} from './registration-loaders.repository.js';

const NO_COUNTS: SessionCounts = {
  capacity: null,
  registered: 0,
  waitlisted: 0,
};

/**
 * Places and the viewer's registration on each session. Search results list
 * many sessions, so each field makes one batched query per request.
 */
@Public()
@Resolver(() => OpportunitySessionModel)
export class SessionRegistrationFieldsResolver {
  constructor(private readonly loaders: RegistrationLoadersRepository) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      "Registered places per session, from the opportunity's capacity; null is unlimited.",
  })
  async capacity(
    @Parent() session: OpportunitySessionModel,
    @Context() context: RequestContext,
  ): Promise<number | null> {
    return (await this.countsOf(session, context)).capacity;
  }

  @ResolveField(() => DateTimeScalar, {
    description:
      'When attendance can first be marked: an hour before the start.',
  })
  attendanceOpensAt(@Parent() session: OpportunitySessionModel): Date {
    return attendanceOpensAt(session.startsAt);
  }

  @ResolveField(() => Int)
  async registeredCount(
    @Parent() session: OpportunitySessionModel,
    @Context() context: RequestContext,
  ): Promise<number> {
    return (await this.countsOf(session, context)).registered;
  }

  @ResolveField(() => Int)
  async waitlistCount(
    @Parent() session: OpportunitySessionModel,
    @Context() context: RequestContext,
  ): Promise<number> {
    return (await this.countsOf(session, context)).waitlisted;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Registered places still free; null when unlimited.',
  })
  async placesLeft(
    @Parent() session: OpportunitySessionModel,
    @Context() context: RequestContext,
  ): Promise<number | null> {
    const { capacity, registered } = await this.countsOf(session, context);

    // A capacity lowered below the places taken leaves none, not fewer.
    return capacity === null ? null : Math.max(0, capacity - registered);
  }

  @ResolveField(() => RegistrationModel, {
    nullable: true,
    description:
      "The viewer's registration that is not withdrawn; null when signed out or not registered.",
  })
  viewerRegistration(
    @Parent() session: OpportunitySessionModel,
    @OptionalViewer() viewer: Viewer | null,
    @Context() { loaders }: RequestContext,
  ): Promise<RegistrationModel | null> | null {
    if (viewer === null) return null;

    return loaders.load(
      `viewerRegistrationBySessionId:${viewer.userId}`,
      (ids: readonly string[]) =>
        this.loaders.findActiveBySessionIds(viewer.userId, ids),
      session.id,
      null,
    );
  }

  private countsOf(
    session: OpportunitySessionModel,
    { loaders }: RequestContext,
  ): Promise<SessionCounts> {
    return loaders.load(
      'registrationCountsBySessionId',
      (ids: readonly string[]) => this.loaders.countBySessionIds(ids),
      session.id,
      NO_COUNTS,
    );
  }
}
