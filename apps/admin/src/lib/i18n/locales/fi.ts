// Finnish is the source language: sv.ts and en.ts must have exactly these keys (typed by `Messages`).
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
  login: {
    title: 'Kirjaudu sisään',
    intro: 'Linjan ylläpito on verkostojen koordinaattoreille ja jäsenjärjestöjen työntekijöille.',
    email: 'Sähköposti',
    password: 'Salasana',
    submit: 'Kirjaudu',
    totp: 'Todennussovelluksen koodi',
    failed: 'Sähköposti, salasana tai koodi on väärin.',
    rateLimited: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
    unavailable: 'Kirjautuminen ei onnistunut juuri nyt. Yritä uudelleen.',
    welcome: 'Tervetuloa',
    signedInAs: 'Olet kirjautunut nimellä {{name}} ({{email}}).',
    roles: 'Roolit',
    signOut: 'Kirjaudu ulos',
  },
  roles: {
    COORDINATOR: 'Verkoston koordinaattori',
    ORG_ADMIN: 'Järjestön pääkäyttäjä',
    ORG_EDITOR: 'Järjestön sisällöntuottaja',
    PROFESSIONAL: 'Ammattilainen',
  },
  apiStatus: {
    title: 'Järjestelmän tila',
    label: 'Rajapinta',
    loading: 'tarkistetaan…',
    connected: 'yhdistetty · {{typename}}',
    error: 'ei yhteyttä',
    retry: 'Yritä uudelleen',
  },
};

export type Messages = typeof fi;
