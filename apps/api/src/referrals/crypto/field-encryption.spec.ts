import { randomBytes } from 'node:crypto';

import { FieldDecryptionError, FieldEncryption } from './field-encryption';
import { DEVELOPMENT_REFERRAL_KEY, parseReferralKeys } from './referral-keys';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };

describe('FieldEncryption (AES-256-GCM)', () => {
  const fields = new FieldEncryption([k1]);

  it('round-trips a value, stored as v1:<keyId>:<base64> without the plain text', () => {
    const stored = fields.encrypt('+358 40 123 4567', 'referral:a:clientPhone');
    expect(stored).toMatch(/^v1:k1:[A-Za-z0-9+/]+=*$/);
    expect(stored).not.toContain('358');
    expect(fields.decrypt(stored, 'referral:a:clientPhone')).toBe('+358 40 123 4567');
  });

  it('uses a fresh IV: the same text encrypts differently each time', () => {
    expect(fields.encrypt('Maija', 'c')).not.toBe(fields.encrypt('Maija', 'c'));
  });

  it('detects tampering: a changed byte, another context, a missing key', () => {
    const stored = fields.encrypt('maija@example.fi', 'referral:a:clientEmail');
    const bytes = Buffer.from(stored.split(':')[2]!, 'base64');
    bytes[bytes.length - 1]! ^= 1;
    const altered = `v1:k1:${bytes.toString('base64')}`;
    expect(() => fields.decrypt(altered, 'referral:a:clientEmail')).toThrow(FieldDecryptionError);
    // Copied to another row or field: refused (the context is authenticated).
    expect(() => fields.decrypt(stored, 'referral:b:clientEmail')).toThrow(FieldDecryptionError);
    expect(() => fields.decrypt(stored, 'referral:a:clientName')).toThrow(FieldDecryptionError);
    expect(() => new FieldEncryption([k2]).decrypt(stored, 'referral:a:clientEmail')).toThrow(
      /key k1 is not in REFERRAL_KEYS/,
    );
    expect(() => fields.decrypt('plain text', 'x')).toThrow(/unknown format/);
  });

  it('rotates: the newest key encrypts, older keys still decrypt, re-encryption moves a value', () => {
    const old = fields.encrypt('Maija Meikäläinen', 'ctx');
    const rotated = new FieldEncryption([k2, k1]);
    expect(rotated.currentKeyId).toBe('k2');
    expect(rotated.isCurrent(old)).toBe(false);
    expect(rotated.decrypt(old, 'ctx')).toBe('Maija Meikäläinen');
    const moved = rotated.reencrypt(old, 'ctx');
    expect(rotated.keyIdOf(moved)).toBe('k2');
    expect(rotated.isCurrent(moved)).toBe(true);
    // Once every row is moved, the old key can leave REFERRAL_KEYS.
    expect(new FieldEncryption([k2]).decrypt(moved, 'ctx')).toBe('Maija Meikäläinen');
  });

  it('passes null and empty optional values through as null', () => {
    expect(fields.encryptOptional(null, 'c')).toBeNull();
    expect(fields.encryptOptional('', 'c')).toBeNull();
    expect(fields.decryptOptional(null, 'c')).toBeNull();
  });
});

describe('parseReferralKeys', () => {
  it('reads newest first and refuses bad entries without echoing key material', () => {
    const b64 = randomBytes(32).toString('base64');
    expect(parseReferralKeys(`k2:${b64}, k1:${b64}`).map((key) => key.id)).toEqual(['k2', 'k1']);
    expect(() => parseReferralKeys('')).toThrow(/at least one key/);
    expect(() => parseReferralKeys(`bad id:${b64}`)).toThrow(/key 1/);
    try {
      parseReferralKeys('k1:c2VjcmV0');
    } catch (error) {
      expect((error as Error).message).not.toContain('c2VjcmV0');
    }
  });

  it('has a 32-byte development key', () => {
    expect(DEVELOPMENT_REFERRAL_KEY.key).toHaveLength(32);
  });
});
