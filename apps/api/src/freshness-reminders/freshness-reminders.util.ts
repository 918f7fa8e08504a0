import { type Actor } from '../auth/actor';

/** The author of the reminders' audit events (the service's history shows "Linja"). */
export const LINJA_ACTOR: Actor = {
  kind: 'user',
  id: 'system:reminders',
  label: 'Linja',
  grants: [],
};

/** The Monday (UTC date) of `now`'s ISO week: digests are keyed by it, so a week gets one. */
export function weekOf(now: Date): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** The service's name in `language` from its published content, else its Finnish sort name. */
export function serviceName(
  service: { sortName: string; publishedRevision: { content: unknown } | null },
  language: string,
): string {
  const content = service.publishedRevision?.content as
    { name?: Record<string, string | null | undefined> } | undefined;
  const name = content?.name?.[language];
  return typeof name === 'string' && name.trim() !== '' ? name : service.sortName;
}
