import { z } from 'zod';

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../auth/password';
import { BadUserInputError } from '../../common/errors/domain-error';

const ZEmail = z.email().max(254);

/** Emails are stored trimmed and lower-cased (User.email is unique in that form). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A normalised, well-formed email address, or BAD_USER_INPUT on `field`. */
export function validEmail(email: string, field = 'email'): string {
  const normalized = normalizeEmail(email);
  if (!ZEmail.safeParse(normalized).success) {
    throw new BadUserInputError(field, 'Not a valid email address.');
  }
  return normalized;
}

/**
 * Length only (NIST SP 800-63B): at least MIN_PASSWORD_LENGTH characters, at most MAX_PASSWORD_LENGTH
 * (which also bounds the work argon2 does for one request). Counted in Unicode code points.
 */
export function assertPasswordPolicy(password: string, field: string): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    throw new BadUserInputError(
      field,
      `The password must be ${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters long.`,
    );
  }
}

/** A person's display name: trimmed, 1–200 characters. */
export function validName(name: string | null | undefined, field = 'name'): string {
  const trimmed = name?.trim() ?? '';
  if (trimmed.length < 1 || trimmed.length > 200) {
    throw new BadUserInputError(field, 'Give a name of 1–200 characters.');
  }
  return trimmed;
}
