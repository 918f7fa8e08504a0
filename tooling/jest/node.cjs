// Shared jest config for Node workspaces (api, db). SWC compiles TypeScript, keeping the decorator
// metadata NestJS and @nestjs/graphql read at run time.
const fs = require('node:fs');
const path = require('node:path');

/** @type {(overrides?: import('jest').Config) => import('jest').Config} */
module.exports = function nodeJestConfig(overrides = {}) {
  return {
    testEnvironment: 'node',
    roots: ['src', 'test']
      .filter((dir) => fs.existsSync(path.join(process.cwd(), dir)))
      .map((dir) => `<rootDir>/${dir}`),
    testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
    // A few dependencies ship ES modules only (otplib's @scure/@noble crypto): SWC turns them into
    // CommonJS for jest (Node itself loads them with require(esm)).
    transformIgnorePatterns: ['/node_modules/(?!(@scure|@noble)/)'],
    transform: {
      '^.+/node_modules/.+\\.m?js$': ['@swc/jest', { module: { type: 'commonjs' } }],
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2022',
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    // Relative imports end in .js (Node16 resolution); map them back to the .ts sources.
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    testTimeout: 180_000,
    // Each test file loads the whole app again (a new module registry), and not all of it is freed:
    // one long-lived worker grew past V8's 4 GB heap limit in CI and spent most of its time in GC
    // before it died. A worker above this after a file is replaced by a fresh one. (Setting it also
    // makes jest use a worker even with one core to spare, instead of running in its own process.)
    workerIdleMemoryLimit: '1536MB',
    ...overrides,
  };
};
