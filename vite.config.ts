import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The browser app is built from index.html; src/server and src/cli never enter the bundle
// (ESLint's import rules forbid browser code from importing them).
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 4096 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{js,ts}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // fast-check runs from a fixed seed (reproducible CI); `npm run fuzz` explores with fresh seeds.
    setupFiles: ['src/testing/fast-check-seed.ts'],
  },
});
