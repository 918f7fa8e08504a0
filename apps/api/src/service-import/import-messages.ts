import { type TLocale } from '@linja/domain';

/** Why a row cannot be imported (or, as a warning, what was left out); each has a text in fi, sv and en below. */
export const ROW_ISSUE_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'TOO_MANY',
  'REPEATED_VALUE',
  'DUPLICATE_EXTERNAL_ID',
  'UNKNOWN_TERM',
  'ARCHIVED_TERM',
  'INVALID_PHONE',
  'INVALID_EMAIL',
  'INVALID_URL',
  'INVALID_LANGUAGE',
  'WRONG_CELL_COUNT',
  'OTHER_NETWORK',
  'SERVICE_ARCHIVED',
  'SERVICE_IN_REVIEW',
  'INVALID',
  'UNMAPPED_TERM',
  'UNSUPPORTED_LANGUAGE',
] as const;
export type RowIssueCode = (typeof ROW_ISSUE_CODES)[number];

/** Values a message quotes: a limit, the offending value, a line. */
export type IssueParams = Readonly<Record<string, string | number>>;

type Texts = Record<RowIssueCode, (params: IssueParams) => string>;

const fi: Texts = {
  REQUIRED: () => 'Pakollinen tieto puuttuu.',
  TOO_LONG: (p) => `Teksti on liian pitkä (enintään ${p.max} merkkiä).`,
  TOO_MANY: (p) => `Liian monta arvoa (enintään ${p.max}).`,
  REPEATED_VALUE: () => 'Sama arvo on mukana useammin kuin kerran.',
  DUPLICATE_EXTERNAL_ID: (p) => `Sama tunniste on jo rivillä ${p.line}.`,
  UNKNOWN_TERM: (p) => `Verkostolla ei ole koodia ”${p.value}”.`,
  ARCHIVED_TERM: (p) => `Koodi ”${p.value}” on poistettu käytöstä; valitse voimassa oleva.`,
  INVALID_PHONE: () => 'Ei ole puhelinnumero.',
  INVALID_EMAIL: () => 'Ei ole sähköpostiosoite.',
  INVALID_URL: () => 'Ei ole verkko-osoite (alkaa https://).',
  INVALID_LANGUAGE: (p) => `”${p.value}” ei ole kielikoodi (esim. fi, sv, en).`,
  WRONG_CELL_COUNT: (p) => `Rivillä on ${p.cells} saraketta, otsikkorivillä ${p.columns}.`,
  OTHER_NETWORK: () => 'Tällä tunnisteella on jo palvelu toisessa verkostossa.',
  SERVICE_ARCHIVED: () => 'Palvelu on arkistoitu; palauta se ensin.',
  SERVICE_IN_REVIEW: () => 'Palvelu odottaa tarkastusta eikä sitä voi nyt muuttaa.',
  INVALID: (p) => `Virheellinen arvo (${p.detail}).`,
  UNMAPPED_TERM: (p) => `Verkostolla ei ole luokkaa ”${p.value}”; se jätettiin pois.`,
  UNSUPPORTED_LANGUAGE: (p) => `Kieltä ”${p.value}” ei tuoda; se jätettiin pois.`,
};

const sv: Texts = {
  REQUIRED: () => 'Obligatorisk uppgift saknas.',
  TOO_LONG: (p) => `Texten är för lång (högst ${p.max} tecken).`,
  TOO_MANY: (p) => `För många värden (högst ${p.max}).`,
  REPEATED_VALUE: () => 'Samma värde finns med flera gånger.',
  DUPLICATE_EXTERNAL_ID: (p) => `Samma identifierare finns redan på rad ${p.line}.`,
  UNKNOWN_TERM: (p) => `Nätverket har ingen kod ”${p.value}”.`,
  ARCHIVED_TERM: (p) => `Koden ”${p.value}” används inte längre; välj en giltig.`,
  INVALID_PHONE: () => 'Inte ett telefonnummer.',
  INVALID_EMAIL: () => 'Inte en e-postadress.',
  INVALID_URL: () => 'Inte en webbadress (börjar med https://).',
  INVALID_LANGUAGE: (p) => `”${p.value}” är ingen språkkod (t.ex. fi, sv, en).`,
  WRONG_CELL_COUNT: (p) => `Raden har ${p.cells} kolumner, rubrikraden ${p.columns}.`,
  OTHER_NETWORK: () => 'Det finns redan en tjänst med denna identifierare i ett annat nätverk.',
  SERVICE_ARCHIVED: () => 'Tjänsten är arkiverad; återställ den först.',
  SERVICE_IN_REVIEW: () => 'Tjänsten väntar på granskning och kan inte ändras nu.',
  INVALID: (p) => `Ogiltigt värde (${p.detail}).`,
  UNMAPPED_TERM: (p) => `Nätverket har ingen klass ”${p.value}”; den lämnades bort.`,
  UNSUPPORTED_LANGUAGE: (p) => `Språket ”${p.value}” importeras inte; det lämnades bort.`,
};

const en: Texts = {
  REQUIRED: () => 'A required value is missing.',
  TOO_LONG: (p) => `The text is too long (at most ${p.max} characters).`,
  TOO_MANY: (p) => `Too many values (at most ${p.max}).`,
  REPEATED_VALUE: () => 'The same value is given more than once.',
  DUPLICATE_EXTERNAL_ID: (p) => `The same identifier is already on line ${p.line}.`,
  UNKNOWN_TERM: (p) => `The network has no code “${p.value}”.`,
  ARCHIVED_TERM: (p) => `The code “${p.value}” is no longer in use; choose a current one.`,
  INVALID_PHONE: () => 'Not a phone number.',
  INVALID_EMAIL: () => 'Not an email address.',
  INVALID_URL: () => 'Not a web address (starting with https://).',
  INVALID_LANGUAGE: (p) => `“${p.value}” is not a language code (e.g. fi, sv, en).`,
  WRONG_CELL_COUNT: (p) => `The row has ${p.cells} columns, the header ${p.columns}.`,
  OTHER_NETWORK: () => 'A service with this identifier already exists in another network.',
  SERVICE_ARCHIVED: () => 'The service is archived; restore it first.',
  SERVICE_IN_REVIEW: () => 'The service is waiting for review and cannot be changed now.',
  INVALID: (p) => `Invalid value (${p.detail}).`,
  UNMAPPED_TERM: (p) => `The network has no class “${p.value}”; it was left out.`,
  UNSUPPORTED_LANGUAGE: (p) => `The language “${p.value}” is not imported; it was left out.`,
};

const TEXTS: Record<TLocale, Texts> = { fi, sv, en };

export function issueMessage(code: RowIssueCode, params: IssueParams, locale: TLocale): string {
  return TEXTS[locale][code](params);
}
