/**
 * Byte budgets, gzip, for what a first view loads. `npm run bench` prints each figure against
 * its budget; test/e2e/budgets.test.mjs fails the build when one is exceeded. Raise a budget
 * only on purpose, in the same change that needs it, and say why in the commit.
 */
const KB = 1024;

/** Pages that are only reading: the search trigger (and service-worker registration) is all their JS. */
export const contentPage = { js: 2 * KB, css: 20 * KB, html: 30 * KB };

/** Pages with code of their own: the tools, and the home page's offline control. */
export const toolPage = {
  // A reading page, plus the loader of 保存全部以离线使用 (0.4 KB), whose control loads when scrolled near.
  home: { js: 2.5 * KB, css: 20 * KB, html: 30 * KB },
  // The checklist island, and every checklist item as JSON in the page so it works offline.
  // 16.25 KB, from 16: its words moved to src/lib/ui-text/ (issue #27) as named constants and small
  // functions, which the minifier keeps apart from the code that reads them (+137 B gzip).
  prepare: { js: 16.25 * KB, css: 20 * KB, html: 40 * KB },
  // The drill's script (below) plus what every page loads.
  practice: { js: 15 * KB + 2 * KB, css: 20 * KB, html: 60 * KB },
  // The scoring island, on top of the storage and zod/mini chunks /prepare/ has already brought.
  choose: { js: 16 * KB, css: 20 * KB, html: 30 * KB },
  // Loads Pagefind (its script and worker) at once to show suggested objections.
  search: { js: 40 * KB, css: 20 * KB, html: 30 * KB },
};

/**
 * The drill's own script: what /practice/ loads beyond what every page loads (the drill with
 * ts-fsrs's algorithm, 6.8 KB, and the zod/mini chunk it shares with /prepare/, 6.6 KB).
 */
export const drillScript = 15 * KB;

/** The drill's script in a measurement of every page type: /practice/'s JavaScript beyond the 404 page's, which is what every page loads. */
export const drillScriptOf = (weightOf) => weightOf.practice.js.gzip - weightOf['404'].js.gzip;

/** /choose/'s own script: the JavaScript it loads that /prepare/ does not (issue 25: ≤ 6 KB gzip). */
export const chooseScript = 6 * KB;

/** The gzip bytes of /choose/'s JavaScript files that /prepare/ does not load. */
export const chooseScriptOf = (weightOf) => {
  const prepare = new Set(weightOf.prepare.js.files);
  return Object.entries(weightOf.choose.js.gzipOf).reduce((sum, [file, gzip]) => sum + (prepare.has(file) ? 0 : gzip), 0);
};

/** Opening the search dialog and typing a first query: code, WebAssembly and index chunks. */
export const firstSearch = 384 * KB;

export const budgetFor = (pageType) => toolPage[pageType] ?? contentPage;
