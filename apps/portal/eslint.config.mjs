import { reactConfig } from '@linja/eslint-config';

export default [
  ...reactConfig(import.meta.dirname),
  // public/ is copied as is (embed.js is plain ES5 for other sites' pages), not part of the TS project;
  // dist-server/ is the built first-page module the API loads.
  { ignores: ['public/**', 'dist-server/**'] },
];
