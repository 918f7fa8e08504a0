// Shared jest config for the React workspaces (admin, portal, ui): jsdom, TSX through SWC with the
// automatic JSX runtime, CSS imports stubbed, jest-dom matchers.
const fs = require('node:fs');
const path = require('node:path');

/** @type {(overrides?: import('jest').Config) => import('jest').Config} */
module.exports = function reactJestConfig(overrides = {}) {
  return {
    testEnvironment: 'jsdom',
    roots: ['src', 'test']
      .filter((dir) => fs.existsSync(path.join(process.cwd(), dir)))
      .map((dir) => `<rootDir>/${dir}`),
    testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic' } },
            target: 'es2022',
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    moduleNameMapper: { '\\.css$': path.join(__dirname, 'style-stub.cjs') },
    setupFilesAfterEnv: [path.join(__dirname, 'react-setup.cjs')],
    // A test waits for the thing itself (findBy*, waitFor: see react-setup.cjs); these are only the
    // ceilings for a failure, generous so that a busy machine never turns a pass into a fail.
    testTimeout: 180_000,
    ...overrides,
  };
};
