/// <reference types="vitest/config" />
// Astro's Vite config, so `astro:content` and `astro/zod` resolve in unit tests as in the build.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // The units are pure modules with no mocks, stubbed globals or fake timers, so files can share
    // workers: 13 s → 6 s of the suite's wall time, most of it startup and module loading.
    pool: 'threads',
    isolate: false,
  },
});
