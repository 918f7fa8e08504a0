import { type MailContent, type MailLanguage } from './mail-layout';

export interface OtherProviderChecksParams {
  readonly networkName: string;
  /** Each provider due for a check; `hidden` when the public no longer sees it. */
  readonly providers: readonly {
    readonly id: string;
    readonly name: string;
    readonly hidden: boolean;
  }[];
  /** The network's other providers page, filtered to those due for a check. */
  readonly link: string;
}

const HIDDEN: Record<MailLanguage, string> = {
  fi: 'ei enää näy julkisesti',
  sv: 'syns inte längre offentligt',
  en: 'no longer shown to the public',
};

/** The weekly reminder to a network's coordinators: other providers not checked within the policy. */
export function otherProviderChecksContent(
  p: OtherProviderChecksParams,
  language: MailLanguage,
): MailContent {
  const items = p.providers.map((provider) => ({
    label: provider.hidden ? `${provider.name} (${HIDDEN[language]})` : provider.name,
    href: `${p.link}#provider-${provider.id}`,
  }));
  const count = p.providers.length;
  switch (language) {
    case 'fi':
      return {
        subject: `Tarkistettavia muita auttajia: ${p.networkName}`,
        paragraphs: [
          `${p.networkName}: ${count} verkoston ulkopuolisen auttajan tiedot odottavat tarkistusta. Tarkista puhelinnumerot, linkit ja aukioloajat ja merkitse ne tarkistetuiksi; liian kauan tarkistamattomat eivät näy Löydä apua -sivulla.`,
        ],
        action: { label: 'Tarkista muut auttajat', href: p.link },
        items,
        footer: ['Saat tämän viikoittaisen muistutuksen, koska koordinoit verkostoa Linjassa.'],
      };
    case 'sv':
      return {
        subject: `Andra hjälpare att kontrollera: ${p.networkName}`,
        paragraphs: [
          `${p.networkName}: uppgifterna om ${count} hjälpare utanför nätverket väntar på kontroll. Kontrollera telefonnummer, länkar och öppettider och markera dem som kontrollerade; de som inte kontrollerats på länge syns inte på sidan Hitta hjälp.`,
        ],
        action: { label: 'Kontrollera andra hjälpare', href: p.link },
        items,
        footer: ['Du får denna veckopåminnelse eftersom du koordinerar nätverket i Linja.'],
      };
    case 'en':
      return {
        subject: `Other providers due for a check: ${p.networkName}`,
        paragraphs: [
          `${p.networkName}: the details of ${count} providers outside the network are due for a check. Check their phone numbers, links and opening hours and mark them checked; those left unchecked too long are not shown on the Find help page.`,
        ],
        action: { label: 'Check other providers', href: p.link },
        items,
        footer: ['You get this weekly reminder because you coordinate the network in Linja.'],
      };
  }
}
