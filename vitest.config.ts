import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // builds dist/ when it is older than src/ (the end-to-end tests spawn bin/quotes.js)
    globalSetup: ['tests/helpers/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
