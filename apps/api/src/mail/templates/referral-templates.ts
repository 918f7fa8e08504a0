import { type MailContent, type MailLanguage } from './mail-layout';

/**
 * Referral mails carry NO client data (no name, phone, email, message, reason or municipality):
 * only the service, the kind and a link into Linja, where reading the details is logged.
 */
export interface ReferralNoticeParams {
  readonly organizationName: string;
  readonly serviceName: string;
  readonly kind: 'REFERRAL' | 'CONTACT_REQUEST';
  /** The referral's page in the admin (sign-in required). */
  readonly link: string;
}

export interface ReferralDecidedParams {
  readonly serviceName: string;
  readonly organizationName: string;
  readonly status: 'ACCEPTED' | 'DECLINED';
  /** The referrer's list of their referrals (portal). */
  readonly link: string;
  /** The service's OPEN referrer survey (portal), when it has one. */
  readonly surveyLink?: string | null;
}

/** The referrer survey's link under the decision, in the mail's language. */
const SURVEY_TEXTS: Record<MailLanguage, { paragraph: string; label: string }> = {
  fi: {
    paragraph: 'Verkosto kysyy ammattilaisilta, miten palveluun ohjaaminen sujuu.',
    label: 'Anna palautetta lähettäjänä',
  },
  sv: {
    paragraph: 'Nätverket frågar yrkespersoner hur det går att hänvisa till tjänsten.',
    label: 'Ge respons som remittent',
  },
  en: {
    paragraph: 'The network asks professionals how referring to this service works.',
    label: 'Give feedback as a referrer',
  },
};

function withSurveyLink(
  content: MailContent,
  p: ReferralDecidedParams,
  language: MailLanguage,
): MailContent {
  if (!p.surveyLink) return content;
  const texts = SURVEY_TEXTS[language];
  return {
    ...content,
    paragraphs: [...content.paragraphs, texts.paragraph],
    items: [{ label: texts.label, href: p.surveyLink }],
  };
}

export function referralNewContent(p: ReferralNoticeParams, language: MailLanguage): MailContent {
  const referral = p.kind === 'REFERRAL';
  switch (language) {
    case 'fi':
      return {
        subject: referral
          ? `Uusi lähete: ${p.serviceName}`
          : `Uusi yhteydenottopyyntö: ${p.serviceName}`,
        paragraphs: [
          referral
            ? `${p.organizationName} on saanut Linjan kautta uuden lähetteen palveluun "${p.serviceName}".`
            : `${p.organizationName} on saanut Linjan kautta uuden yhteydenottopyynnön palveluun "${p.serviceName}".`,
          'Tiedot näkyvät vain kirjautuneena Linjassa. Sähköpostissa ei lähetetä asiakkaan tietoja.',
        ],
        action: { label: 'Avaa saapuneet', href: p.link },
        footer: ['Saat tämän, koska olet järjestön pääkäyttäjä tai ylläpitäjä Linjassa.'],
      };
    case 'sv':
      return {
        subject: referral ? `Ny remiss: ${p.serviceName}` : `Ny kontaktbegäran: ${p.serviceName}`,
        paragraphs: [
          referral
            ? `${p.organizationName} har fått en ny remiss via Linja till tjänsten "${p.serviceName}".`
            : `${p.organizationName} har fått en ny kontaktbegäran via Linja till tjänsten "${p.serviceName}".`,
          'Uppgifterna syns endast inloggad i Linja. Klientens uppgifter skickas inte per e-post.',
        ],
        action: { label: 'Öppna inkorgen', href: p.link },
        footer: [
          'Du får detta eftersom du är huvudanvändare eller redaktör för organisationen i Linja.',
        ],
      };
    case 'en':
      return {
        subject: referral
          ? `New referral: ${p.serviceName}`
          : `New contact request: ${p.serviceName}`,
        paragraphs: [
          referral
            ? `${p.organizationName} has a new referral through Linja to "${p.serviceName}".`
            : `${p.organizationName} has a new contact request through Linja to "${p.serviceName}".`,
          'The details are shown only when signed in to Linja. No client data is sent by email.',
        ],
        action: { label: 'Open the inbox', href: p.link },
        footer: ['You get this because you are an admin or editor of the organisation in Linja.'],
      };
  }
}

