import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built portal at / and answers /graphql and /health on the same origin;
// in dev, Vite proxies those two to the API, which listens on 127.0.0.1 by default (HOST).
const API_ORIGIN = 'http://127.0.0.1:4000';

/**
 * The production build runs on Preact's React compatibility layer instead of react-dom (issue 12,
 * "Speed on a phone"; ARCHITECTURE.md → The public portal): the same components, hooks, lazy routes
 * and libraries (wouter, urql, react-i18next, @linja/ui), ~50 kB less script to download and far
 * less to evaluate on a phone. Dev (`vite`) and the jest component tests stay on React; the browser
 * tests (apps/api/test/e2e/portal*.e2e-spec.ts) run against this build.
 */
const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  // The API's first screen (src/server/render.tsx): preact-render-to-string behind compat's server.
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig(({ command, isSsrBuild }) => ({
  base: '/',
  plugins: [react()],
  resolve: command === 'build' ? { alias: PREACT_ALIASES, dedupe: ['preact'] } : {},
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': API_ORIGIN,
      '/health': API_ORIGIN,
    },
  },
  // `vite build --ssr` (the build script's second step) makes the API's module for the first screen
  // (src/server/firstPage.ts → dist-server/first-page.cjs, self-contained CommonJS for the API to
  // require); the client build writes .vite/manifest.json, where the API finds each route's chunk.
  ssr: { noExternal: true },
  publicDir: isSsrBuild ? false : 'public',
  build: isSsrBuild
    ? {
        outDir: 'dist-server',
        emptyOutDir: true,
        rollupOptions: {
          // One file: the portal's package is "type": "module", so CommonJS chunks must not be .js.
          output: { format: 'cjs', entryFileNames: 'first-page.cjs', codeSplitting: false },
        },
      }
    : {
        outDir: 'dist',
        emptyOutDir: true,
        manifest: true,
      },
}));
