import { Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

import { resetViewer, type Viewer } from '../../common/auth/viewer.js';
import {
  ConflictError,
  UnauthenticatedError,
} from '../../common/errors/domain-error.js';
import { toAccount } from './account-mapping.js';
import { AccountsRepository, type UserRow } from './accounts.repository.js';
import { clientIp } from './client-ip.js';
import type { AccountModel } from './dto/account.model.js';
import type { AccountSessionModel } from './dto/account-session.model.js';
import type { SignInInput, SignUpInput } from './dto/sign-in.inputs.js';
import { AccountMail } from './mail/account-mail.service.js';
import {
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
} from './passwords.js';
import { checkBirthYear, currentYear } from './rules/age.js';
import { normaliseName } from './rules/display-name.js';
import { MAX_EMAIL_LENGTH, normaliseEmail } from './rules/email-address.js';
import { checkPassword } from './rules/password-policy.js';
import { SessionsRepository } from './sessions/sessions.repository.js';
import { SessionsService } from './sessions/sessions.service.js';
import { SignInThrottle } from './throttle/sign-in-throttle.service.js';
import { SignUpRateLimit } from './throttle/sign-up-rate-limit.service.js';
import { UserTokens } from './tokens/user-tokens.service.js';
import { isUniqueViolation } from './unique-violation.js';
import { UserTokenPurpose } from './user-token.entity.js';

/** The one message for every failed sign-in, so none reveals an account. */
export const SIGN_IN_FAILED_MESSAGE =
  'The e-mail address or password is incorrect. Check both, or reset your password.';

/** Sign-up, sign-in, sign-out and the signed-in user's own account. */
@Injectable()
export class AuthenticationService {
  private readonly logger = new Logger(AuthenticationService.name);

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly sessionRows: SessionsRepository,
    private readonly throttle: SignInThrottle,
    private readonly signUpLimit: SignUpRateLimit,
    private readonly tokens: UserTokens,
    private readonly mail: AccountMail,
  ) {}

  /** Creates the account, signs it in and sends the verification e-mail. */
  async signUp(
    input: SignUpInput,
    request: Request,
    response: Response,
  ): Promise<AccountModel> {
    const email = normaliseEmail(input.email, 'input.email');
    checkPassword(input.password, email, 'input.password');
    const name = normaliseName(input.name, 'input.name');
    checkBirthYear(input.birthYear, currentYear(), 'input.birthYear');
    // Counted before the address check, because its CONFLICT reveals
    // whether the address has an account.
    await this.signUpLimit.take(clientIp(request));
    if (await this.accounts.emailTaken(email)) throw emailTaken();

    const user = await this.insertUser({
      email,
      passwordHash: await hashPassword(input.password),
      name,
      birthYear: input.birthYear,
      isAdmin: false,
      emailVerified: false,
    });
    await this.sessions.start(user.id, request, response);
    const token = await this.tokens.issue(
      user.id,
      UserTokenPurpose.VERIFY_EMAIL,
      email,
    );
    await this.mail.sendVerification(email, token);
    this.logger.log(`Signed up account ${user.id}`);

    return toAccount(user);
  }

  /**
   * Signs in with a password. Every failure gets the same message and,
   * through a dummy hash for unknown addresses, about the same time.
   */
  async signIn(
    input: SignInInput,
    viewer: Viewer | null,
    request: Request,
    response: Response,
  ): Promise<AccountModel> {
    const email = input.email.trim().toLowerCase().slice(0, MAX_EMAIL_LENGTH);
    const ip = clientIp(request);
    await this.throttle.checkNotBlocked({ email, ip });

    const user = await this.accounts.findByEmail(email);
    const valid =
      user === null
        ? await verifyAgainstDummy(input.password)
        : await verifyPassword(user.passwordHash, input.password);
    if (user === null || !valid) {
      await this.throttle.recordFailure({ email, ip });
      this.logger.warn(
        user === null
          ? 'Failed sign-in for an unknown address'
          : `Failed sign-in for account ${user.id}`,
      );
      this.logger.debug(`Failed sign-in from ${ip}`);

      throw new UnauthenticatedError(SIGN_IN_FAILED_MESSAGE);
    }

    await this.throttle.recordSuccess(email);
    // A browser that signs in again keeps one session, not two.
    if (viewer !== null) await this.sessionRows.delete(viewer.sessionId);
    await this.sessions.start(user.id, request, response);
    this.logger.log(`Signed in account ${user.id}`);

    return toAccount(user);
  }

  async signOut(viewer: Viewer, request: Request, response: Response) {
    await this.sessions.end(viewer, request, response);
    this.logger.log(`Signed out session ${viewer.sessionId}`);

    return true;
  }

  /** Ends every session of the user, this one included. */
  async signOutEverywhere(
    viewer: Viewer,
    request: Request,
    response: Response,
  ): Promise<boolean> {
    const ended = await this.sessions.endAll(viewer.userId);
    this.sessions.clearCookie(response);
    resetViewer(request);
    this.logger.log(`Signed out ${ended} sessions of account ${viewer.userId}`);

    return true;
  }

  async me(viewer: Viewer | null): Promise<AccountModel | null> {
    if (viewer === null) return null;
    const user = await this.accounts.findById(viewer.userId);

    return user === null ? null : toAccount(user);
  }

  async mySessions(viewer: Viewer): Promise<AccountSessionModel[]> {
    const sessions = await this.sessionRows.listForUser(viewer.userId);

    return sessions.map((session) => ({
      ...session,
      current: session.id === viewer.sessionId,
    }));
  }

  /** Inserts the user, turning a lost race for the address into CONFLICT. */
  private async insertUser(
    user: Parameters<AccountsRepository['insert']>[0],
  ): Promise<UserRow> {
    try {
      return await this.accounts.insert(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
  }
}

function emailTaken(): ConflictError {
  return new ConflictError(
    'An account with this e-mail address already exists; sign in, or reset your password if you have forgotten it.',
    'input.email',
  );
}
