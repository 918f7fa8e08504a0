// The contact summary lives in @linja/ui (the service page is shared with the admin's preview).
export { helsinkiWeekday, summarizeContact } from '@linja/ui';
export type { ContactSummary } from '@linja/ui';
