import type { Messages } from './fi';

export const en: Messages = {
  app: {
    name: 'Linja',
    tagline: 'Support from associations near you',
    title: 'Linja – find help',
  },
  skipToContent: 'Skip to content',
  language: {
    label: 'Language',
  },
  quickExit: 'Quick exit',
  hero: {
    heading: 'Find help near you',
    intro:
      "Associations' services for families with children, for people who have experienced violence and for people in crisis – in one place.",
  },
  search: {
    label: 'What kind of help are you looking for?',
    placeholder: 'E.g. shelter, divorce support, new baby',
    submit: 'Search',
  },
  emergency: {
    beforeNumber: 'If you are in immediate danger, call',
  },
  footer: {
    about: "Linja brings associations' services together in one place.",
    safety:
      "Safety tip: the Quick exit button replaces this page with Google's front page. If someone else can use your device, also clear your browser history.",
  },
};
