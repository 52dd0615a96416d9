import type { ExecutionContext } from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

import type { RequestContext } from '../graphql/loader-registry.js';

/** Returns the Express request behind a GraphQL field or an HTTP route. */
export function requestOf(context: ExecutionContext): Request {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>().req;
  }

  return context.switchToHttp().getRequest<Request>();
}
