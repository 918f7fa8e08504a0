import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built admin under /admin/ and answers /graphql and /health on the same origin;
// in dev, Vite proxies those two to the API, which listens on 127.0.0.1 by default (HOST).
const API_ORIGIN = 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: {
    // The domain rules (zod) from source as ES modules: the package's dist is CommonJS for Node.
    alias: {
      '@linja/domain': path.resolve(import.meta.dirname, '../../packages/domain/src/index.ts'),
    },
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      '/graphql': API_ORIGIN,
      '/health': API_ORIGIN,
      // Info session slides (upload and download): apps/api/src/info-series/slides.controller.ts.
      '/files': API_ORIGIN,
      // The HSDS bulk downloads in the network settings (apps/api/src/hsds).
      '/hsds': API_ORIGIN,
      // A service's PTV export (apps/api/src/ptv).
      '/ptv': API_ORIGIN,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
});
