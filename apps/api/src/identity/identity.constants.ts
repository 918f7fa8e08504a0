/** Name of the browser session cookie (httpOnly, SameSite=Lax, Secure in production). */
export const SESSION_COOKIE = 'linja_session';

/** Sign-in lock-out: after this many consecutive failures the account is locked for a while. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

/** lastSeenAt is written at most this often per session (a write on every request would be wasteful). */
export const TOUCH_INTERVAL_MS = 60_000;
