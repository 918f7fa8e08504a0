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
    totp: 'Kod från autentiseringsappen',
    failed: 'E-postadressen, lösenordet eller koden är fel.',
    rateLimited: 'För många försök. Vänta en stund och försök igen.',
    unavailable: 'Inloggningen lyckades inte just nu. Försök igen.',
    welcome: 'Välkommen',
    signedInAs: 'Du är inloggad som {{name}} ({{email}}).',
    roles: 'Roller',
    signOut: 'Logga ut',
  },
  roles: {
    COORDINATOR: 'Nätverkets koordinator',
    ORG_ADMIN: 'Organisationens huvudanvändare',
    ORG_EDITOR: 'Organisationens redaktör',
    PROFESSIONAL: 'Yrkesperson',
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
