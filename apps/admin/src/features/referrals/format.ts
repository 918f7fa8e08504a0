/** Time since `iso` as a count of minutes → hours → days (for the inbox's "time since" column). */
export function ageOf(
  iso: string,
  now: Date = new Date(),
): { key: 'minutes' | 'hours' | 'days'; count: number } {
  const hours = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 3_600_000));
  if (hours < 1) return { key: 'minutes', count: 0 };
  if (hours < 48) return { key: 'hours', count: hours };
  return { key: 'days', count: Math.floor(hours / 24) };
}

export const STATUS_COLORS: Record<string, string> = {
  NEW: 'blue',
  OPENED: 'yellow',
  ACCEPTED: 'green',
  DECLINED: 'gray',
  CLOSED: 'dark',
};

export const URGENCY_COLORS: Record<string, string> = {
  ROUTINE: 'gray',
  SOON: 'orange',
  URGENT: 'red',
};
