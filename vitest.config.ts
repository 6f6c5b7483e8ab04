import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit, property and component tests: fast, no real browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'tests/browser/**', '.output/**'],
    setupFiles: ['tests/unit/messages.ts', 'tests/unit/fast-check.ts', 'tests/unit/xpath.ts'],
  },
});
