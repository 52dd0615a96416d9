import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AttendanceService } from './attendance.service.js';
import {
  MarkAllAttendanceInput,
  MarkAttendanceInput,
  MyRegistrationsArgs,
  RegisterForSessionInput,
  SessionRegistrationsArgs,
  WithdrawRegistrationInput,
} from './dto/registration.inputs.js';
import {
  RegistrationConnection,
  RegistrationModel,
  SessionRegistrationConnection,
} from './dto/registration.model.js';
import { RegistrationListsService } from './registration-lists.service.js';
import { RegistrationsService } from './registrations.service.js';

/**
 * Registration for sessions and attendance. Every handler needs a signed-in
 * viewer; the services check ownership and organisation roles.
 */
@SignedIn()
@Resolver(() => RegistrationModel)
export class RegistrationsResolver {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly lists: RegistrationListsService,
    private readonly attendance: AttendanceService,
  ) {}

  @Query(() => RegistrationConnection, {
    description:
      "The viewer's registrations that are not withdrawn, by session start.",
  })
  myRegistrations(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MyRegistrationsArgs,
  ): Promise<RegistrationConnection> {
    return this.lists.listMine(viewer, args);
  }

  @Query(() => SessionRegistrationConnection, {
    description:
      "A session's registrations in the order they were made, for the providing organisation's owners, editors and awarders, and administrators. Any other viewer, and any unknown session id, gets FORBIDDEN (administrators get NOT_FOUND for an unknown id).",
  })
  sessionRegistrations(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SessionRegistrationsArgs,
  ): Promise<SessionRegistrationConnection> {
    return this.lists.listForSession(viewer, args);
  }

  @Mutation(() => RegistrationModel, {
    description:
      'Takes a place at a session that has not started, or a waiting-list place when it is full.',
  })
  registerForSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RegisterForSessionInput,
  ): Promise<RegistrationModel> {
    return this.registrations.register(viewer, input);
  }

  @Mutation(() => RegistrationModel, {
    description:
      "Withdraws the viewer's own registration before the session starts; a freed place goes to the waiting list.",
  })
  withdrawRegistration(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: WithdrawRegistrationInput,
  ): Promise<RegistrationModel> {
    return this.registrations.withdraw(viewer, input);
  }

  @Mutation(() => RegistrationModel, {
    description:
      'Marks one registered learner, from an hour before the session starts; for owners and awarders.',
  })
  markAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MarkAttendanceInput,
  ): Promise<RegistrationModel> {
    return this.attendance.mark(viewer, input);
  }

  @Mutation(() => Int, {
    description:
      'Marks every registered learner of a session, from an hour before it starts; returns how many. For owners and awarders.',
  })
  markAllAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MarkAllAttendanceInput,
  ): Promise<number> {
    return this.attendance.markAll(viewer, input);
  }
}
