import type { Messages } from './fi';

export const en: Messages = {
  app: {
    name: 'Linja',
    area: 'Admin',
    title: 'Linja – admin',
  },
  skipToContent: 'Skip to content',
  language: {
    label: 'Language',
  },
  login: {
    title: 'Sign in',
    intro: "Linja's administration is for network coordinators and member associations' staff.",
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    notYet: 'Sign-in will be available later.',
  },
  apiStatus: {
    title: 'System status',
    label: 'API',
    loading: 'checking…',
    connected: 'connected · {{typename}}',
    error: 'not reachable',
    retry: 'Try again',
  },
};
