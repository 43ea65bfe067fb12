/**
 * The build a bench script measures (its first argument, $E2E_OUTDIR or dist/), served as a plain
 * static host, and a browser: the same start for every bench that loads pages.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launch } from '../../test/e2e/support/browser.mjs';
import { startPreview } from '../../test/e2e/support/preview.mjs';

export async function openBuiltSite() {
  const dir = path.resolve(process.argv[2] ?? process.env.E2E_OUTDIR ?? 'dist');
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`No build in ${dir}: run \`npm run build\` first (or pass the build folder).`);
    process.exit(1);
  }
  const server = await startPreview({ outDir: dir, base: '/' });
  const browser = await launch();
  return { dir, server, browser, close: async () => (await browser.close(), server.stop()) };
}
