import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import {
  AuthorizationDecisionObject,
  AuthorizationRequestObject,
  ConnectedAppObject,
  DecideAuthorizationInput,
  RevokeConnectedAppInput,
} from './connected-app.types.js';
import { ConnectedAppsService } from './connected-apps.service.js';

/** Consent to apps using the Open Badges API, and the apps connected. */
@Resolver()
export class ConnectedAppsResolver {
  constructor(private readonly service: ConnectedAppsService) {}

  @SignedIn()
  @Query(() => AuthorizationRequestObject, {
    description:
      'A pending authorization request, for the consent page; NOT_FOUND when unknown or bound to another learner, CONFLICT when decided or expired. The first learner to view a request started signed out is bound to it.',
  })
  oauthAuthorizationRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AuthorizationRequestObject> {
    return this.service.request(id, viewer.userId);
  }

  @SignedIn()
  @Mutation(() => AuthorizationDecisionObject, {
    description: "Allows the app the requested access to the viewer's account.",
  })
  approveOAuthAuthorization(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DecideAuthorizationInput,
  ): Promise<AuthorizationDecisionObject> {
    return this.service.decide(input.requestId, viewer.userId, true);
  }

  @SignedIn()
  @Mutation(() => AuthorizationDecisionObject, {
    description: 'Refuses the app access; it receives access_denied.',
  })
  denyOAuthAuthorization(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DecideAuthorizationInput,
  ): Promise<AuthorizationDecisionObject> {
    return this.service.decide(input.requestId, viewer.userId, false);
  }

  @SignedIn()
  @Query(() => [ConnectedAppObject], {
    description:
      'The apps the viewer allowed to use their account, newest first.',
  })
  connectedApps(
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConnectedAppObject[]> {
    return this.service.list(viewer.userId);
  }

  @SignedIn()
  @Mutation(() => ID, {
    description:
      "Disconnects one of the viewer's apps: its tokens stop working at once. Returns the ConnectedApp id.",
  })
  revokeConnectedApp(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RevokeConnectedAppInput,
  ): Promise<string> {
    return this.service.revoke(viewer.userId, input.connectedAppId);
  }
}
