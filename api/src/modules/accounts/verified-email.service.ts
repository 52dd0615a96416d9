import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  ForbiddenError,
  ForbiddenReason,
} from '../../common/errors/domain-error.js';

/**
 * Checks that the viewer's e-mail address is verified before actions that
 * publish listings or vouch for other organisations, so that the person
 * acting has shown they can receive mail at the address on the account.
 */
@Injectable()
export class VerifiedEmail {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Rejects with FORBIDDEN unless the viewer's address is verified.
   * `action` completes "Verify your e-mail address before …", such as
   * "approving a listing". Platform administrators pass, like every other
   * check: `npm run admin` creates them with a verified address.
   */
  async require(viewer: Viewer, action: string): Promise<void> {
    if (viewer.isAdmin) return;
    const rows: { verified: boolean }[] = await this.dataSource.query(
      `SELECT email_verified_at IS NOT NULL AS verified FROM users
        WHERE id = $1`,
      [viewer.userId],
    );
    if (rows[0]?.verified === true) return;

    throw new ForbiddenError(
      `Verify your e-mail address before ${action}; use the link we sent, or request a new one from your account page.`,
      ForbiddenReason.EmailNotVerified,
    );
  }
}
