const os = require('node:os');

module.exports = require('@linja/jest-config')({
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // Two test files at a time even on a 2-core machine (jest's default there is one): an integration
  // file spends much of its time waiting — on the browser, on mail and job polling, on the server
  // database — while its app (and PGlite, in the same thread) keeps at most one core busy.
  maxWorkers: Math.max(2, Math.floor(os.availableParallelism() / 2)),
});
