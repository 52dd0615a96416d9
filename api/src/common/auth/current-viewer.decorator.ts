import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import { UnauthenticatedError } from '../errors/domain-error.js';
import { requestOf } from './request-of.js';
import type { Viewer } from './viewer.js';

const VIEWER_KEY = Symbol('learnscape:viewer');

interface WithViewer {
  [VIEWER_KEY]?: Viewer | null;
}

/** Stores the viewer that the access guard resolved for the handler. */
export function attachViewer(request: object, viewer: Viewer | null): void {
  (request as WithViewer)[VIEWER_KEY] = viewer;
}

function attachedViewer(context: ExecutionContext): Viewer | null {
  return (requestOf(context) as unknown as WithViewer)[VIEWER_KEY] ?? null;
}

/** The signed-in viewer; rejects the call when nobody is signed in. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer => {
    const viewer = attachedViewer(context);
    if (viewer === null) throw new UnauthenticatedError();

    return viewer;
  },
);

/** The viewer when someone is signed in, else null. */
export const OptionalViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null =>
    attachedViewer(context),
);
