import { reactConfig } from '@linja/eslint-config';

export default [
  ...reactConfig(import.meta.dirname),
  // public/ is copied as is (embed.js is plain ES5 for other sites' pages), not part of the TS project.
  { ignores: ['public/**'] },
];
