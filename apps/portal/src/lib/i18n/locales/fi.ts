// Finnish is the source language: sv.ts and en.ts must have exactly these keys (typed by `Messages`).
export const fi = {
  app: {
    name: 'Linja',
    tagline: 'Järjestöjen tukea lähelläsi',
    title: 'Linja – löydä apua',
  },
  skipToContent: 'Siirry sisältöön',
  language: {
    label: 'Kieli',
  },
  quickExit: 'Poistu nopeasti',
  hero: {
    heading: 'Löydä apua läheltäsi',
    intro:
      'Järjestöjen palveluja lapsiperheille, väkivaltaa kokeneille ja kriisissä oleville – yhdestä paikasta.',
  },
  search: {
    label: 'Mitä apua etsit?',
    placeholder: 'Esim. turvakoti, eroauttaminen, vauvaperhe',
    submit: 'Hae',
  },
  emergency: {
    beforeNumber: 'Jos olet välittömässä vaarassa, soita',
  },
  footer: {
    about: 'Linja kokoaa järjestöjen palvelut yhteen paikkaan.',
    safety:
      'Turvallisuusvinkki: Poistu nopeasti -painike vaihtaa tämän sivun tilalle Googlen etusivun. Jos joku muu voi käyttää laitettasi, tyhjennä myös selaimen historia.',
  },
};

export type Messages = typeof fi;
