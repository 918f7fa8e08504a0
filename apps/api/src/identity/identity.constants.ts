/** Name of the browser session cookie (httpOnly, SameSite=Lax, Secure in production). */
export const SESSION_COOKIE = 'linja_session';

/** lastSeenAt is written at most this often per session (a write on every request would be wasteful). */
export const TOUCH_INTERVAL_MS = 60_000;
