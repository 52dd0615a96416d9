import { Route } from 'react-router';

import { AccountPage } from './components/pages/AccountPage';
import { ForgotPasswordPage } from './components/pages/ForgotPasswordPage';
import { ResetPasswordPage } from './components/pages/ResetPasswordPage';
import { SignInPage } from './components/pages/SignInPage';
import { SignUpPage } from './components/pages/SignUpPage';
import { VerifyEmailPage } from './components/pages/VerifyEmailPage';

/** The pages of this feature, listed in `AppRoutes`. */
export const accountRoutes = [
  <Route key="sign-up" path="/sign-up" element={<SignUpPage />} />,
  <Route key="sign-in" path="/sign-in" element={<SignInPage />} />,
  <Route
    key="verify-email"
    path="/verify-email"
    element={<VerifyEmailPage />}
  />,
  <Route
    key="forgot-password"
    path="/forgot-password"
    element={<ForgotPasswordPage />}
  />,
  <Route
    key="reset-password"
    path="/reset-password"
    element={<ResetPasswordPage />}
  />,
  <Route key="account" path="/account" element={<AccountPage />} />,
];
