// Picking a content text in the reader's language lives in @linja/ui (the service page is shared with the admin's preview).
export { pick, pickText } from '@linja/ui';
export type { LocalizedText, Picked } from '@linja/ui';
