/**
 * What the service worker may store on a rep's phone, in one place: the service-worker integration
 * builds from it and `bench/precache.mjs` measures it, so the figure reported is the real one.
 * first-visit.ts chooses which of these the first visit stores; the rest wait for 保存全部.
 *
 * Everything a rep reads or uses offline: every page, the CSS and scripts, the web app manifest,
 * Pagefind's search runtime and whole index, and the search vocabulary and homophone table. Left out: Pagefind's own UI bundles
 * (pagefind-ui.js, the component and modular UIs, highlight.js), which the site does not load —
 * our search island talks to pagefind.js directly — and the home-screen icons, which the browser
 * fetches itself when the site is installed.
 *
 * Plain data with no imports, so Node can load it from a bench script as well as from Astro.
 */
export const precacheGlobs = [
  '**/*.html',
  '_astro/**/*',
  'favicon.svg',
  'manifest.webmanifest',
  'search-vocabulary.json.gz',
  'search-sounds.json',
  'search-stages.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/{index,fragment,filter}/*',
];

/**
 * The worker and its runtime are written after the glob runs; a rebuild in place must skip them.
 * The browser editor (/admin/, several MB) is for editors at a desk, never stored on a rep's phone.
 */
export const precacheIgnores = ['sw.js', 'workbox-*.js', '**/*.map', 'admin/**'];

/**
 * Files whose name already carries a content hash (Vite's `_astro/`, Pagefind's chunks and meta)
 * need no revision: a new build gives them a new name. Everything else gets an MD5 revision.
 */
export const hashedNames = /(^|\/)(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;

/** The whole index must fit: fail loudly rather than silently leave a file out. */
export const largestFile = 4 * 1024 * 1024;

/** The options shared by `generateSW` and `getManifest` for a build folder. */
export const precacheOptions = (globDirectory: string) => ({
  globDirectory,
  globPatterns: precacheGlobs,
  globIgnores: precacheIgnores,
  dontCacheBustURLsMatching: hashedNames,
  maximumFileSizeToCacheInBytes: largestFile,
});
