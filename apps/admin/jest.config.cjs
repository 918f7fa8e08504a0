const path = require('node:path');
const base = require('@linja/jest-config/react.cjs')();

const swc = Object.values(base.transform)[0];

module.exports = {
  ...base,
  transform: { ...base.transform, '^.+\\.mjs$': swc },
  setupFilesAfterEnv: [...base.setupFilesAfterEnv, '<rootDir>/test/setup.ts'],
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '^@linja/domain$': path.resolve(__dirname, '../../packages/domain/src/index.ts'),
    '^\\./routeModules\\.js$': '<rootDir>/test/stubs/react-router-route-modules.cjs',
  },
  // react-router 8 and its dependencies ship ES modules only: SWC turns them into CommonJS like our code.
  transformIgnorePatterns: [
    '/node_modules/(?!(react-router|@remix-run|cookie-es|set-cookie-parser)/)',
  ],
};
