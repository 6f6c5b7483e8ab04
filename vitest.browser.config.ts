import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in headless Chromium (see tests/browser/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
