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
    // Terser with two passes writes about 2 % less gzipped JavaScript than the default minifier.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What two or more screens share (helpers, forms, API calls, texts, components) is one
          // chunk instead of some forty chunks of a few hundred bytes, each its own request and
          // gzip stream. The chart components stay out of it: Chart.js loads with a chart.
          groups: [
            {
              name: 'shared',
              test: /client[\\/](lib|forms|api|messages|components[\\/](?!consultation-results|indicator-chart|rate-chart|rate-trend))/,
              minShareCount: 2,
            },
            {
              // What the programme screens and the public programme share (their words, Tablo 3): one chunk.
              name: 'programme-shared',
              test: /client[\\/]screens[\\/]programme[\\/](programme-words|performance-table)\.ts/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
