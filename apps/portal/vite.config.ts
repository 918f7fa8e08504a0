import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built portal at / and answers /graphql and /health on the same origin;
// in dev, Vite proxies those two to the API, which listens on 127.0.0.1 by default (HOST).
const API_ORIGIN = 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': API_ORIGIN,
      '/health': API_ORIGIN,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
