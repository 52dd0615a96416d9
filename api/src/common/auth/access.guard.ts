import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import {
  ForbiddenError,
  UnauthenticatedError,
} from '../errors/domain-error.js';
import { ACCESS_RULE, AccessRule } from './access.decorators.js';
import { attachViewer } from './current-viewer.decorator.js';
import { requestOf } from './request-of.js';
import { VIEWER_RESOLVER, viewerOf, type ViewerResolver } from './viewer.js';

/**
 * Enforces each handler's access rule and makes the viewer available to it.
 * A handler that declares no rule fails closed, so a forgotten decorator
 * shows up as an error in tests rather than as an open endpoint.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(VIEWER_RESOLVER) private readonly viewers: ViewerResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(
      ACCESS_RULE,
      [context.getHandler(), context.getClass()],
    );
    if (rule === undefined) {
      throw new Error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule; add @Public(), @SignedIn() or @AdminOnly().`,
      );
    }

    const request = requestOf(context);
    const viewer = await viewerOf(request, this.viewers);
    attachViewer(request, viewer);

    switch (rule) {
      case AccessRule.PUBLIC:
        return true;
      case AccessRule.SIGNED_IN:
        if (viewer === null) throw new UnauthenticatedError();

        return true;
      case AccessRule.ADMIN:
        if (viewer === null) throw new UnauthenticatedError();
        if (!viewer.isAdmin) {
          throw new ForbiddenError('Only platform administrators may do this.');
        }

        return true;
    }
  }
}
