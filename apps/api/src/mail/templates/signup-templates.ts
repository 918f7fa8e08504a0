import { type MailAttachment, type MailContent, type MailLanguage } from './mail-layout';

/**
 * Mails to a person signed up to an event (event-signups/): the request to confirm a sign-up made
 * without an account (no place is held until then), the confirmation or the waiting-list
 * notice, the promotion from the waiting list, and the reminder the day before. Each goes only to
 * the signed-up person, in the language they signed up in, so it may carry the meeting link of an
 * online event. Nobody else's details are in it.
 */
export interface EventSignupMailParams {
  readonly eventTitle: string;
  /** When, written out in the mail's language and Helsinki time (signup-mail.ts). */
  readonly when: string;
  /** Place name and address, or null for an online-only event. */
  readonly place: string | null;
  /** The meeting link of an online event (this person signed up). */
  readonly onlineUrl: string | null;
  /** The event's page in the portal. */
  readonly eventLink: string;
  /** The cancel link (works without an account); only in the mail written at sign-up. */
  readonly cancelLink: string | null;
  /** The link that confirms a sign-up made without an account (only in the `confirm` mail). */
  readonly confirmLink?: string | null;
  /** The event as iCalendar text, attached as a `.ics` file (null: no attachment). */
  readonly ics: string | null;
  readonly icsFileName: string;
}

type Kind = 'confirmed' | 'waitlisted' | 'promoted' | 'reminder';

/** The mail that asks a person who signed up without an account to confirm from their mailbox. */
const CONFIRM: Record<
  MailLanguage,
  {
    subject: (title: string) => string;
    lead: (title: string, hours: number) => string;
    button: string;
    ignore: string;
  }
> = {
  fi: {
    subject: (t) => `Vahvista ilmoittautumisesi: ${t}`,
    lead: (t, h) =>
      `Vahvista ilmoittautumisesi tapahtumaan "${t}" alla olevasta painikkeesta ${h} tunnin kuluessa. Paikkaa ei varata ennen vahvistusta.`,
    button: 'Vahvista ilmoittautuminen',
    ignore:
      'Jos et ilmoittautunut itse, voit jättää tämän viestin huomiotta: mitään ei varata, eikä ilmoittautumista synny.',
  },
  sv: {
    subject: (t) => `Bekräfta din anmälan: ${t}`,
    lead: (t, h) =>
      `Bekräfta din anmälan till "${t}" med knappen nedan inom ${h} timmar. Ingen plats reserveras före bekräftelsen.`,
    button: 'Bekräfta anmälan',
    ignore:
      'Om du inte anmälde dig själv kan du lämna detta meddelande utan åtgärd: inget reserveras och ingen anmälan görs.',
  },
  en: {
    subject: (t) => `Confirm your sign-up: ${t}`,
    lead: (t, h) =>
      `Confirm your sign-up to "${t}" with the button below within ${h} hours. No place is held until you do.`,
    button: 'Confirm my sign-up',
    ignore:
      'If you did not sign up yourself, ignore this mail: nothing is reserved and no sign-up is made.',
  },
};

/** How long the confirmation link of a sign-up made without an account works. */
export const PENDING_SIGNUP_HOURS = 24;

const T: Record<
  MailLanguage,
  {
    subject: Record<Kind, (title: string) => string>;
    lead: Record<Kind, (title: string) => string>;
    when: string;
    place: string;
    online: string;
    eventPage: string;
    cancel: string;
    cancelLater: string;
    calendar: string;
    footer: string;
  }
