import { type EventDetail } from '../../lib/eventQueries';

/**
 * Where the sign-up form goes on the event page. PLACEHOLDER: the public sign-up form
 * (routes/events/SignupForm.tsx, written with the sign-ups API) is to be rendered here; until it is
 * wired, nothing is shown.
 */
export function SignupSlot(_props: { event: EventDetail }) {
  return null;
}
