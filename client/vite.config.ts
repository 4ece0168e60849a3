import { defineConfig } from 'vite';

// The web client: `vite build --config client/vite.config.ts` writes dist/client, which the server
// serves at / (src/app.setup.ts). `vite --config client/vite.config.ts` serves it on :5173 for
// development with /api proxied to a running `npm start` (port 3000).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Hashed file names: the server caches /assets/* for a year and index.html never.
    chunkSizeWarningLimit: 250,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
