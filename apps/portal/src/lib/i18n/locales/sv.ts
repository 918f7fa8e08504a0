import type { Messages } from './fi';

export const sv: Messages = {
  app: {
    name: 'Linja',
    tagline: 'Stöd från organisationer nära dig',
    title: 'Linja – hitta hjälp',
  },
  skipToContent: 'Hoppa till innehållet',
  language: {
    label: 'Språk',
  },
  quickExit: 'Lämna snabbt',
  hero: {
    heading: 'Hitta hjälp nära dig',
    intro:
      'Organisationernas tjänster för barnfamiljer, för den som har utsatts för våld och för den som är i kris – på ett ställe.',
  },
  search: {
    label: 'Vilken hjälp söker du?',
    placeholder: 'T.ex. skyddshem, stöd vid skilsmässa, familj med bebis',
    submit: 'Sök',
  },
  emergency: {
    beforeNumber: 'Om du är i omedelbar fara, ring',
  },
  footer: {
    about: 'Linja samlar organisationernas tjänster på ett ställe.',
    safety:
      'Säkerhetstips: Knappen Lämna snabbt ersätter den här sidan med Googles startsida. Om någon annan kan använda din enhet, töm också webbläsarens historik.',
  },
};
