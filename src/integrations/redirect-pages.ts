/**
 * Makes the pages Astro writes for `redirects` (astro.config.mjs) valid HTML. Astro's template
 * says `<meta http-equiv="refresh" content="0;url=…">`; the HTML standard's refresh syntax, and so
 * the W3C checker, want a space after the semicolon: `0; url=…`. Browsers follow either, so only
 * the text changes. List it before serviceWorker(), which precaches the files as they are then.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const refresh = /(<meta http-equiv="refresh" content="\d+);\s*url=/gi;

/** A redirect page's HTML with the refresh delay and URL parted by "; ". */
export function validRefresh(html: string): string {
  return html.replace(refresh, '$1; url=');
}

export function redirectPages(): AstroIntegration {
  let sources: string[] = [];
  return {
    name: 'channel-playbook:redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        sources = Object.keys(config.redirects);
      },
      'astro:build:done': ({ dir, logger }) => {
        // The build folder holds the site without its base, as `/channels/x/` → channels/x/index.html.
        for (const source of sources) {
          const file = path.join(fileURLToPath(dir), source, 'index.html');
          writeFileSync(file, validRefresh(readFileSync(file, 'utf8')));
        }
        logger.info(`${sources.length} redirect pages with a valid refresh`);
      },
    },
  };
}
