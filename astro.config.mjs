// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { redirectPages } from './src/integrations/redirect-pages.ts';
import { contentCheckInDev } from './scripts/lib/dev-check.mjs';
import { cmsAdmin } from './src/integrations/cms.ts';
import { pageCollections } from './src/lib/collections.ts';

// BASE_PATH lets one build serve from a sub-path (e.g. /playbook/) without code changes.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // Pages that were filed as channel types but are ideas about channels now live among the
  // guides; their old addresses (in bookmarks, shared links) lead there. Astro places the old
  // address under the base but writes the target as given, so the target carries the base.
  redirects: Object.fromEntries(
    ['channel-structure', 'market-situations', 'sales-forms'].map((slug) => [`/channels/${slug}/`, `${base.replace(/\/?$/, '/')}guides/${slug}/`]),
  ),
  // serviceWorker() precaches the Pagefind index and the redirect pages, so it comes after
  // pagefindIndex() and redirectPages() (which makes Astro's redirect pages valid HTML).
  // contentCheckInDev(): in `astro dev` only, what `npm run check` would stop on shows in the browser.
  // cmsAdmin() writes /admin/ (the browser editor) after the worker, which must never precache it.
  integrations: [mdx(), redirectPages(), pagefindIndex(), serviceWorker(), contentCheckInDev(), cmsAdmin(pageCollections.map((c) => c.name))],
  // External files only: the Content-Security-Policy allows no inline style or script.
  build: { inlineStylesheets: 'never' },
  // The site shows no source code, and Shiki would colour the one diagram with inline styles the CSP blocks.
  markdown: { syntaxHighlight: false },
  // Astro writes this policy into every page's <meta http-equiv> with hashes of its own scripts.
  // Pagefind runs WebAssembly, hence 'wasm-unsafe-eval'. Headers a host adds: README › Deploy.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // Astro's MDX modules carry a directive Rolldown warns about on every page; it is harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
