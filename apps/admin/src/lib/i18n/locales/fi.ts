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
    notYet: 'Kirjautuminen otetaan käyttöön myöhemmin.',
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
