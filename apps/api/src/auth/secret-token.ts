import { createHash, randomBytes } from 'node:crypto';

/** A random 256-bit token for sessions, invitations and reset links (base64url, 43 characters). */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of the token: its SHA-256 (a database leak does not leak usable tokens). */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
