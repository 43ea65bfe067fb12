/**
 * The browser editor at /admin/ (Decap CMS, from node_modules/decap-cms): its page and script are
 * copied into the build after everything else, so no other page loads a byte of it; the service
 * worker and the search index leave it out (precache-files.ts, and the page is not indexed). Its
 * page carries its own Content-Security-Policy: Decap injects its styles, so style-src allows
 * inline styles here and nowhere else. In `astro dev` (npm run edit) the same files are served. The
 * preview beside the form uses the site's stylesheet (preview.js).
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';

const decapDir = path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
const root = fileURLToPath(new URL('../../', import.meta.url));
const editorEntry = path.join(root, 'src/admin/editor.ts');
/** The entry and the chunks it loads from beside itself. */
const isDecapFile = (name: string) => /^(\d+\.)?decap-cms\.js$/.test(name);

/**
 * As strict as Decap runs: it validates its configuration with ajv, which compiles code
 * ('unsafe-eval'), and injects its styles ('unsafe-inline'); it talks to the local proxy
 * (npm run edit) or to the Git host. Only this page allows either.
 */
export const adminCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self' http://localhost:8081 https:",
  "frame-src 'self' https:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/** The page; `editorScript` differs in development (Vite serves the TypeScript) and in the build. */
export const adminPage = (editorScript: string) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <meta http-equiv="Content-Security-Policy" content="${adminCsp}" />
    <title>内容编辑 · 渠道作战手册</title>
    <link href="config.yml" type="text/yaml" rel="cms-config-url" />
  </head>
  <body>
    <noscript>内容编辑需要打开 JavaScript。</noscript>
    <script src="decap-cms.js"></script>
    ${editorScript}
    <script src="preview.js"></script>
  </body>
</html>
`;

/**
 * The preview beside the form, in the site's own stylesheet: title, summary, then the body as the
 * page's prose. Decap exposes CMS, createClass and h (React's createElement) as globals.
 */
export const previewScript = (stylesheet: string, collections: string[]) => `CMS.registerPreviewStyle(${JSON.stringify(stylesheet)});
var Page = createClass({
  render: function () {
    var data = this.props.entry.get('data');
    return h('main', { className: 'mx-auto max-w-3xl px-4 py-6' },
      h('h1', { className: 'text-2xl leading-snug font-bold' }, data.get('title')),
      h('p', { className: 'mt-2 mb-6 text-lg text-muted' }, data.get('summary')),
      h('div', { className: 'prose' }, this.props.widgetFor('body')));
  },
});
${JSON.stringify(collections)}.forEach(function (name) { CMS.registerPreviewTemplate(name, Page); });
`;

export function cmsAdmin(collections: string[]): AstroIntegration {
  return {
    name: 'channel-playbook:cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          const name = url.pathname.replace(/^.*\/admin\//, '');
          if (!url.pathname.includes('/admin/')) return next();
          if (name === '' || name === 'index.html') {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            return res.end(adminPage(`<script type="module" src="/${path.relative(root, editorEntry)}"></script>`));
          }
          if (name === 'preview.js') {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            // Vite serves the stylesheet itself in development.
            return res.end(previewScript('/src/styles/global.css?direct', collections));
          }
          if (!isDecapFile(name)) return next();
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(await readFile(path.join(decapDir, name)));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const admin = path.join(fileURLToPath(dir), 'admin');
        await mkdir(admin, { recursive: true });
        await writeFile(path.join(admin, 'index.html'), adminPage('<script src="editor.js"></script>'));
        // The body's editor (src/admin/editor.ts), bundled on its own: no page but /admin/ loads it.
        await build({
          configFile: false,
          logLevel: 'warn',
          build: { lib: { entry: editorEntry, formats: ['iife'], name: 'PlaybookEditor', fileName: () => 'editor.js' }, outDir: admin, emptyOutDir: false },
        });
        // The built stylesheet every page links (its name carries a hash).
        const home = await readFile(path.join(fileURLToPath(dir), 'index.html'), 'utf8');
        const stylesheet = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(home)?.[1];
        if (!stylesheet) throw new Error('cmsAdmin: no stylesheet linked from index.html for the editor preview');
        await writeFile(path.join(admin, 'preview.js'), previewScript(stylesheet, collections));
        const files = (await readdir(decapDir)).filter(isDecapFile);
        await Promise.all(files.map((f) => copyFile(path.join(decapDir, f), path.join(admin, f))));
        logger.info(`/admin/: Decap CMS (${files.length} files), not precached, not indexed`);
      },
    },
  };
}
