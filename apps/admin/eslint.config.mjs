import { reactConfig } from '@linja/eslint-config';

export default [
  // Plain Node scripts and CommonJS test stubs are outside the typed project.
  { ignores: ['scripts/**', 'test/stubs/**'] },
  ...reactConfig(import.meta.dirname),
];
