const fi = {
  nav: 'Tarkistusjono',
};
export type ReviewMessages = typeof fi;
export const reviewMessages = {
  fi,
  sv: { nav: 'Granskningskö' } satisfies ReviewMessages,
  en: { nav: 'Review queue' } satisfies ReviewMessages,
};
