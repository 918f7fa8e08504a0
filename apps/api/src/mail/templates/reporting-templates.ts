import { type MailContent, type MailLanguage } from './mail-layout';

/** A reporting round's reminder or overdue notice to an organisation's admins (counts only). */
export interface ReportingRoundMailParams {
  readonly organizationName: string;
  readonly networkName: string;
  /** The period as the round gives it, e.g. "2026" or "2026-01-01 – 2026-06-30". */
  readonly period: string;
  /** YYYY-MM-DD. */
  readonly dueOn: string;
  /** The organisation's reporting page in the admin (sign-in required). */
  readonly link: string;
}

export function reportingReminderContent(
  p: ReportingRoundMailParams,
  language: MailLanguage,
): MailContent {
  switch (language) {
    case 'fi':
      return {
        subject: `Muistutus: luvut ${p.networkName}lle viimeistään ${p.dueOn}`,
        paragraphs: [
          `${p.organizationName}: verkosto ${p.networkName} kerää toiminnan lukuja kaudelta ${p.period}. Raportti on vielä lähettämättä, ja määräpäivä on ${p.dueOn}.`,
          'Raporttiin kirjataan vain lukumääriä palveluittain, ei asiakkaiden tietoja.',
        ],
        action: { label: 'Avaa raportti', href: p.link },
        footer: ['Saat tämän, koska olet järjestön pääkäyttäjä Linjassa.'],
      };
    case 'sv':
      return {
        subject: `Påminnelse: siffror till ${p.networkName} senast ${p.dueOn}`,
        paragraphs: [
          `${p.organizationName}: nätverket ${p.networkName} samlar in verksamhetens siffror för perioden ${p.period}. Rapporten har ännu inte skickats, och sista dagen är ${p.dueOn}.`,
          'I rapporten anges endast antal per tjänst, inga uppgifter om klienter.',
        ],
        action: { label: 'Öppna rapporten', href: p.link },
        footer: ['Du får detta eftersom du är huvudanvändare för organisationen i Linja.'],
      };
    case 'en':
      return {
        subject: `Reminder: figures for ${p.networkName} due ${p.dueOn}`,
        paragraphs: [
          `${p.organizationName}: the network ${p.networkName} collects figures for the period ${p.period}. Your report has not been submitted yet; it is due on ${p.dueOn}.`,
          'The report holds counts per service only, never clients’ details.',
        ],
        action: { label: 'Open the report', href: p.link },
        footer: ['You get this because you are an administrator of the organisation in Linja.'],
      };
  }
}

export function reportingOverdueContent(
  p: ReportingRoundMailParams,
  language: MailLanguage,
): MailContent {
  switch (language) {
    case 'fi':
      return {
        subject: `Raportin määräpäivä meni: ${p.networkName}, ${p.period}`,
        paragraphs: [
          `${p.organizationName}: raportin määräpäivä ${p.dueOn} on mennyt, eikä raporttia ole lähetetty. Luvut voi vielä lähettää, kunnes koordinaattori lukitsee kierroksen.`,
        ],
        action: { label: 'Avaa raportti', href: p.link },
        footer: ['Saat tämän, koska olet järjestön pääkäyttäjä Linjassa.'],
      };
    case 'sv':
      return {
        subject: `Rapportens sista dag har passerat: ${p.networkName}, ${p.period}`,
        paragraphs: [
          `${p.organizationName}: rapportens sista dag ${p.dueOn} har passerat och rapporten har inte skickats. Siffrorna kan ännu skickas tills koordinatorn låser omgången.`,
        ],
        action: { label: 'Öppna rapporten', href: p.link },
        footer: ['Du får detta eftersom du är huvudanvändare för organisationen i Linja.'],
      };
    case 'en':
      return {
        subject: `Report overdue: ${p.networkName}, ${p.period}`,
        paragraphs: [
          `${p.organizationName}: the report was due on ${p.dueOn} and has not been submitted. You can still submit the figures until the coordinator locks the round.`,
        ],
        action: { label: 'Open the report', href: p.link },
        footer: ['You get this because you are an administrator of the organisation in Linja.'],
      };
  }
}
