import { type EventDetail } from '../../lib/eventQueries';
import { SignupForm } from './SignupForm';

/** Where the sign-up form goes on the event page (SignupForm renders nothing without sign-up). */
export function SignupSlot({ event }: { event: EventDetail }) {
  return <SignupForm eventId={event.id} />;
}
