import { createHash } from 'node:crypto';

/** Linja's namespace for derived HSDS identifiers (a fixed random UUID; never change it). */
const LINJA_HSDS_NAMESPACE = 'b7f5c2c4-6d0e-4d7e-9a55-3f1e8c0a2d41';

const namespaceBytes = Buffer.from(LINJA_HSDS_NAMESPACE.replaceAll('-', ''), 'hex');

/**
 * A name-based (version 5, RFC 9562) UUID for an HSDS object that has no row of its own in Linja (a
 * service's phone, a schedule built from opening hours, a network's taxonomy…): the same parts always
 * give the same id, so identifiers stay stable across calls and exports. `parts` name the owner row
 * and the object's role, e.g. `derivedId(serviceId, 'phone')`.
 */
export function derivedId(...parts: readonly (string | number)[]): string {
  const hash = createHash('sha1').update(namespaceBytes).update(parts.join('/'), 'utf8').digest();
  const bytes = Uint8Array.from(hash.subarray(0, 16));
  bytes[6] = (hash.readUInt8(6) & 0x0f) | 0x50; // version 5
  bytes[8] = (hash.readUInt8(8) & 0x3f) | 0x80; // RFC 9562 variant
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
