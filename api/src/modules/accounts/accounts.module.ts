import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AccessGuard } from '../../common/auth/access.guard.js';
import { VIEWER_RESOLVER } from '../../common/auth/viewer.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { PlacesModule } from '../places/places.module.js';
import { AccountSettingsResolver } from './account-settings.resolver.js';
import { AccountSettingsService } from './account-settings.service.js';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsResolver } from './accounts.resolver.js';
import { EmailAddressesRepository } from './addresses/email-addresses.repository.js';
import { EmailAddressesResolver } from './addresses/email-addresses.resolver.js';
import { EmailAddressesService } from './addresses/email-addresses.service.js';
import { AuthenticationService } from './authentication.service.js';
import { CurrentPassword } from './current-password.service.js';
import { AccountDeletionRepository } from './deletion/account-deletion.repository.js';
import { AccountDeletionService } from './deletion/account-deletion.service.js';
import { EmailLinksResolver } from './email-links.resolver.js';
import { EmailVerificationService } from './email-verification.service.js';
import { AccountExportController } from './export/account-export.controller.js';
import { AccountExportRepository } from './export/account-export.repository.js';
import { AccountExportService } from './export/account-export.service.js';
import { LearnerAddresses } from './learner-addresses.service.js';
import { AccountMail } from './mail/account-mail.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { SessionsRepository } from './sessions/sessions.repository.js';
import { SessionsService } from './sessions/sessions.service.js';
import { MailRateLimit } from './throttle/mail-rate-limit.service.js';
import { SignInThrottle } from './throttle/sign-in-throttle.service.js';
import { SignUpRateLimit } from './throttle/sign-up-rate-limit.service.js';
import { ThrottleRepository } from './throttle/throttle.repository.js';
import { WindowThrottlesRepository } from './throttle/window-throttles.repository.js';
import { UserTokensRepository } from './tokens/user-tokens.repository.js';
import { UserTokens } from './tokens/user-tokens.service.js';
import { VerifiedEmail } from './verified-email.service.js';

@Global()
@Module({
  // LearnerBadgeEvents: verifying an address hands its badges to the account.
  // PlacesModule: an account's home place is a gazetteer place.
  imports: [CredentialsModule, PlacesModule],
  controllers: [AccountExportController],
  providers: [
    AccountDeletionRepository,
    AccountDeletionService,
    AccountExportRepository,
    AccountExportService,
    AccountMail,
    AccountSettingsResolver,
    AccountSettingsService,
    AccountsRepository,
    AccountsResolver,
    AuthenticationService,
    CurrentPassword,
    EmailAddressesRepository,
    EmailAddressesResolver,
    EmailAddressesService,
    EmailLinksResolver,
    LearnerAddresses,
    EmailVerificationService,
    MailRateLimit,
    PasswordResetService,
    SessionsRepository,
    SessionsService,
    SignInThrottle,
    SignUpRateLimit,
    ThrottleRepository,
    UserTokens,
    UserTokensRepository,
    VerifiedEmail,
    WindowThrottlesRepository,
    { provide: VIEWER_RESOLVER, useExisting: SessionsService },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [
    LearnerAddresses,
    SessionsService,
    ThrottleRepository,
    VerifiedEmail,
    WindowThrottlesRepository,
  ],
})
export class AccountsModule {}
