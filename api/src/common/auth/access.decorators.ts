import { SetMetadata } from '@nestjs/common';

/**
 * Who may call a resolver or route. Every handler declares one, on itself
 * or its class; the access guard rejects calls to a handler without one.
 * Checks that depend on the record, such as membership of the organisation
 * that owns it, happen in the service on top of this rule.
 */
export enum AccessRule {
  /** Anyone, signed in or not. */
  PUBLIC = 'public',
  /** Any signed-in user. */
  SIGNED_IN = 'signed-in',
  /** Platform administrators only. */
  ADMIN = 'admin',
}

export const ACCESS_RULE = 'learnscape:access';

/** Open to anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, AccessRule.PUBLIC);

/** Open to signed-in users; the service may narrow it further. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, AccessRule.SIGNED_IN);

/** Open to platform administrators only. */
export const AdminOnly = () => SetMetadata(ACCESS_RULE, AccessRule.ADMIN);
