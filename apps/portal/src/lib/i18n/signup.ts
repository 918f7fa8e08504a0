import { type Language } from '@linja/ui';
import { useLanguage } from '../language';

/**
 * Texts of the event sign-up form and the confirm and cancel pages (routes/events/SignupForm.tsx,
 * SignupLinkPage.tsx), fi/sv/en. Kept in a file of their own so the sign-up pages can be worked on
 * beside the event pages' texts in the locale files.
 */
const fi = {
  heading: 'Ilmoittaudu',
  placesLeft: 'Paikkoja jäljellä: {{count}}',
  fullWaitlist: 'Tapahtuma on täynnä. Voit ilmoittautua jonoon: saat viestin, jos paikka vapautuu.',
  full: 'Tapahtuma on täynnä.',
  closed: 'Ilmoittautuminen on päättynyt.',
  deadline: 'Ilmoittautuminen päättyy {{date}}.',
  intro:
    'Tarvitsemme vain nimesi ja sähköpostiosoitteesi. Lähetämme viestin, jonka painikkeella vahvistat paikkasi.',
  name: 'Nimi',
  email: 'Sähköposti',
  answerHint: 'Järjestäjän kysymys',
  submit: 'Ilmoittaudu',
  submitWaitlist: 'Ilmoittaudu jonoon',
  submitAccount: 'Ilmoittaudu nimellä {{name}}',
  sending: 'Lähetetään…',
  confirmed: 'Olet ilmoittautunut!',
  confirmedBody:
    'Lähetimme vahvistuksen ja kalenterimerkinnän sähköpostiisi. Sieltä löydät myös peruutuslinkin.',
  waitlisted: 'Olet jonossa',
  waitlistedBody: 'Saat sähköpostia, jos paikka vapautuu.',
  pending: 'Vahvista vielä sähköpostista',
  pendingBody:
    'Lähetimme sinulle viestin. Ilmoittautumisesi on voimassa vasta, kun painat viestin vahvistuspainiketta 24 tunnin kuluessa. Jos viestiä ei näy, katso myös roskapostikansio.',
  already: 'Tällä sähköpostiosoitteella on jo ilmoittauduttu tähän tapahtumaan.',
  ownConfirmed: 'Olet ilmoittautunut tähän tapahtumaan.',
  ownWaitlisted: 'Olet jonossa tähän tapahtumaan.',
  cancelOwn: 'Peru ilmoittautumiseni',
  rateLimited: 'Liian monta yritystä. Yritä hetken kuluttua uudelleen.',
  failed: 'Ilmoittautuminen ei onnistunut. Yritä uudelleen.',
  invalidName: 'Kirjoita nimesi.',
  invalidEmail: 'Tarkista sähköpostiosoite.',
  invalidAnswer: 'Vastaa kysymykseen.',
  cancelTitle: 'Peru ilmoittautuminen',
  cancelIntro: 'Haluatko perua ilmoittautumisesi tapahtumaan?',
  cancelButton: 'Peru ilmoittautuminen',
  cancelled: 'Ilmoittautumisesi on peruttu.',
  cancelledBody: 'Kiitos, että ilmoitit. Paikka vapautuu nyt muille.',
  cancelInvalid:
    'Linkki ei ole voimassa. Ilmoittautuminen on ehkä jo peruttu, tai tapahtumasta on kulunut aikaa.',
  cancelTooLate: 'Tapahtuma on jo ohi, joten ilmoittautumista ei voi enää perua.',
  confirmTitle: 'Vahvista ilmoittautuminen',
  confirmCancelledBody:
    'Tämä ilmoittautuminen on jo peruttu. Voit ilmoittautua uudelleen tapahtuman sivulla.',
  confirmIntro: 'Vahvista ilmoittautumisesi tapahtumaan painikkeella.',
  confirmButton: 'Vahvista ilmoittautuminen',
  confirmInvalid: 'Linkki ei ole voimassa. Voit ilmoittautua uudelleen tapahtuman sivulla.',
  linkExpired:
    'Linkki on vanhentunut: se on voimassa 24 tuntia. Ilmoittaudu uudelleen tapahtuman sivulla.',
  toEvent: 'Tapahtuman sivulle',
};

export type SignupTexts = typeof fi;

