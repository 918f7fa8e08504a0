// The app-wide strings (namespace "translation"). Each feature keeps its own strings in
// src/features/<feature>/i18n.ts (namespace = feature id). Finnish is the source: sv.ts and en.ts must
// have exactly these keys (typed by `Messages`).
export const fi = {
  app: {
    name: 'Linja',
    area: 'Ylläpito',
    title: 'Linja – ylläpito',
  },
  skipToContent: 'Siirry sisältöön',
  language: {
    label: 'Kieli',
  },
  roles: {
    COORDINATOR: 'Verkoston koordinaattori',
    ORG_ADMIN: 'Järjestön pääkäyttäjä',
    ORG_EDITOR: 'Järjestön sisällöntuottaja',
    PROFESSIONAL: 'Ammattilainen',
    REPORT_VIEWER: 'Tulosten lukija (ohjausryhmä, rahoittaja)',
    PLATFORM_ADMIN: 'Alustan ylläpitäjä',
  },
  shell: {
    navigation: 'Päävalikko',
    openNavigation: 'Avaa valikko',
    tenant: 'Työtila',
    tenantNetwork: 'Verkosto',
    tenantOrganization: 'Järjestö',
    userMenu: 'Käyttäjä',
    signOut: 'Kirjaudu ulos',
    digestOn: 'Viikoittainen tarkistusmuistutus: päällä',
    digestOff: 'Viikoittainen tarkistusmuistutus: pois',
    signedOut: 'Olet kirjautunut ulos.',
    sessionExpired: 'Istunto päättyi. Kirjaudu uudelleen.',
  },
  home: {
    title: 'Ei työtilaa',
    noTenant:
      'Tunnuksellasi ei ole vielä verkoston tai järjestön työtilaa. Pyydä kutsu koordinaattorilta tai järjestösi pääkäyttäjältä.',
  },
  states: {
    loading: 'Ladataan…',
    error: 'Tietojen lataaminen ei onnistunut.',
    networkError: 'Palvelimeen ei saatu yhteyttä.',
    forbidden: 'Sinulla ei ole oikeutta tähän sisältöön.',
    forbiddenWorkspace:
      'Tunnuksellasi ei ole roolia tässä työtilassa. Omat työtilasi löydät etusivulta; tähän pääset sen ylläpitäjän kutsulla.',
    notFound: 'Etsimääsi ei löytynyt.',
    retry: 'Yritä uudelleen',
    empty: 'Ei mitään näytettävää.',
  },
  notFound: {
    title: 'Sivua ei löytynyt',
    text: 'Osoitteessa ei ole sivua. Se on voinut siirtyä, tai osoitteessa on kirjoitusvirhe.',
    home: 'Etusivulle',
  },
  table: {
    next: 'Seuraava sivu',
    previous: 'Edellinen sivu',
    page: 'Sivu {{page}}',
    total_one: '{{count}} rivi',
    total_other: '{{count}} riviä',
    filter: 'Suodata',
    search: 'Hae nimellä',
    clear: 'Tyhjennä',
    sortedHint: 'Järjestää ladatun sivun rivit',
  },
  common: {
    save: 'Tallenna',
    cancel: 'Peruuta',
    close: 'Sulje',
    back: 'Takaisin',
    yes: 'Kyllä',
    no: 'Ei',
    all: 'Kaikki',
    noMatches: 'Ei osumia',
    unknownMunicipality: 'Tuntematon kunta ({{code}}) – valitse kunta uudelleen',
  },
  languages: {
    fi: 'suomi',
    fiPlain: 'selkosuomi',
    sv: 'ruotsi',
    en: 'englanti',
  },
};

export type Messages = typeof fi;
