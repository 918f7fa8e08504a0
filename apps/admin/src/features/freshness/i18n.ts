const fi = {
  nav: 'Tarkistettavat',
  title: 'Onko tieto yhä ajan tasalla?',
  description:
    'Julkaistut palvelut, joiden tiedot pitää tarkistaa. Vanhimmin tarkistettu ensin. Jos tiedot pitävät paikkansa, vahvista yhdellä napsautuksella; muuten muokkaa palvelua.',
  caption: 'Tarkistettavat palvelut',
  emptyTitle: 'Kaikki ajan tasalla',
  empty: 'Yksikään palvelu ei odota tarkistusta.',
  allDone: 'Kävit kaikki läpi. Kiitos!',
  columns: {
    name: 'Palvelu',
    freshness: 'Tila',
    verifiedAt: 'Tarkistettu viimeksi',
    actions: 'Toiminnot',
  },
  edit: 'Muokkaa',
  editOf: 'Muokkaa: {{name}}',
  confirm: 'Yhä voimassa',
  confirmOf: 'Yhä voimassa: {{name}}',
  confirmed: '{{name}} vahvistettiin ajan tasalla olevaksi.',
  failed: 'Palvelun {{name}} vahvistus ei onnistunut. {{detail}}',
};
export type FreshnessMessages = typeof fi;

const sv: FreshnessMessages = {
  nav: 'Att kontrollera',
  title: 'Stämmer uppgifterna fortfarande?',
  description:
    'Publicerade tjänster vars uppgifter ska kontrolleras. Den som kontrollerades för längst sedan först. Om uppgifterna stämmer, bekräfta med ett klick; annars redigera tjänsten.',
  caption: 'Tjänster att kontrollera',
  emptyTitle: 'Allt är aktuellt',
  empty: 'Ingen tjänst väntar på kontroll.',
  allDone: 'Du har gått igenom alla. Tack!',
  columns: {
    name: 'Tjänst',
    freshness: 'Status',
    verifiedAt: 'Senast kontrollerad',
    actions: 'Åtgärder',
  },
  edit: 'Redigera',
  editOf: 'Redigera: {{name}}',
  confirm: 'Fortfarande giltig',
  confirmOf: 'Fortfarande giltig: {{name}}',
  confirmed: '{{name}} bekräftades som aktuell.',
  failed: 'Bekräftelsen av {{name}} lyckades inte. {{detail}}',
};

const en: FreshnessMessages = {
  nav: 'Due for a check',
  title: 'Is it still valid?',
  description:
    'Published services whose details need a check, least recently checked first. If the details are right, confirm in one click; otherwise edit the service.',
  caption: 'Services due for a check',
  emptyTitle: 'All up to date',
  empty: 'No service is waiting for a check.',
  allDone: 'You went through them all. Thank you!',
  columns: {
    name: 'Service',
    freshness: 'Status',
    verifiedAt: 'Last checked',
    actions: 'Actions',
  },
  edit: 'Edit',
  editOf: 'Edit: {{name}}',
  confirm: 'Still valid',
  confirmOf: 'Still valid: {{name}}',
  confirmed: '{{name}} was confirmed up to date.',
  failed: 'Confirming {{name}} did not succeed. {{detail}}',
};

export const freshnessMessages = { fi, sv, en };
