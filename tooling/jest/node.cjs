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
    transform: {
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
    testTimeout: 60_000,
    ...overrides,
  };
};
