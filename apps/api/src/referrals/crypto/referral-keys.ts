import { createHash } from 'node:crypto';

/** One key of the referrals' field encryption: its id (stored with each value) and 32 bytes. */
export interface ReferralKey {
  readonly id: string;
  readonly key: Buffer;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * The development key used when REFERRAL_KEYS is unset outside production, so the quick start
 * works. It is NOT secret (derived from this fixed text in the source code): never use it for real
 * data; production refuses to start without REFERRAL_KEYS.
 */
export const DEVELOPMENT_REFERRAL_KEY: ReferralKey = {
  id: 'dev',
  key: createHash('sha256').update('linja development referral key (not secret)').digest(),
};

/**
 * Parses `REFERRAL_KEYS`: comma-separated `<keyId>:<base64 of 32 bytes>`, newest first. The first
 * key encrypts; every key decrypts (older ones stay until `referrals:rotate-keys` has re-encrypted
 * their rows). Throws a message naming the problem, never the key material.
 */
export function parseReferralKeys(value: string): ReferralKey[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw new Error('must list at least one key');
  const keys: ReferralKey[] = [];
  for (const [index, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon);
    if (!KEY_ID.test(id)) {
      throw new Error(
        `key ${index + 1}: must be <keyId>:<base64>, the id 1–32 letters, digits, - or _`,
      );
    }
    const material = entry.slice(colon + 1);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(material)) {
      throw new Error(`key ${id}: the key must be base64`);
    }
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32)
      throw new Error(`key ${id}: must be 32 bytes (base64 of 32 random bytes)`);
    if (keys.some((known) => known.id === id)) throw new Error(`key ${id}: listed twice`);
    keys.push({ id, key });
  }
  return keys;
}
