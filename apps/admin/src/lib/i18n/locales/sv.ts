import type { Messages } from './fi';

export const sv: Messages = {
  app: {
    name: 'Linja',
    area: 'Administration',
    title: 'Linja – administration',
  },
  skipToContent: 'Hoppa till innehållet',
  language: {
    label: 'Språk',
  },
  roles: {
    COORDINATOR: 'Nätverkets koordinator',
    ORG_ADMIN: 'Organisationens huvudanvändare',
    ORG_EDITOR: 'Organisationens redaktör',
    PROFESSIONAL: 'Yrkesperson',
    REPORT_VIEWER: 'Läsare av resultaten (styrgrupp, finansiär)',
    PLATFORM_ADMIN: 'Plattformens administratör',
  },
  shell: {
    navigation: 'Huvudmeny',
    openNavigation: 'Öppna menyn',
    tenant: 'Arbetsyta',
    tenantNetwork: 'Nätverk',
    tenantOrganization: 'Organisation',
    userMenu: 'Användare',
    signOut: 'Logga ut',
    digestOn: 'Veckopåminnelse om kontroll: på',
    digestOff: 'Veckopåminnelse om kontroll: av',
    signedOut: 'Du har loggat ut.',
    sessionExpired: 'Sessionen har gått ut. Logga in igen.',
  },
  home: {
    title: 'Ingen arbetsyta',
    noTenant:
      'Ditt konto har ännu ingen arbetsyta för ett nätverk eller en organisation. Be koordinatorn eller din organisations huvudanvändare om en inbjudan.',
  },
  states: {
    loading: 'Laddar…',
    error: 'Uppgifterna kunde inte laddas.',
    networkError: 'Ingen anslutning till servern.',
    forbidden: 'Du har inte rätt att se det här innehållet.',
    forbiddenWorkspace:
      'Ditt konto har ingen roll i den här arbetsytan. Dina egna arbetsytor finns på startsidan; hit kommer du med en inbjudan från dess administratör.',
    notFound: 'Det du söker hittades inte.',
    retry: 'Försök igen',
    empty: 'Inget att visa.',
  },
  notFound: {
    title: 'Sidan hittades inte',
    text: 'Det finns ingen sida på adressen. Den kan ha flyttats, eller så finns det ett skrivfel i adressen.',
    home: 'Till startsidan',
  },
  table: {
    next: 'Nästa sida',
    previous: 'Föregående sida',
    page: 'Sida {{page}}',
    total_one: '{{count}} rad',
    total_other: '{{count}} rader',
    filter: 'Filtrera',
    search: 'Sök på namn',
    clear: 'Töm',
    sortedHint: 'Sorterar raderna på den laddade sidan',
  },
  common: {
    save: 'Spara',
    cancel: 'Avbryt',
    close: 'Stäng',
    back: 'Tillbaka',
    yes: 'Ja',
    no: 'Nej',
    all: 'Alla',
    noMatches: 'Inga träffar',
    unknownMunicipality: 'Okänd kommun ({{code}}) – välj kommunen på nytt',
  },
  languages: {
    fi: 'finska',
    fiPlain: 'lättläst finska',
    sv: 'svenska',
    en: 'engelska',
  },
};
