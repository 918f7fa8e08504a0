export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** "09:00" → "9.00" (Finnish and Swedish) or "9:00" (English). */
export function formatTime(time: string, language: string): string {
  const [h = '0', m = '00'] = time.split(':');
  return `${Number(h)}${language === 'en' ? ':' : '.'}${m}`;
}

/**
 * Days as ranges in week order: [MONDAY…FRIDAY] → "ma–pe"; [MONDAY, WEDNESDAY] → "ma, ke".
 */
export function formatDays(days: readonly string[], short: (day: Weekday) => string): string {
  const indexes = WEEKDAYS.map((day, i) => (days.includes(day) ? i : -1)).filter((i) => i >= 0);
  const runs: [number, number][] = [];
  for (const i of indexes) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs
    .map(([from, to]) => {
      const a = short(WEEKDAYS[from] ?? 'MONDAY');
      if (from === to) return a;
      const b = short(WEEKDAYS[to] ?? 'SUNDAY');
      return to === from + 1 ? `${a}, ${b}` : `${a}–${b}`;
    })
    .join(', ');
}
