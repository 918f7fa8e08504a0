import { type MailContent, type MailLanguage } from './mail-layout';

/**
 * Notices to the people signed up to a published event (events/event-notice.service.ts) when its
 * time, place or link changes, one occurrence is cancelled or moved, or the whole event is cancelled.
 * Each goes to one signed-up person in the language they signed up in. Times are written out by the
 * sender (Helsinki time, the mail's language). The meeting link is only in the mail when that person
 * may have it (never for an anonymous sign-up to a professionals' event).
 */
export interface EventNoticeParams {
  readonly eventTitle: string;
  /** The organising organisation or network. */
  readonly organizer: string;
  /** The event's upcoming times, written out (one line each). */
  readonly when: readonly string[];
  /** changed: the event's details; occurrenceCancelled / occurrenceMoved / occurrenceAdded: one date. */
  readonly change: 'changed' | 'occurrenceCancelled' | 'occurrenceMoved' | 'occurrenceAdded';
  /** The occurrence cancelled or moved (its old time written out), for those changes. */
  readonly occurrence: string | null;
  /** Place name and address, or null for an online-only event. */
  readonly place: string | null;
  readonly isOnline: boolean;
  readonly onlineUrl: string | null;
}

export interface EventCancelledParams {
  readonly eventTitle: string;
  readonly organizer: string;
  /** The times that were planned, written out. */
  readonly when: readonly string[];
  readonly reason: string | null;
}

const T: Record<
  MailLanguage,
  {
    changedSubject: (title: string) => string;
    changedLead: Record<EventNoticeParams['change'], (title: string, occurrence: string) => string>;
    cancelledSubject: (title: string) => string;
    cancelledLead: (title: string) => string;
    reason: string;
    when: string;
    planned: string;
    place: string;
    online: string;
    onlineLater: string;
    organizer: string;
    footer: string;
  }
> = {
  fi: {
    changedSubject: (t) => `Muutos tapahtumaan: ${t}`,
    changedLead: {
      changed: (t) => `Tapahtuman "${t}", johon olet ilmoittautunut, aika tai paikka on muuttunut.`,
      occurrenceCancelled: (t, o) => `Tapahtuman "${t}" kerta ${o} on peruttu.`,
      occurrenceMoved: (t, o) => `Tapahtuman "${t}" kerta ${o} on siirretty.`,
      occurrenceAdded: (t, o) => `Tapahtumaan "${t}" on lisätty ylimääräinen kerta ${o}.`,
    },
    cancelledSubject: (t) => `Tapahtuma peruttu: ${t}`,
    cancelledLead: (t) => `Tapahtuma "${t}", johon olet ilmoittautunut, on peruttu.`,
    reason: 'Syy',
    when: 'Ajat nyt',
    planned: 'Suunniteltu aika',
    place: 'Paikka',
    online: 'Verkossa',
    onlineLater: 'Verkossa (linkki lähetetään ennen tapahtumaa)',
    organizer: 'Järjestäjä',
    footer: 'Saat tämän viestin, koska ilmoittauduit tapahtumaan Linjassa.',
  },
  sv: {
    changedSubject: (t) => `Ändring i evenemanget: ${t}`,
    changedLead: {
      changed: (t) => `Tiden eller platsen för "${t}", som du har anmält dig till, har ändrats.`,
      occurrenceCancelled: (t, o) => `Tillfället ${o} av "${t}" är inställt.`,
      occurrenceMoved: (t, o) => `Tillfället ${o} av "${t}" har flyttats.`,
      occurrenceAdded: (t, o) => `Ett extra tillfälle ${o} har lagts till i "${t}".`,
    },
    cancelledSubject: (t) => `Evenemanget är inställt: ${t}`,
    cancelledLead: (t) => `Evenemanget "${t}", som du har anmält dig till, är inställt.`,
    reason: 'Orsak',
    when: 'Tider nu',
    planned: 'Planerad tid',
    place: 'Plats',
    online: 'På nätet',
    onlineLater: 'På nätet (länken skickas före evenemanget)',
    organizer: 'Arrangör',
    footer: 'Du får detta meddelande eftersom du har anmält dig till evenemanget i Linja.',
  },
  en: {
    changedSubject: (t) => `Event changed: ${t}`,
    changedLead: {
      changed: (t) => `The time or place of "${t}", which you signed up for, has changed.`,
      occurrenceCancelled: (t, o) => `The meeting of "${t}" on ${o} is cancelled.`,
      occurrenceMoved: (t, o) => `The meeting of "${t}" on ${o} has been moved.`,
      occurrenceAdded: (t, o) => `An extra meeting of "${t}" has been added on ${o}.`,
    },
    cancelledSubject: (t) => `Event cancelled: ${t}`,
    cancelledLead: (t) => `"${t}", which you signed up for, is cancelled.`,
    reason: 'Reason',
    when: 'Times now',
    planned: 'Planned time',
    place: 'Place',
    online: 'Online',
    onlineLater: 'Online (the link is sent before the event)',
    organizer: 'Organiser',
    footer: 'You get this message because you signed up for the event in Linja.',
  },
};

export function eventChangedContent(p: EventNoticeParams, language: MailLanguage): MailContent {
  const t = T[language];
  const where: string[] = [];
  if (p.place) where.push(`${t.place}: ${p.place}`);
  if (p.isOnline) where.push(p.onlineUrl ? `${t.online}: ${p.onlineUrl}` : t.onlineLater);
  return {
    subject: t.changedSubject(p.eventTitle),
    paragraphs: [
      t.changedLead[p.change](p.eventTitle, p.occurrence ?? ''),
      ...(p.when.length > 0 ? [`${t.when}:`, ...p.when] : []),
      ...where,
      `${t.organizer}: ${p.organizer}`,
    ],
    footer: [t.footer],
  };
}

export function eventCancelledContent(
  p: EventCancelledParams,
  language: MailLanguage,
): MailContent {
  const t = T[language];
  return {
    subject: t.cancelledSubject(p.eventTitle),
    paragraphs: [
      t.cancelledLead(p.eventTitle),
      ...(p.reason ? [`${t.reason}: ${p.reason}`] : []),
      ...(p.when.length > 0 ? [`${t.planned}:`, ...p.when] : []),
      `${t.organizer}: ${p.organizer}`,
    ],
    footer: [t.footer],
  };
}
