import { type MailAttachment, type MailContent, type MailLanguage } from './mail-layout';

const LOCALE: Record<MailLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "torstai 12.3.2026 klo 14.00" etc., in Helsinki time whatever the server's zone. */
export function sessionTime(iso: string, language: MailLanguage): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: 'Europe/Helsinki',
    weekday: 'long',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export interface PresentationInvitationParams {
  readonly organizationName: string;
  readonly seriesTitle: string;
  /** The session's start (ISO instant). */
  readonly startsAt: string;
  /** Answer by (ISO instant), or null. */
  readonly respondBy: string | null;
  /** The admin's "Invitations to present" page of the organisation. */
  readonly link: string;
}

export function presentationInvitationContent(
  p: PresentationInvitationParams,
  language: MailLanguage,
): MailContent {
  const when = sessionTime(p.startsAt, language);
  const by = p.respondBy ? sessionTime(p.respondBy, language) : null;
  switch (language) {
    case 'fi':
      return {
        subject: `Kutsu esittelemään: ${p.seriesTitle}`,
        paragraphs: [
          `${p.organizationName} on kutsuttu esittelemään palveluitaan ammattilaisille tilaisuudessa "${p.seriesTitle}" ${when}.`,
          ...(by ? [`Vastaattehan ${by} mennessä.`] : []),
          'Voit hyväksyä tai perua kutsun Linjassa.',
        ],
        action: { label: 'Vastaa kutsuun', href: p.link },
        footer: ['Saat tämän viestin, koska olet järjestön pääkäyttäjä Linjassa.'],
      };
    case 'sv':
      return {
        subject: `Inbjudan att presentera: ${p.seriesTitle}`,
        paragraphs: [
          `${p.organizationName} är inbjuden att presentera sina tjänster för yrkesverksamma vid "${p.seriesTitle}" ${when}.`,
          ...(by ? [`Svara senast ${by}.`] : []),
          'Du kan tacka ja eller nej till inbjudan i Linja.',
        ],
        action: { label: 'Svara på inbjudan', href: p.link },
        footer: ['Du får detta meddelande eftersom du är organisationens huvudanvändare i Linja.'],
      };
    case 'en':
      return {
        subject: `Invitation to present: ${p.seriesTitle}`,
        paragraphs: [
          `${p.organizationName} is invited to present its services to professionals at "${p.seriesTitle}" on ${when}.`,
          ...(by ? [`Please answer by ${by}.`] : []),
          'You can accept or decline the invitation in Linja.',
        ],
        action: { label: 'Answer the invitation', href: p.link },
        footer: [
          'You get this message because you are an administrator of the organisation in Linja.',
        ],
      };
  }
}

export interface PresentationReminderParams {
  readonly organizationName: string;
  readonly seriesTitle: string;
  readonly startsAt: string;
  /**
   * RESPOND: the invitation still waits for an answer and its time limit is near;
   * SESSION: the organisation presents soon (with the meeting link).
   */
  readonly kind: 'RESPOND' | 'SESSION';
  readonly respondBy: string | null;
  readonly onlineUrl: string | null;
  readonly link: string;
}

