import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'client',
  // Phaser is one large module by nature; the views themselves are split and loaded on demand.
  // Assets stay files: Phaser's loader reads data: URIs as base64, and Vite inlines SVG URL-encoded.
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 1600, assetsInlineLimit: 0 },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'artifacts/test-results.json' }]],
  },
});
