import { type Prisma } from '@linja/db';

import { type TEventDetails } from '../dto/event.schema';
import { diffEvent } from './event-details.util';

/**
 * A change of a PUBLISHED event's public content, where the network reviews events, waits for review
 * (event-transitions.ts `isEditHeldForReview`): the proposed values of the held fields are stored in
 * `event.pending_change`, the published ones stay public. These fields are not public content and
 * take effect at once: the meeting link (only people signed up read it, and they must get a new one
 * quickly), the sign-up settings and the recording link.
 */
export const IMMEDIATE_FIELDS = [
  'onlineUrl',
  'signupEnabled',
  'capacity',
  'waitlistEnabled',
  'signupDeadline',
  'recordingUrl',
] as const satisfies readonly (keyof TEventDetails)[];

/** Held fields whose "none" is undefined in details (stored as null in the JSON). */
const OPTIONAL_FIELDS = new Set([
  'serviceId',
  'recurrence',
  'placeName',
  'streetAddress',
  'postalCode',
  'postOffice',
  'municipalityCode',
]);

type ImmediateField = (typeof IMMEDIATE_FIELDS)[number];
type HeldDetails = Omit<TEventDetails, ImmediateField>;

const isImmediate = (key: string): key is ImmediateField =>
  (IMMEDIATE_FIELDS as readonly string[]).includes(key);

/** The held (public content) part of details. */
function heldPart(details: TEventDetails): HeldDetails {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) if (!isImmediate(key)) out[key] = value;
  for (const key of OPTIONAL_FIELDS) out[key] = details[key as keyof TEventDetails];
  return out as HeldDetails;
}

/** The stored pending change as details fields (dates back to Date); {} for none. */
export function parsePendingChange(stored: Prisma.JsonValue | null): Partial<HeldDetails> {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (isImmediate(key)) continue;
    if (value === null && OPTIONAL_FIELDS.has(key)) out[key] = undefined;
    else if ((key === 'startsAt' || key === 'endsAt') && typeof value === 'string')
      out[key] = new Date(value);
    else out[key] = value;
  }
  return out;
}

/** The published details with the pending change laid over them: what the editors work on. */
export function withPendingChange(
  published: TEventDetails,
  stored: Prisma.JsonValue | null,
): TEventDetails {
  return { ...published, ...parsePendingChange(stored) };
}

/**
 * Splits an edit that is held for review: what is written to the event now (the published content
 * with only the immediate fields of the edit), and the pending change to store (null when the
 * proposed public content is the published one — nothing to review).
 */
export function splitHeldEdit(
  published: TEventDetails,
  proposed: TEventDetails,
): { applied: TEventDetails; pending: Prisma.InputJsonValue | null } {
  const applied = { ...proposed, ...heldPart(published) };
  const held = heldPart(proposed);
  const differs = diffEvent(published, { ...published, ...held }).length > 0;
  return {
    applied,
    pending: differs
      ? (JSON.parse(
          JSON.stringify(held, (_key, value: unknown) => value ?? null),
        ) as Prisma.InputJsonValue)
      : null,
  };
}
