const fi = {
  nav: 'Palvelut',
  title: 'Verkoston palvelut',
  description:
    '{{network}}: kaikki palvelut kaikissa tiloissa. Järjestys ja sivutus tehdään palvelimella.',
  caption: 'Verkoston palvelut',
  filters: {
    label: 'Suodattimet',
    states: 'Tila',
    organization: 'Järjestö',
    freshness: 'Ajantasaisuus',
    area: 'Hyvinvointialue',
    reach: 'Valtakunnallisuus',
    name: 'Nimi sisältää',
    perPage: 'Rivejä sivulla',
    any: 'Kaikki',
    clear: 'Tyhjennä suodattimet',
  },
  reach: {
    wide: 'Valtakunnallinen tai etänä',
    local: 'Vain alueellinen',
  },
  state: {
    DRAFT: 'Luonnos',
    SUBMITTED: 'Odottaa tarkistusta',
    PUBLISHED: 'Julkaistu',
    ARCHIVED: 'Arkistoitu',
  },
  freshness: {
    FRESH: 'Ajan tasalla',
    DUE_FOR_CHECK: 'Pian vanheneva',
    STALE: 'Vanhentunut',
    HIDDEN: 'Piilotettu yleisöltä',
  },
  hiddenHint: 'Vanhentunut niin kauan, ettei yleisö enää näe sitä.',
  columns: {
    name: 'Palvelu',
    organization: 'Vastuujärjestö',
    state: 'Tila',
    freshness: 'Ajantasaisuus',
    updatedAt: 'Muutettu',
    createdAt: 'Luotu',
  },
  review: 'Tarkista',
  empty: 'Yksikään palvelu ei vastaa suodattimia.',
};
export type NetworkServicesMessages = typeof fi;

const sv: NetworkServicesMessages = {
  nav: 'Tjänster',
  title: 'Nätverkets tjänster',
  description:
    '{{network}}: alla tjänster i alla tillstånd. Sortering och sidindelning görs på servern.',
  caption: 'Nätverkets tjänster',
  filters: {
    label: 'Filter',
    states: 'Tillstånd',
    organization: 'Organisation',
    freshness: 'Aktualitet',
    area: 'Välfärdsområde',
    reach: 'Riksomfattande',
    name: 'Namnet innehåller',
    perPage: 'Rader per sida',
    any: 'Alla',
    clear: 'Töm filtren',
  },
  reach: {
    wide: 'Riksomfattande eller på distans',
    local: 'Endast regional',
  },
  state: {
    DRAFT: 'Utkast',
    SUBMITTED: 'Väntar på granskning',
    PUBLISHED: 'Publicerad',
    ARCHIVED: 'Arkiverad',
  },
  freshness: {
    FRESH: 'Aktuell',
    DUE_FOR_CHECK: 'Snart föråldrad',
    STALE: 'Föråldrad',
    HIDDEN: 'Dold för allmänheten',
  },
  hiddenHint: 'Föråldrad så länge att allmänheten inte längre ser den.',
  columns: {
    name: 'Tjänst',
    organization: 'Ansvarig organisation',
    state: 'Tillstånd',
    freshness: 'Aktualitet',
    updatedAt: 'Ändrad',
    createdAt: 'Skapad',
  },
  review: 'Granska',
  empty: 'Ingen tjänst motsvarar filtren.',
};

const en: NetworkServicesMessages = {
  nav: 'Services',
  title: 'The network’s services',
  description: '{{network}}: every service in every state. Sorted and paged by the server.',
  caption: 'The network’s services',
  filters: {
    label: 'Filters',
    states: 'State',
    organization: 'Organisation',
    freshness: 'Freshness',
    area: 'Wellbeing area',
    reach: 'Nationwide reach',
    name: 'Name contains',
    perPage: 'Rows per page',
    any: 'All',
    clear: 'Clear filters',
  },
  reach: {
    wide: 'Nationwide or remote',
    local: 'Regional only',
  },
  state: {
    DRAFT: 'Draft',
    SUBMITTED: 'Awaiting review',
    PUBLISHED: 'Published',
    ARCHIVED: 'Archived',
  },
  freshness: {
    FRESH: 'Up to date',
    DUE_FOR_CHECK: 'Due for a check',
    STALE: 'Stale',
    HIDDEN: 'Hidden from the public',
  },
  hiddenHint: 'Stale for so long that the public no longer sees it.',
  columns: {
    name: 'Service',
    organization: 'Responsible organisation',
    state: 'State',
    freshness: 'Freshness',
    updatedAt: 'Changed',
    createdAt: 'Created',
  },
  review: 'Review',
  empty: 'No service matches the filters.',
};

export const networkServicesMessages = { fi, sv, en };
