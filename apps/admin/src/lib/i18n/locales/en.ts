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
  roles: {
    COORDINATOR: 'Network coordinator',
    ORG_ADMIN: 'Organisation admin',
    ORG_EDITOR: 'Organisation editor',
    PROFESSIONAL: 'Professional',
    REPORT_VIEWER: 'Results reader (steering group, funder)',
    PLATFORM_ADMIN: 'Platform admin',
  },
  shell: {
    navigation: 'Main menu',
    openNavigation: 'Open the menu',
    tenant: 'Workspace',
    tenantNetwork: 'Network',
    tenantOrganization: 'Organisation',
    userMenu: 'User',
    signOut: 'Sign out',
    digestOn: 'Weekly check reminder: on',
    digestOff: 'Weekly check reminder: off',
    signedOut: 'You have signed out.',
    sessionExpired: 'Your session ended. Sign in again.',
  },
  home: {
    title: 'No workspace',
    noTenant:
      'Your account has no network or organisation workspace yet. Ask a coordinator or your organisation’s admin for an invitation.',
  },
  states: {
    loading: 'Loading…',
    error: 'The data could not be loaded.',
    networkError: 'The server could not be reached.',
    forbidden: 'You are not allowed to see this.',
    forbiddenWorkspace:
      'Your account has no role in this workspace. Your own workspaces are on the home page; to this one you need an invitation from its administrator.',
    notFound: 'What you are looking for was not found.',
    retry: 'Try again',
    empty: 'Nothing to show.',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. It may have moved, or the address has a typo.',
    home: 'Go to the start page',
  },
  table: {
    next: 'Next page',
    previous: 'Previous page',
    page: 'Page {{page}}',
    total_one: '{{count}} row',
    total_other: '{{count}} rows',
    filter: 'Filter',
    search: 'Search by name',
    clear: 'Clear',
    sortedHint: 'Sorts the rows of the loaded page',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    back: 'Back',
    yes: 'Yes',
    no: 'No',
    all: 'All',
    noMatches: 'No matches',
    unknownMunicipality: 'Unknown municipality ({{code}}) – choose it again',
  },
  languages: {
    fi: 'Finnish',
    fiPlain: 'Plain Finnish',
    sv: 'Swedish',
    en: 'English',
  },
};
