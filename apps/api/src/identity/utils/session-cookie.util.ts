import { type Response } from 'express';

import { SESSION_COOKIE } from '../identity.constants';

/** Sets the browser session cookie exactly as `signIn` does (httpOnly, SameSite=Lax, Secure in production). */
export function setSessionCookie(
  res: Response,
  token: string,
  expiresAt: Date,
  isProduction: boolean,
): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isProduction,
    path: '/',
    expires: expiresAt,
  });
}
