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
  login: {
    title: 'Logga in',
    intro:
      'Linjas administration är till för nätverkens koordinatorer och medlemsföreningarnas anställda.',
    email: 'E-post',
    password: 'Lösenord',
    submit: 'Logga in',
    notYet: 'Inloggningen tas i bruk senare.',
  },
  apiStatus: {
    title: 'Systemstatus',
    label: 'Gränssnitt',
    loading: 'kontrolleras…',
    connected: 'ansluten · {{typename}}',
    error: 'ingen anslutning',
    retry: 'Försök igen',
  },
};
