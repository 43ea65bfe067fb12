/// <reference types="vitest/config" />
// Astro's Vite config, so `astro:content` and `astro/zod` resolve in unit tests as in the build.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
  },
});