export function presentationReminderContent(
  p: PresentationReminderParams,
  language: MailLanguage,
): MailContent {
  const when = sessionTime(p.startsAt, language);
  const by = p.respondBy ? sessionTime(p.respondBy, language) : '';
  const respond = p.kind === 'RESPOND';
  switch (language) {
    case 'fi':
      return {
        subject: respond
          ? `Muistutus: vastaa kutsuun esittelemään (${p.seriesTitle})`
          : `Muistutus: esittelette ${when}`,
        paragraphs: respond
          ? [
              `${p.organizationName} on kutsuttu esittelemään tilaisuudessa "${p.seriesTitle}" ${when}. Kutsuun ei ole vielä vastattu; vastausaika päättyy ${by}.`,
            ]
          : [
              `${p.organizationName} esittelee palveluitaan tilaisuudessa "${p.seriesTitle}" ${when}.`,
              ...(p.onlineUrl ? [`Kokouslinkki: ${p.onlineUrl}`] : []),
            ],
        action: { label: respond ? 'Vastaa kutsuun' : 'Avaa Linja', href: p.link },
        footer: ['Saat tämän viestin, koska olet järjestön pääkäyttäjä Linjassa.'],
      };
    case 'sv':
      return {
        subject: respond
          ? `Påminnelse: svara på inbjudan att presentera (${p.seriesTitle})`
          : `Påminnelse: ni presenterar ${when}`,
        paragraphs: respond
          ? [
              `${p.organizationName} är inbjuden att presentera vid "${p.seriesTitle}" ${when}. Inbjudan är ännu obesvarad; svarstiden går ut ${by}.`,
            ]
          : [
              `${p.organizationName} presenterar sina tjänster vid "${p.seriesTitle}" ${when}.`,
              ...(p.onlineUrl ? [`Möteslänk: ${p.onlineUrl}`] : []),
            ],
        action: { label: respond ? 'Svara på inbjudan' : 'Öppna Linja', href: p.link },
        footer: ['Du får detta meddelande eftersom du är organisationens huvudanvändare i Linja.'],
      };
    case 'en':
      return {
        subject: respond
          ? `Reminder: answer the invitation to present (${p.seriesTitle})`
          : `Reminder: you present on ${when}`,
        paragraphs: respond
          ? [
              `${p.organizationName} is invited to present at "${p.seriesTitle}" on ${when}. The invitation has not been answered yet; the time to answer ends ${by}.`,
            ]
          : [
              `${p.organizationName} presents its services at "${p.seriesTitle}" on ${when}.`,
              ...(p.onlineUrl ? [`Meeting link: ${p.onlineUrl}`] : []),
            ],
        action: { label: respond ? 'Answer the invitation' : 'Open Linja', href: p.link },
        footer: [
          'You get this message because you are an administrator of the organisation in Linja.',
        ],
      };
  }
}

export interface InfoSessionAnnouncementParams {
  readonly seriesTitle: string;
  readonly startsAt: string;
  readonly presenters: readonly string[];
  readonly facilitatorName: string | null;
  readonly onlineUrl: string | null;
  /** The series in the admin (where to unsubscribe). */
  readonly link: string;
  /** The session as an iCalendar file, or null. */
  readonly ics: string | null;
}

function icsAttachment(ics: string | null): readonly MailAttachment[] | undefined {
  return ics
    ? [{ filename: 'jarjestoinfo.ics', contentType: 'text/calendar; charset=utf-8', content: ics }]
    : undefined;
}

/** The meeting link is the mail's one action: a button in HTML, the bare address in plain text. */
export function infoSessionAnnouncementContent(
  p: InfoSessionAnnouncementParams,
  language: MailLanguage,
): MailContent {
  const when = sessionTime(p.startsAt, language);
  const presenters = p.presenters.join(', ');
  const attachments = icsAttachment(p.ics);
  switch (language) {
    case 'fi':
      return {
        subject: `${p.seriesTitle} ${when}`,
        paragraphs: [
          `Seuraava tilaisuus "${p.seriesTitle}" on ${when}.`,
          ...(presenters ? [`Esittelijät: ${presenters}.`] : []),
          ...(p.facilitatorName ? [`Juontaja: ${p.facilitatorName}.`] : []),
        ],
        action: p.onlineUrl ? { label: 'Liity tilaisuuteen', href: p.onlineUrl } : undefined,
        footer: [
          `Saat tämän viestin, koska seuraat sarjaa Linjassa. Seurannan voi lopettaa: ${p.link}`,
        ],
        attachments,
      };
    case 'sv':
      return {
        subject: `${p.seriesTitle} ${when}`,
        paragraphs: [
          `Nästa tillfälle "${p.seriesTitle}" är ${when}.`,
          ...(presenters ? [`Presentatörer: ${presenters}.`] : []),
          ...(p.facilitatorName ? [`Värd: ${p.facilitatorName}.`] : []),
        ],
        action: p.onlineUrl ? { label: 'Anslut till tillfället', href: p.onlineUrl } : undefined,
        footer: [
          `Du får detta meddelande eftersom du följer serien i Linja. Sluta följa: ${p.link}`,
        ],
        attachments,
      };
    case 'en':
      return {
        subject: `${p.seriesTitle} on ${when}`,
        paragraphs: [
          `The next "${p.seriesTitle}" session is on ${when}.`,
          ...(presenters ? [`Presenting: ${presenters}.`] : []),
          ...(p.facilitatorName ? [`Hosted by ${p.facilitatorName}.`] : []),
        ],
        action: p.onlineUrl ? { label: 'Join the session', href: p.onlineUrl } : undefined,
        footer: [
          `You get this message because you follow the series in Linja. Stop following: ${p.link}`,
        ],
        attachments,
      };
  }
}