> = {
  fi: {
    subject: {
      confirmed: (t) => `Ilmoittautuminen vahvistettu: ${t}`,
      waitlisted: (t) => `Olet jonossa: ${t}`,
      promoted: (t) => `Sait paikan: ${t}`,
      reminder: (t) => `Muistutus huomisesta: ${t}`,
    },
    lead: {
      confirmed: (t) => `Ilmoittautumisesi tapahtumaan "${t}" on vahvistettu. Tervetuloa!`,
      waitlisted: (t) =>
        `Tapahtuma "${t}" on täynnä, joten olet jonossa. Saat viestin, jos paikka vapautuu.`,
      promoted: (t) => `Paikka vapautui, ja sinulla on nyt paikka tapahtumassa "${t}". Tervetuloa!`,
      reminder: (t) => `Muistutus: tapahtuma "${t}" on huomenna.`,
    },
    when: 'Aika',
    place: 'Paikka',
    online: 'Liity verkossa',
    eventPage: 'Tapahtuman sivu',
    cancel: 'Peru ilmoittautuminen',
    cancelLater:
      'Jos et pääse paikalle, peru ilmoittautumisesi ensimmäisen viestin linkillä, jotta paikka vapautuu muille.',
    calendar: 'Liitteenä on tapahtuma kalenteriisi (.ics).',
    footer: 'Saat tämän viestin, koska ilmoittauduit tapahtumaan Linjassa.',
  },
  sv: {
    subject: {
      confirmed: (t) => `Anmälan bekräftad: ${t}`,
      waitlisted: (t) => `Du står i kö: ${t}`,
      promoted: (t) => `Du har fått en plats: ${t}`,
      reminder: (t) => `Påminnelse om i morgon: ${t}`,
    },
    lead: {
      confirmed: (t) => `Din anmälan till "${t}" är bekräftad. Välkommen!`,
      waitlisted: (t) =>
        `Evenemanget "${t}" är fullt, så du står i kö. Du får ett meddelande om en plats blir ledig.`,
      promoted: (t) => `En plats blev ledig och du har nu en plats på "${t}". Välkommen!`,
      reminder: (t) => `Påminnelse: evenemanget "${t}" är i morgon.`,
    },
    when: 'Tid',
    place: 'Plats',
    online: 'Delta på nätet',
    eventPage: 'Evenemangets sida',
    cancel: 'Avboka anmälan',
    cancelLater:
      'Om du inte kan komma, avboka med länken i det första meddelandet så att platsen blir ledig för andra.',
    calendar: 'Evenemanget finns bifogat för din kalender (.ics).',
    footer: 'Du får detta meddelande eftersom du anmälde dig till ett evenemang i Linja.',
  },
  en: {
    subject: {
      confirmed: (t) => `Sign-up confirmed: ${t}`,
      waitlisted: (t) => `You are on the waiting list: ${t}`,
      promoted: (t) => `You have a place: ${t}`,
      reminder: (t) => `Reminder for tomorrow: ${t}`,
    },
    lead: {
      confirmed: (t) => `Your sign-up to "${t}" is confirmed. Welcome!`,
      waitlisted: (t) =>
        `"${t}" is full, so you are on the waiting list. We will mail you if a place frees up.`,
      promoted: (t) => `A place freed up and you now have a place at "${t}". Welcome!`,
      reminder: (t) => `A reminder: "${t}" is tomorrow.`,
    },
    when: 'When',
    place: 'Where',
    online: 'Join online',
    eventPage: 'The event’s page',
    cancel: 'Cancel my sign-up',
    cancelLater:
      'If you cannot come, cancel with the link in the first mail so that someone else gets the place.',
    calendar: 'The event is attached for your calendar (.ics).',
    footer: 'You get this mail because you signed up to an event in Linja.',
  },
};

function icsAttachment(p: EventSignupMailParams): MailAttachment[] {
  if (!p.ics) return [];
  return [
    {
      filename: p.icsFileName,
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      content: p.ics,
    },
  ];
}

function signupContent(kind: Kind) {
  return (p: EventSignupMailParams, language: MailLanguage): MailContent => {
    const t = T[language];
    const attachments = kind === 'waitlisted' ? [] : icsAttachment(p);
    const items = [
      ...(p.onlineUrl && kind !== 'waitlisted' ? [{ label: t.online, href: p.onlineUrl }] : []),
      { label: t.eventPage, href: p.eventLink },
    ];
    return {
      subject: t.subject[kind](p.eventTitle),
      paragraphs: [
        t.lead[kind](p.eventTitle),
        `${t.when}: ${p.when}`,
        ...(p.place ? [`${t.place}: ${p.place}`] : []),
        ...(attachments.length > 0 ? [t.calendar] : []),
        ...(p.cancelLink ? [] : [t.cancelLater]),
      ],
      items,
      ...(p.cancelLink ? { action: { label: t.cancel, href: p.cancelLink } } : {}),
      footer: [t.footer],
      attachments,
    };
  };
}

export function eventSignupConfirmContent(
  p: EventSignupMailParams,
  language: MailLanguage,
): MailContent {
  const t = T[language];
  const c = CONFIRM[language];
  return {
    subject: c.subject(p.eventTitle),
    paragraphs: [
      c.lead(p.eventTitle, PENDING_SIGNUP_HOURS),
      `${t.when}: ${p.when}`,
      ...(p.place ? [`${t.place}: ${p.place}`] : []),
    ],
    items: [{ label: t.eventPage, href: p.eventLink }],
    ...(p.confirmLink ? { action: { label: c.button, href: p.confirmLink } } : {}),
    footer: [c.ignore],
    attachments: [],
  };
}

export const eventSignupConfirmedContent = signupContent('confirmed');
export const eventSignupWaitlistedContent = signupContent('waitlisted');
export const eventSignupPromotedContent = signupContent('promoted');
export const eventSignupReminderContent = signupContent('reminder');
