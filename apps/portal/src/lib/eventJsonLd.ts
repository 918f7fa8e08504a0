import { type Language } from '@linja/ui';
import { type EventDetail } from './eventQueries';
import { isoWithOffset } from './eventTime';
import { pickText } from './localized';

/**
 * schema.org Event structured data for an event page (search engines' event listings). The meeting
 * link is never part of it, whoever reads the page: an online event's VirtualLocation is the public
 * event page itself.
 */
export function eventJsonLd(
  event: EventDetail,
  language: Language,
  pageUrl: string,
): Record<string, unknown> {
  const next = event.occurrences[0];
  const startsAt = new Date(next?.startsAt ?? event.startsAt);
  const endsAt = new Date(next?.endsAt ?? event.endsAt);
  const hasPlace = Boolean(event.placeName ?? event.streetAddress ?? event.postOffice);
  const place = hasPlace
    ? {
        '@type': 'Place',
        name: event.placeName ?? event.postOffice ?? undefined,
        address: {
          '@type': 'PostalAddress',
          streetAddress: event.streetAddress ?? undefined,
          postalCode: event.postalCode ?? undefined,
          addressLocality: event.postOffice ?? undefined,
          addressCountry: 'FI',
        },
      }
    : null;
  const virtual = event.isOnline ? { '@type': 'VirtualLocation', url: pageUrl } : null;
  const locations = [place, virtual].filter(Boolean);
  const description = pickText(event.description, language);
  const costNote = pickText(event.costNote, language);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: pickText(event.title, language),
    ...(description ? { description } : {}),
    url: pageUrl,
    startDate: isoWithOffset(startsAt),
    endDate: isoWithOffset(endsAt),
    eventStatus:
      event.status === 'CANCELLED'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    eventAttendanceMode: !event.isOnline
      ? 'https://schema.org/OfflineEventAttendanceMode'
      : hasPlace
        ? 'https://schema.org/MixedEventAttendanceMode'
        : 'https://schema.org/OnlineEventAttendanceMode',
    location: locations.length === 1 ? locations[0] : locations,
    organizer: event.organization
      ? {
          '@type': 'Organization',
          name: event.organization.name,
          ...(event.organization.website ? { url: event.organization.website } : {}),
        }
      : { '@type': 'Organization', name: event.network.name },
    offers: {
      '@type': 'Offer',
      url: pageUrl,
      ...(event.cost === 'FREE'
        ? { price: 0, priceCurrency: 'EUR' }
        : costNote
          ? { description: costNote }
          : {}),
    },
    ...(event.languages.length > 0 ? { inLanguage: event.languages } : {}),
  };
}

/** The JSON for a <script type="application/ld+json">: no "</script>" can close it early. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