const sv: SignupTexts = {
  heading: 'Anmäl dig',
  placesLeft: 'Lediga platser: {{count}}',
  fullWaitlist:
    'Evenemanget är fullt. Du kan ställa dig i kö: du får ett meddelande om en plats blir ledig.',
  full: 'Evenemanget är fullt.',
  closed: 'Anmälan har stängt.',
  deadline: 'Anmälan stänger {{date}}.',
  intro:
    'Vi behöver bara ditt namn och din e-postadress. Vi skickar ett meddelande där du bekräftar din plats med en knapp.',
  name: 'Namn',
  email: 'E-post',
  answerHint: 'Arrangörens fråga',
  submit: 'Anmäl dig',
  submitWaitlist: 'Ställ dig i kö',
  submitAccount: 'Anmäl dig som {{name}}',
  sending: 'Skickar…',
  confirmed: 'Du är anmäld!',
  confirmedBody:
    'Vi skickade en bekräftelse och en kalenderpost till din e-post. Där finns också avbokningslänken.',
  waitlisted: 'Du står i kö',
  waitlistedBody: 'Du får e-post om en plats blir ledig.',
  pending: 'Bekräfta ännu i din e-post',
  pendingBody:
    'Vi skickade ett meddelande till dig. Din anmälan gäller först när du trycker på bekräftelseknappen i meddelandet inom 24 timmar. Om meddelandet inte syns, titta också i skräpposten.',
  already: 'Den här e-postadressen är redan anmäld till evenemanget.',
  ownConfirmed: 'Du är anmäld till evenemanget.',
  ownWaitlisted: 'Du står i kö till evenemanget.',
  cancelOwn: 'Avboka min anmälan',
  rateLimited: 'För många försök. Försök igen om en stund.',
  failed: 'Anmälan misslyckades. Försök igen.',
  invalidName: 'Skriv ditt namn.',
  invalidEmail: 'Kontrollera e-postadressen.',
  invalidAnswer: 'Svara på frågan.',
  cancelTitle: 'Avboka anmälan',
  cancelIntro: 'Vill du avboka din anmälan till evenemanget?',
  cancelButton: 'Avboka anmälan',
  cancelled: 'Din anmälan är avbokad.',
  cancelledBody: 'Tack för att du meddelade. Platsen blir nu ledig för andra.',
  cancelInvalid:
    'Länken gäller inte. Anmälan kan redan vara avbokad, eller så har evenemanget varit för länge sedan.',
  cancelTooLate: 'Evenemanget är redan över, så anmälan kan inte längre avbokas.',
  confirmTitle: 'Bekräfta anmälan',
  confirmCancelledBody:
    'Den här anmälan är redan avbokad. Du kan anmäla dig på nytt på evenemangets sida.',
  confirmIntro: 'Bekräfta din anmälan till evenemanget med knappen.',
  confirmButton: 'Bekräfta anmälan',
  confirmInvalid: 'Länken gäller inte. Du kan anmäla dig på nytt på evenemangets sida.',
  linkExpired:
    'Länken har gått ut: den gäller i 24 timmar. Anmäl dig på nytt på evenemangets sida.',
  toEvent: 'Till evenemangets sida',
};

const en: SignupTexts = {
  heading: 'Sign up',
  placesLeft: 'Places left: {{count}}',
  fullWaitlist:
    'The event is full. You can join the waiting list: we will mail you if a place frees up.',
  full: 'The event is full.',
  closed: 'Sign-up has closed.',
  deadline: 'Sign-up closes on {{date}}.',
  intro:
    'We only need your name and email address. We will send a mail with a button that confirms your place.',
  name: 'Name',
  email: 'Email',
  answerHint: 'The organiser’s question',
  submit: 'Sign up',
  submitWaitlist: 'Join the waiting list',
  submitAccount: 'Sign up as {{name}}',
  sending: 'Sending…',
  confirmed: 'You are signed up!',
  confirmedBody:
    'We sent a confirmation and a calendar entry to your email. It also has the cancel link.',
  waitlisted: 'You are on the waiting list',
  waitlistedBody: 'We will mail you if a place frees up.',
  pending: 'Confirm from your email',
  pendingBody:
    'We sent you a mail. Your sign-up counts once you press its confirm button within 24 hours. If you do not see the mail, look in your spam folder too.',
  already: 'This email address is already signed up to the event.',
  ownConfirmed: 'You are signed up to this event.',
  ownWaitlisted: 'You are on the waiting list of this event.',
  cancelOwn: 'Cancel my sign-up',
  rateLimited: 'Too many attempts. Try again in a moment.',
  failed: 'The sign-up did not go through. Try again.',
  invalidName: 'Write your name.',
  invalidEmail: 'Check the email address.',
  invalidAnswer: 'Answer the question.',
  cancelTitle: 'Cancel sign-up',
  cancelIntro: 'Do you want to cancel your sign-up to the event?',
  cancelButton: 'Cancel my sign-up',
  cancelled: 'Your sign-up is cancelled.',
  cancelledBody: 'Thank you for letting us know. The place is now free for someone else.',
  cancelInvalid:
    'The link is not valid. The sign-up may already be cancelled, or the event was a while ago.',
  cancelTooLate: 'The event is over, so the sign-up can no longer be cancelled.',
  confirmTitle: 'Confirm your sign-up',
  confirmCancelledBody:
    'This sign-up was already cancelled. You can sign up again on the event’s page.',
  confirmIntro: 'Confirm your sign-up to the event with the button.',
  confirmButton: 'Confirm my sign-up',
  confirmInvalid: 'The link is not valid. You can sign up again on the event’s page.',
  linkExpired: 'The link has expired: it works for 24 hours. Sign up again on the event’s page.',
  toEvent: 'To the event’s page',
};

export const SIGNUP_TEXTS: Record<Language, SignupTexts> = { fi, sv, en };

/** The texts in the reader's language, with `{{name}}` placeholders filled by `format`. */
export function useSignupTexts(): {
  texts: SignupTexts;
  format: (text: string, values: Record<string, string | number>) => string;
} {
  const language = useLanguage();
  return {
    texts: SIGNUP_TEXTS[language],
    format: (text, values) =>
      text.replace(/\{\{(\w+)\}\}/g, (match, key: string) =>
        key in values ? String(values[key]) : match,
      ),
  };
}
