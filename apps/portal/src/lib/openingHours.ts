// Opening-hour formatting lives in @linja/ui (the service page is shared with the admin's preview).
export { WEEKDAYS, formatDays, formatTime } from '@linja/ui';
export type { Weekday } from '@linja/ui';
