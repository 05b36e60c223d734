import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'client',
  build: { outDir: '../dist/client', emptyOutDir: true },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'artifacts/test-results.json' }]],
  },
});
