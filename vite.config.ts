import { defineConfig } from 'vitest/config';
import { precompress } from './server/precompress.ts';

export default defineConfig({
  root: 'client',
  // Phaser is one large module by nature; the views themselves are split and loaded on demand.
  // Assets stay files: Phaser's loader reads data: URIs as base64, and Vite inlines SVG URL-encoded.
  // The precompression below takes seconds on purpose (brotli at its best); no "slow plugin" notice for it.
  build: {
    outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 1600, assetsInlineLimit: 0,
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  plugins: [{
    // Brotli and gzip siblings of the built files, served by content negotiation (server/static.ts).
    name: 'precompress',
    apply: 'build',
    async closeBundle() {
      await precompress(new URL('./dist/client/', import.meta.url).pathname);
    },
  }],
  test: {
    root: '.',
    include: ['tests/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'artifacts/test-results.json' }]],
  },
});
