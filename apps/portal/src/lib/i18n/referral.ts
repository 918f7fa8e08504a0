import { type Language } from '@linja/ui';
import { useLanguage } from '../language';

/**
 * Texts of the referral and contact request forms on a service page
 * (routes/referrals/ReferralForms.tsx), fi/sv/en.
 */
const fi = {
  contactHeading: 'Pyydä yhteydenottoa',
  contactIntro:
    'Jätä puhelinnumero tai sähköposti, niin palvelusta otetaan sinuun yhteyttä. Viesti on vapaaehtoinen.',
  noConfirmation:
    'Emme lähetä sinulle vahvistusta sähköpostilla tai tekstiviestillä, koska joku muu voisi nähdä sen. Palvelu ottaa yhteyttä sinun valitsemanasi aikana.',
  phone: 'Puhelinnumero',
  email: 'Sähköposti (jos et halua antaa puhelinnumeroa)',
  window: 'Milloin sinuun saa ottaa yhteyttä',
  MORNING: 'Aamupäivällä',
  AFTERNOON: 'Iltapäivällä',
  EVENING: 'Illalla',
  ANY: 'Milloin vain',
  message: 'Viesti (vapaaehtoinen, enintään 500 merkkiä). Älä kirjoita henkilötunnusta.',
  send: 'Lähetä',
  sending: 'Lähetetään…',
  contactSent: 'Pyyntö on lähetetty. Palvelu ottaa sinuun yhteyttä.',
  referHeading: 'Ohjaa asiakas',
  referIntro:
    'Lähete menee palvelun tuottajalle. Asiakkaan yhteystiedot välitetään vain asiakkaan suostumuksella.',
  delivery: 'Toimipaikka',
  municipality: 'Asiakkaan kotikunta',
  reason: 'Syy',
  urgency: 'Kiireellisyys',
  ROUTINE: 'Tavallinen',
  SOON: 'Pian',
  URGENT: 'Kiireellinen',
  method: 'Yhteydenottotapa',
  PHONE: 'Puhelin',
  EMAIL: 'Sähköposti',
  clientName: 'Asiakkaan nimi',
  clientPhone: 'Asiakkaan puhelinnumero',
  clientEmail: 'Asiakkaan sähköposti',
  consent: 'Asiakas on antanut suostumuksen yhteystietojensa välittämiseen.',
  referSent: 'Lähete on lähetetty. Näet sen tilan omista lähetteistäsi.',
  myReferrals: 'Omat lähetteeni',
  failed: 'Lähetys ei onnistunut. Tarkista tiedot ja yritä uudelleen.',
  rateLimited: 'Liian monta yritystä. Yritä hetken kuluttua uudelleen.',
  needContact: 'Anna puhelinnumero tai sähköpostiosoite, jotta sinuun voidaan ottaa yhteyttä.',
  badPhone: 'Tarkista puhelinnumero.',
  badEmail: 'Tarkista sähköpostiosoite.',
};
type ReferralTexts = typeof fi;

const sv: ReferralTexts = {
  contactHeading: 'Be om att bli kontaktad',
  contactIntro:
    'Lämna ett telefonnummer eller en e-postadress så kontaktar tjänsten dig. Meddelandet är frivilligt.',
  noConfirmation:
    'Vi skickar ingen bekräftelse per e-post eller sms, eftersom någon annan kunde se den. Tjänsten kontaktar dig vid den tid du väljer.',
  phone: 'Telefonnummer',
  email: 'E-post (om du inte vill ge ett telefonnummer)',
  window: 'När du kan kontaktas',
  MORNING: 'På förmiddagen',
  AFTERNOON: 'På eftermiddagen',
  EVENING: 'På kvällen',
  ANY: 'När som helst',
  message: 'Meddelande (frivilligt, högst 500 tecken). Skriv inte personbeteckningen.',
  send: 'Skicka',
  sending: 'Skickar…',
  contactSent: 'Begäran har skickats. Tjänsten kontaktar dig.',
  referHeading: 'Remittera en klient',
  referIntro:
    'Remissen går till den som producerar tjänsten. Klientens kontaktuppgifter förmedlas endast med klientens samtycke.',
  delivery: 'Verksamhetsställe',
  municipality: 'Klientens hemkommun',
  reason: 'Orsak',
  urgency: 'Brådska',
  ROUTINE: 'Vanlig',
  SOON: 'Snart',
  URGENT: 'Brådskande',
  method: 'Kontaktsätt',
  PHONE: 'Telefon',
  EMAIL: 'E-post',
  clientName: 'Klientens namn',
  clientPhone: 'Klientens telefonnummer',
  clientEmail: 'Klientens e-post',
  consent: 'Klienten har samtyckt till att kontaktuppgifterna förmedlas.',
  referSent: 'Remissen har skickats. Du ser dess status bland dina remisser.',
  myReferrals: 'Mina remisser',
  failed: 'Det gick inte att skicka. Kontrollera uppgifterna och försök igen.',
  rateLimited: 'För många försök. Försök igen om en stund.',
  needContact: 'Ange ett telefonnummer eller en e-postadress så att du kan kontaktas.',
  badPhone: 'Kontrollera telefonnumret.',
  badEmail: 'Kontrollera e-postadressen.',
};

const en: ReferralTexts = {
  contactHeading: 'Ask to be contacted',
  contactIntro:
    'Leave a phone number or an email and the service will contact you. The message is optional.',
  noConfirmation:
    'We send you no confirmation by email or text message, because someone else could see it. The service contacts you at the time you choose.',
  phone: 'Phone number',
  email: 'Email (if you prefer not to give a phone number)',
  window: 'When you can be contacted',
  MORNING: 'In the morning',
  AFTERNOON: 'In the afternoon',
  EVENING: 'In the evening',
  ANY: 'Any time',
  message: 'Message (optional, at most 500 characters). Do not write an identity number.',
  send: 'Send',
  sending: 'Sending…',
  contactSent: 'Your request was sent. The service will contact you.',
  referHeading: 'Refer a client',
  referIntro:
    'The referral goes to the organisation providing the service. The client’s contact details are shared only with the client’s consent.',
  delivery: 'Place',
  municipality: 'The client’s home municipality',
  reason: 'Reason',
  urgency: 'Urgency',
  ROUTINE: 'Routine',
  SOON: 'Soon',
  URGENT: 'Urgent',
  method: 'How to contact',
  PHONE: 'Phone',
  EMAIL: 'Email',
  clientName: 'Client’s name',
  clientPhone: 'Client’s phone',
  clientEmail: 'Client’s email',
  consent: 'The client consented to sharing their contact details.',
  referSent: 'The referral was sent. You can follow its status in your referrals.',
  myReferrals: 'My referrals',
  failed: 'Sending failed. Check the details and try again.',
  rateLimited: 'Too many attempts. Try again in a moment.',
  needContact: 'Give a phone number or an email address so that you can be contacted.',
  badPhone: 'Check the phone number.',
  badEmail: 'Check the email address.',
};

const TEXTS: Record<Language, ReferralTexts> = { fi, sv, en };

export function useReferralTexts(): ReferralTexts {
  return TEXTS[useLanguage()];
}
