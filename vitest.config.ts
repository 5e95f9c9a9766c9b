import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/loopback-only.ts'],
    exclude: ['test/e2e/**'],
    testTimeout: 20_000,
  },
});
