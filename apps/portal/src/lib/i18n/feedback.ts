import { type Language } from '@linja/ui';
import { useLanguage } from '../language';

/**
 * Texts of the anonymous feedback survey page (routes/feedback/FeedbackPage.tsx), fi/sv/en, in a
 * file of their own beside the locale files (as the sign-up pages' texts).
 */
const fi = {
  heading: 'Anna palautetta',
  intro:
    'Vastaat nimettömänä: emme kysy emmekä tallenna nimeäsi, yhteystietojasi tai muuta sinusta. Voit jättää kysymyksiä väliin.',
  scaleHint: '1 = huono, 5 = erinomainen',
  scaleValue: '{{value}} / 5',
  yes: 'Kyllä',
  no: 'Ei',
  textHint:
    'Vapaaehtoinen, enintään {{max}} merkkiä. Älä kirjoita nimiä, henkilötunnuksia tai yhteystietoja. Vastauksia ei julkaista.',
  honeypot: 'Jätä tämä kenttä tyhjäksi',
  submit: 'Lähetä palaute',
  sending: 'Lähetetään…',
  thanks: 'Kiitos palautteestasi!',
  thanksBody: 'Palautteesi on tallennettu nimettömänä.',
  empty: 'Vastaa ainakin yhteen kysymykseen.',
  invalid: 'Tarkista vastaus: {{question}}',
  rateLimited: 'Liian monta vastausta tästä osoitteesta. Yritä myöhemmin uudelleen.',
  closed: 'Tämä kysely ei ole avoinna.',
  failed: 'Lähettäminen ei onnistunut. Yritä uudelleen.',
  home: 'Etusivulle',
  linkHeading: 'Palaute',
  linkIntro: 'Kerro kokemuksestasi lyhyessä kyselyssä. Vastaat nimettömänä.',
  linkService: 'Anna palautetta palvelusta',
  linkEvent: 'Anna palautetta tapahtumasta',
  referrerHeading: 'Palaute lähettäjänä',
  referrerIntro:
    'Vastaat kirjautuneena ammattilaisena, kerran. Tallennamme vain sen, että olet vastannut; vastauksiasi ei yhdistetä sinuun.',
  linkReferrer: 'Anna palautetta lähettäjänä',
  referrerLinkIntro: 'Verkosto kysyy ammattilaisilta, miten palveluun ohjaaminen sujuu.',
  alreadyAnswered: 'Olet jo vastannut tähän kyselyyn. Kiitos!',
  signInNeeded: 'Kirjaudu sisään ammattilaisena vastataksesi.',
  signIn: 'Kirjaudu sisään',
  professionalsOnly: 'Tähän kyselyyn vastaavat vain verkoston ammattilaiset.',
  referrerThanksBody: 'Vastauksesi on tallennettu ilman nimeäsi.',
};

export type FeedbackTexts = typeof fi;

const sv: FeedbackTexts = {
  heading: 'Ge respons',
  intro:
    'Du svarar anonymt: vi frågar inte efter och sparar inte ditt namn, dina kontaktuppgifter eller något annat om dig. Du kan hoppa över frågor.',
  scaleHint: '1 = dåligt, 5 = utmärkt',
  scaleValue: '{{value}} / 5',
  yes: 'Ja',
  no: 'Nej',
  textHint:
    'Frivilligt, högst {{max}} tecken. Skriv inga namn, personbeteckningar eller kontaktuppgifter. Svaren publiceras inte.',
  honeypot: 'Lämna detta fält tomt',
  submit: 'Skicka respons',
  sending: 'Skickar…',
  thanks: 'Tack för din respons!',
  thanksBody: 'Din respons har sparats anonymt.',
  empty: 'Svara på minst en fråga.',
  invalid: 'Kontrollera svaret: {{question}}',
  rateLimited: 'För många svar från den här adressen. Försök igen senare.',
  closed: 'Den här enkäten är inte öppen.',
  failed: 'Det gick inte att skicka. Försök igen.',
  home: 'Till startsidan',
  linkHeading: 'Respons',
  linkIntro: 'Berätta om din upplevelse i en kort enkät. Du svarar anonymt.',
  linkService: 'Ge respons om tjänsten',
  linkEvent: 'Ge respons om evenemanget',
  referrerHeading: 'Respons som remittent',
  referrerIntro:
    'Du svarar inloggad som yrkesperson, en gång. Vi sparar bara att du har svarat; dina svar kopplas inte till dig.',
  linkReferrer: 'Ge respons som remittent',
  referrerLinkIntro: 'Nätverket frågar yrkespersoner hur det går att hänvisa till tjänsten.',
  alreadyAnswered: 'Du har redan svarat på enkäten. Tack!',
  signInNeeded: 'Logga in som yrkesperson för att svara.',
  signIn: 'Logga in',
  professionalsOnly: 'Den här enkäten besvaras bara av nätverkets yrkespersoner.',
  referrerThanksBody: 'Ditt svar har sparats utan ditt namn.',
};

const en: FeedbackTexts = {
  heading: 'Give feedback',
  intro:
    'You answer anonymously: we do not ask for or store your name, contact details or anything else about you. You may skip questions.',
  scaleHint: '1 = poor, 5 = excellent',
  scaleValue: '{{value}} / 5',
  yes: 'Yes',
  no: 'No',
  textHint:
    'Optional, at most {{max}} characters. Please do not write names, identity numbers or contact details. Answers are never published.',
  honeypot: 'Leave this field empty',
  submit: 'Send feedback',
  sending: 'Sending…',
  thanks: 'Thank you for your feedback!',
  thanksBody: 'Your feedback was saved anonymously.',
  empty: 'Please answer at least one question.',
  invalid: 'Please check your answer: {{question}}',
  rateLimited: 'Too many answers from this address. Please try again later.',
  closed: 'This survey is not open.',
  failed: 'Sending failed. Please try again.',
  home: 'To the front page',
  linkHeading: 'Feedback',
  linkIntro: 'Tell us about your experience in a short survey. You answer anonymously.',
  linkService: 'Give feedback on the service',
  linkEvent: 'Give feedback on the event',
  referrerHeading: 'Feedback as a referrer',
  referrerIntro:
    'You answer signed in as a professional, once. We keep only that you have answered; your answers are not linked to you.',
  linkReferrer: 'Give feedback as a referrer',
  referrerLinkIntro: 'The network asks professionals how referring to this service works.',
  alreadyAnswered: 'You have already answered this survey. Thank you!',
  signInNeeded: 'Sign in as a professional to answer.',
  signIn: 'Sign in',
  professionalsOnly: 'Only the network’s professionals answer this survey.',
  referrerThanksBody: 'Your answer has been saved without your name.',
};

export const FEEDBACK_TEXTS: Record<Language, FeedbackTexts> = { fi, sv, en };

/** The texts in the reader's language, with `{{name}}` placeholders filled by `format`. */
export function useFeedbackTexts(): {
  texts: FeedbackTexts;
  format: (text: string, values: Record<string, string | number>) => string;
} {
  const language = useLanguage();
  return {
    texts: FEEDBACK_TEXTS[language],
    format: (text, values) =>
      text.replace(/\{\{(\w+)\}\}/g, (match, key: string) =>
        key in values ? String(values[key]) : match,
      ),
  };
}
