import { type MailContent, type MailLanguage } from './mail-layout';

export interface FreshnessDigestParams {
  readonly organizationName: string;
  /** Each service due for a check, with the link to its "still valid" action. */
  readonly services: readonly { readonly name: string; readonly link: string }[];
  /** Where the person turns the weekly digest off (the admin; the toggle is in the user menu). */
  readonly settingsLink: string;
}

export function freshnessDigestContent(
  p: FreshnessDigestParams,
  language: MailLanguage,
): MailContent {
  const items = p.services.map((service) => ({ label: service.name, href: service.link }));
  const count = p.services.length;
  switch (language) {
    case 'fi':
      return {
        subject: `Tarkistettavia palveluita: ${p.organizationName}`,
        paragraphs: [
          `${p.organizationName}: ${count} palvelun tiedot odottavat tarkistusta. Jos tiedot pitävät paikkansa, vahvista ne yhdellä napsautuksella; muuten päivitä palvelu.`,
        ],
        items,
        footer: [
          'Saat tämän viikoittaisen muistutuksen, koska ylläpidät järjestön palveluita Linjassa.',
          `Muistutuksen voi ottaa pois käytöstä Linjan käyttäjävalikosta: ${p.settingsLink}`,
        ],
      };
    case 'sv':
      return {
        subject: `Tjänster att kontrollera: ${p.organizationName}`,
        paragraphs: [
          `${p.organizationName}: uppgifterna om ${count} tjänster väntar på kontroll. Om uppgifterna stämmer, bekräfta dem med ett klick; annars uppdatera tjänsten.`,
        ],
        items,
        footer: [
          'Du får denna veckopåminnelse eftersom du sköter organisationens tjänster i Linja.',
          `Påminnelsen kan stängas av i Linjas användarmeny: ${p.settingsLink}`,
        ],
      };
    case 'en':
      return {
        subject: `Services due for a check: ${p.organizationName}`,
        paragraphs: [
          `${p.organizationName}: the details of ${count} services are due for a check. If they are right, confirm them in one click; otherwise update the service.`,
        ],
        items,
        footer: [
          'You get this weekly reminder because you maintain the organisation’s services in Linja.',
          `You can turn the reminder off in Linja’s user menu: ${p.settingsLink}`,
        ],
      };
  }
}

export interface HiddenNoticeParams {
  readonly organizationName: string;
  readonly serviceName: string;
  /** The service's "still valid" action (confirming brings it back to public search). */
  readonly link: string;
}

export function hiddenNoticeContent(p: HiddenNoticeParams, language: MailLanguage): MailContent {
  switch (language) {
    case 'fi':
      return {
        subject: `Palvelu poistui hausta: ${p.serviceName}`,
        paragraphs: [
          `Palvelun "${p.serviceName}" (${p.organizationName}) tietoja ei ole tarkistettu pitkään aikaan, joten se ei enää näy julkisessa haussa.`,
          'Kun vahvistat tiedot ajan tasalla oleviksi tai päivität palvelun, se palaa hakuun.',
        ],
        action: { label: 'Tarkista palvelu', href: p.link },
        footer: ['Saat tämän ilmoituksen kerran, koska olet järjestön pääkäyttäjä Linjassa.'],
      };
    case 'sv':
      return {
        subject: `Tjänsten syns inte längre i sökningen: ${p.serviceName}`,
        paragraphs: [
          `Uppgifterna om tjänsten "${p.serviceName}" (${p.organizationName}) har inte kontrollerats på länge, så den syns inte längre i den offentliga sökningen.`,
          'När du bekräftar att uppgifterna stämmer eller uppdaterar tjänsten kommer den tillbaka i sökningen.',
        ],
        action: { label: 'Kontrollera tjänsten', href: p.link },
        footer: [
          'Du får detta meddelande en gång eftersom du är organisationens huvudanvändare i Linja.',
        ],
      };
    case 'en':
      return {
        subject: `Service left public search: ${p.serviceName}`,
        paragraphs: [
          `The details of "${p.serviceName}" (${p.organizationName}) have not been checked for a long time, so it no longer shows in public search.`,
          'When you confirm the details are still valid or update the service, it returns to search.',
        ],
        action: { label: 'Check the service', href: p.link },
        footer: ['You get this notice once because you administer the organisation in Linja.'],
      };
  }
}
