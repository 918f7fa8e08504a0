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
    totp: 'Code from the authenticator app',
    failed: 'The email, password or code is wrong.',
    rateLimited: 'Too many attempts. Wait a moment and try again.',
    unavailable: 'Signing in did not work just now. Try again.',
    welcome: 'Welcome',
    signedInAs: 'You are signed in as {{name}} ({{email}}).',
    roles: 'Roles',
    signOut: 'Sign out',
  },
  roles: {
    COORDINATOR: 'Network coordinator',
    ORG_ADMIN: 'Organisation admin',
    ORG_EDITOR: 'Organisation editor',
    PROFESSIONAL: 'Professional',
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
