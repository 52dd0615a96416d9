import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';

import {
  resetViewer,
  type Viewer,
  type ViewerResolver,
} from '../../../common/auth/viewer.js';
import { digestToken, generateToken } from '../../../common/security/tokens.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import {
  readSessionToken,
  SESSION_LIFETIME_MS,
  sessionCookieName,
  sessionCookieOptions,
} from './session-cookie.js';
import { SessionsRepository } from './sessions.repository.js';

/** Refreshing `last_used_at` more often than this would write on every read. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Server-side sessions named by an httpOnly cookie. Deleting the record
 * signs the browser out at once, which a self-contained token could not do.
 */
@Injectable()
export class SessionsService implements ViewerResolver {
  private readonly secure: boolean;

  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secure = config.production;
  }

  async resolve(request: Request): Promise<Viewer | null> {
    const token = readSessionToken(request, this.secure);
    if (token === null) return null;
    const session = await this.sessions.findActive(digestToken(token));
    if (session === null) return null;

    if (Date.now() - session.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(session.sessionId, this.nextExpiry());
    }

    return {
      userId: session.userId,
      sessionId: session.sessionId,
      isAdmin: session.isAdmin,
    };
  }

  /** Starts a session for the user and sets its cookie on the response. */
  async start(userId: string, request: Request, response: Response) {
    const token = generateToken();
    const userAgent = request.headers['user-agent']?.slice(0, 300) ?? null;
    await this.sessions.create(
      userId,
      digestToken(token),
      userAgent,
      this.nextExpiry(),
    );
    response.cookie(
      sessionCookieName(this.secure),
      token,
      sessionCookieOptions(this.secure),
    );
    resetViewer(request);
  }

  /** Ends the request's session and clears its cookie. */
  async end(viewer: Viewer, request: Request, response: Response) {
    await this.sessions.delete(viewer.sessionId);
    this.clearCookie(response);
    resetViewer(request);
  }

  /** Ends every session of the user, such as after a password change. */
  async endAll(userId: string, keepSessionId?: string): Promise<number> {
    return this.sessions.deleteAllForUser(userId, keepSessionId);
  }

  clearCookie(response: Response): void {
    const { maxAge: _maxAge, ...options } = sessionCookieOptions(this.secure);
    response.clearCookie(sessionCookieName(this.secure), options);
  }

  private nextExpiry(): Date {
    return new Date(Date.now() + SESSION_LIFETIME_MS);
  }
}
