import { WEEKDAYS, type Weekday } from './openingHours';
import { type OpeningPeriod } from './types';

/** How to get help from a service, at a glance (a result card, the top of the service page). */
export interface ContactSummary {
  /** The number to call: the delivery serving the chosen municipality, else the service's. */
  phone: string | null;
  /** A web address to chat at (the service is offered by chat). */
  chat: string | null;
  /** Otherwise its website. */
  website: string | null;
  open247: boolean;
  /** Today's opening periods in Finland (empty: closed today); null when not known. */
  today: OpeningPeriod[] | null;
  free: boolean;
  /** Anyone may contact it themselves (no referral needed). */
  noReferral: boolean;
}

interface DeliveryContactData {
  contact: { phone: string | null; website: string | null };
  openingHours: { open247: boolean; periods: readonly OpeningPeriod[] };
}

/** What the contact summary reads of a service (a result card's data or the service page's). */
export interface ContactSummarySource {
  published: {
    cost: string;
    accessMode: string;
    channels: readonly string[];
    contact?: { phone: string | null; website: string | null };
  } | null;
  /** The deliveries serving the chosen municipality (or all), and how many there are. */
  deliveries?: { totalCount: number; edges: readonly { node: DeliveryContactData }[] };
}

/** The weekday now in Finland (Europe/Helsinki), whatever the device's time zone. */
export function helsinkiWeekday(now: Date): Weekday {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Helsinki', weekday: 'long' })
    .format(now)
    .toUpperCase();
  return WEEKDAYS.find((day) => day === name) ?? 'MONDAY';
}

/** Only http(s) addresses become links. */
function webAddress(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : null;
}

/**
 * The card's contact facts. `deliveries` are those serving the chosen municipality (the API filters
 * them); without a municipality a delivery speaks for the service only when it is the only one.
 */
export function summarizeContact(
  service: ContactSummarySource,
  options: { municipality: string | null; now: Date },
): ContactSummary | null {
  const content = service.published;
  if (!content) return null;
  const deliveries: DeliveryContactData[] =
    service.deliveries?.edges.map((edge) => edge.node) ?? [];
  const count = service.deliveries?.totalCount ?? deliveries.length;
  const local = options.municipality || count === 1 ? deliveries[0] : undefined;

  const phone = local?.contact.phone?.trim() || content.contact?.phone?.trim() || null;
  const web = webAddress(local?.contact.website) ?? webAddress(content.contact?.website);
  const offersChat = content.channels.includes('CHAT');

  let today: OpeningPeriod[] | null = null;
  if (local && !local.openingHours.open247 && local.openingHours.periods.length) {
    const day = helsinkiWeekday(options.now);
    today = local.openingHours.periods
      .filter((period) => period.days.includes(day))
      .sort((a, b) => a.opens.localeCompare(b.opens));
  }

  return {
    phone,
    chat: offersChat ? web : null,
    website: offersChat ? null : web,
    open247: Boolean(local?.openingHours.open247),
    today,
    free: content.cost === 'FREE',
    noReferral: content.accessMode !== 'PROFESSIONAL_REFERRAL',
  };
}
