import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { type ReferralKey } from './referral-keys';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A stored value that cannot be decrypted: unknown key, altered, or bound to another field or row. */
export class FieldDecryptionError extends Error {
  constructor(reason: string) {
    super(`Cannot decrypt a referral field: ${reason}.`);
    this.name = 'FieldDecryptionError';
  }
}

/**
 * Authenticated field encryption (AES-256-GCM from Node's crypto). A value is stored as
 * `v1:<keyId>:<base64 of iv | tag | ciphertext>` with a random 12-byte IV per value. The `context`
 * (e.g. `referral:<id>:clientPhone`) is authenticated but not stored: a value copied to another row
 * or field does not decrypt. The first key encrypts; any listed key decrypts.
 */
export class FieldEncryption {
  private readonly byId: ReadonlyMap<string, Buffer>;
  private readonly current: ReferralKey;

  constructor(keys: readonly ReferralKey[]) {
    const [current] = keys;
    if (!current) throw new Error('FieldEncryption needs at least one key');
    this.current = current;
    this.byId = new Map(keys.map((key) => [key.id, key.key]));
  }

  /** The id of the key new values are encrypted with. */
  get currentKeyId(): string {
    return this.current.id;
  }

  encrypt(plain: string, context: string): string {
    const current = this.current;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', current.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const packed = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
    return `${VERSION}:${current.id}:${packed}`;
  }

  /** Null in, null out (a field not given or erased). */
  encryptOptional(plain: string | null | undefined, context: string): string | null {
    return plain === null || plain === undefined || plain === ''
      ? null
      : this.encrypt(plain, context);
  }

  /** The key id a stored value names (null when it is not in this format). */
  keyIdOf(stored: string): string | null {
    const [version, keyId] = stored.split(':', 3);
    return version === VERSION && keyId ? keyId : null;
  }

  decrypt(stored: string, context: string): string {
    const [version, keyId, packed, ...rest] = stored.split(':');
    if (version !== VERSION || !keyId || !packed || rest.length > 0) {
      throw new FieldDecryptionError('unknown format');
    }
    const key = this.byId.get(keyId);
    if (!key) throw new FieldDecryptionError(`key ${keyId} is not in REFERRAL_KEYS`);
    const bytes = Buffer.from(packed, 'base64');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new FieldDecryptionError('too short');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    } catch {
      throw new FieldDecryptionError('authentication failed (altered, or another key or field)');
    }
  }

  decryptOptional(stored: string | null | undefined, context: string): string | null {
    return stored ? this.decrypt(stored, context) : null;
  }

  /** Whether a stored value is under the current key already (rotation skips it). */
  isCurrent(stored: string): boolean {
    return this.keyIdOf(stored) === this.currentKeyId;
  }

  /** Re-encrypts a stored value under the current key (the same context). */
  reencrypt(stored: string, context: string): string {
    return this.encrypt(this.decrypt(stored, context), context);
  }
}
