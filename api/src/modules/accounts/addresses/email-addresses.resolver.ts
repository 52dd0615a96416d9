import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import {
  AddEmailAddressInput,
  EmailAddressInput,
  EmailAddressModel,
} from './email-address.model.js';
import {
  EmailAddressesService,
  MAX_EXTRA_ADDRESSES,
} from './email-addresses.service.js';

/** The signed-in user's own e-mail addresses. */
@SignedIn()
@Resolver(() => EmailAddressModel)
export class EmailAddressesResolver {
  constructor(private readonly addresses: EmailAddressesService) {}

  @Query(() => [EmailAddressModel], {
    description: `The viewer's e-mail addresses: the primary one first, then up to ${MAX_EXTRA_ADDRESSES} extra ones in the order added.`,
  })
  myEmailAddresses(
    @CurrentViewer() viewer: Viewer,
  ): Promise<EmailAddressModel[]> {
    return this.addresses.list(viewer);
  }

  @Mutation(() => EmailAddressModel, {
    description: `Adds an extra address and e-mails it a verification link. CONFLICT when the account has it already or another account verified it; BAD_USER_INPUT past ${MAX_EXTRA_ADDRESSES} extra addresses. Shares the limit of 5 verification e-mails an hour.`,
  })
  addEmailAddress(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddEmailAddressInput,
  ): Promise<EmailAddressModel> {
    return this.addresses.add(viewer, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Sends a new verification link to an unverified extra address; CONFLICT when it is verified.',
  })
  resendEmailAddressVerification(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EmailAddressInput,
  ): Promise<boolean> {
    return this.addresses.resend(viewer, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes an extra address; badges sent to it leave the backpack.',
  })
  removeEmailAddress(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EmailAddressInput,
  ): Promise<boolean> {
    return this.addresses.remove(viewer, input);
  }
}