export function referralReminderContent(
  p: ReferralNoticeParams,
  language: MailLanguage,
): MailContent {
  switch (language) {
    case 'fi':
      return {
        subject: `Avaamaton ${p.kind === 'REFERRAL' ? 'lähete' : 'yhteydenottopyyntö'}: ${p.serviceName}`,
        paragraphs: [
          `Palveluun "${p.serviceName}" (${p.organizationName}) tullutta ${
            p.kind === 'REFERRAL' ? 'lähetettä' : 'yhteydenottopyyntöä'
          } ei ole avattu kahden arkipäivän aikana. Ihminen odottaa vastausta.`,
        ],
        action: { label: 'Avaa', href: p.link },
        footer: ['Muistutus lähetetään kerran järjestön pääkäyttäjille.'],
      };
    case 'sv':
      return {
        subject: `Oöppnad ${p.kind === 'REFERRAL' ? 'remiss' : 'kontaktbegäran'}: ${p.serviceName}`,
        paragraphs: [
          `En ${p.kind === 'REFERRAL' ? 'remiss' : 'kontaktbegäran'} till tjänsten "${p.serviceName}" (${p.organizationName}) har inte öppnats på två vardagar. En människa väntar på svar.`,
        ],
        action: { label: 'Öppna', href: p.link },
        footer: ['Påminnelsen skickas en gång till organisationens huvudanvändare.'],
      };
    case 'en':
      return {
        subject: `Not yet opened: a ${p.kind === 'REFERRAL' ? 'referral' : 'contact request'} to ${p.serviceName}`,
        paragraphs: [
          `A ${p.kind === 'REFERRAL' ? 'referral' : 'contact request'} to "${p.serviceName}" (${p.organizationName}) has not been opened in two working days. Someone is waiting for an answer.`,
        ],
        action: { label: 'Open it', href: p.link },
        footer: ['This reminder is sent once to the organisation’s admins.'],
      };
  }
}

export function referralDecidedContent(
  p: ReferralDecidedParams,
  language: MailLanguage,
): MailContent {
  return withSurveyLink(decidedContent(p, language), p, language);
}

function decidedContent(p: ReferralDecidedParams, language: MailLanguage): MailContent {
  const accepted = p.status === 'ACCEPTED';
  switch (language) {
    case 'fi':
      return {
        subject: `Lähetteesi on ${accepted ? 'hyväksytty' : 'hylätty'}: ${p.serviceName}`,
        paragraphs: [
          `${p.organizationName} on ${accepted ? 'hyväksynyt' : 'hylännyt'} lähetteesi palveluun "${p.serviceName}".`,
          'Näet lähetteidesi tilan Linjassa.',
        ],
        action: { label: 'Omat lähetteet', href: p.link },
        footer: ['Saat tämän, koska lähetit asiakkaan palveluun Linjan kautta.'],
      };
    case 'sv':
      return {
        subject: `Din remiss har ${accepted ? 'godkänts' : 'avböjts'}: ${p.serviceName}`,
        paragraphs: [
          `${p.organizationName} har ${accepted ? 'godkänt' : 'avböjt'} din remiss till tjänsten "${p.serviceName}".`,
          'Du ser dina remissers status i Linja.',
        ],
        action: { label: 'Mina remisser', href: p.link },
        footer: ['Du får detta eftersom du remitterade en klient via Linja.'],
      };
    case 'en':
      return {
        subject: `Your referral was ${accepted ? 'accepted' : 'declined'}: ${p.serviceName}`,
        paragraphs: [
          `${p.organizationName} has ${accepted ? 'accepted' : 'declined'} your referral to "${p.serviceName}".`,
          'You can see the status of your referrals in Linja.',
        ],
        action: { label: 'My referrals', href: p.link },
        footer: ['You get this because you referred a client through Linja.'],
      };
  }
}
