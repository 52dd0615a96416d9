import {
  Args,
  Context,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Request, Response } from 'express';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { PlaceModel } from '../places/dto/place.model.js';
import { PlacesRepository } from '../places/places.repository.js';
import { AuthenticationService } from './authentication.service.js';
import { AccountModel } from './dto/account.model.js';
import { AccountSessionModel } from './dto/account-session.model.js';
import { SignInInput, SignUpInput } from './dto/sign-in.inputs.js';

@Resolver(() => AccountModel)
export class AccountsResolver {
  constructor(
    private readonly authentication: AuthenticationService,
    private readonly places: PlacesRepository,
  ) {}

  @Public()
  @Query(() => AccountModel, {
    nullable: true,
    description: 'The signed-in user’s account, or null when signed out.',
  })
  me(@OptionalViewer() viewer: Viewer | null): Promise<AccountModel | null> {
    return this.authentication.me(viewer);
  }

  @Public()
  @ResolveField(() => PlaceModel, {
    nullable: true,
    description:
      'The home area, a gazetteer town or suburb; only its owner sees it.',
  })
  homePlace(
    @Parent() account: AccountModel,
    @Context() { loaders }: RequestContext,
  ): Promise<PlaceModel | null> | null {
    if (account.homePlaceId === null) return null;

    return loaders.load(
      'placeById',
      (ids: readonly number[]) => this.places.findByIds(ids),
      account.homePlaceId,
      null,
    );
  }

  @SignedIn()
  @Query(() => [AccountSessionModel], {
    description: 'Browsers signed in to the account, most recently used first.',
  })
  mySessions(@CurrentViewer() viewer: Viewer): Promise<AccountSessionModel[]> {
    return this.authentication.mySessions(viewer);
  }

  @Public()
  @Mutation(() => AccountModel, {
    description:
      'Creates an account, signs it in and sends a link to verify the e-mail address.',
  })
  signUp(
    @Args('input') input: SignUpInput,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<AccountModel> {
    return this.authentication.signUp(input, request, response);
  }

  @Public()
  @Mutation(() => AccountModel, {
    description:
      'Signs in with a password. Repeated failures are rate-limited (RATE_LIMITED with `retryAfterSeconds`).',
  })
  signIn(
    @Args('input') input: SignInInput,
    @OptionalViewer() viewer: Viewer | null,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<AccountModel> {
    return this.authentication.signIn(input, viewer, request, response);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  signOut(
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<boolean> {
    return this.authentication.signOut(viewer, request, response);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Ends every session of the account, this one included.',
  })
  signOutEverywhere(
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<boolean> {
    return this.authentication.signOutEverywhere(viewer, request, response);
  }
}
