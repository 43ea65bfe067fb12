#!/usr/bin/env node
/**
 * `npm run edit`: the browser editor on this clone. Starts Decap's local backend (decap-server,
 * which reads and writes the files of this folder) and the site in development mode, which serves
 * /admin/ and shows what `npm run check` would stop on in the page. Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const decapServer = path.join(path.dirname(require.resolve('decap-server/package.json')), 'dist/index.js');
const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');

const children = [
  // fs mode: saving writes the file here; the editor sends it as a merge request (README › 编辑).
  spawn(process.execPath, [decapServer], {
    stdio: 'inherit',
    env: { ...process.env, GIT_REPO_DIRECTORY: process.cwd(), MODE: 'fs', PORT: '8081', BIND_HOST: '127.0.0.1' },
  }),
  spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1'], { stdio: 'inherit' }),
];
console.log('\n内容编辑：在浏览器打开 http://127.0.0.1:4321/admin/ ，点“登录”（本机不用账号）。');
console.log('保存会直接改这个文件夹里的文件；改完运行 npm run check，再按 content/README.md 提交。\n');

const stop = () => children.forEach((child) => child.kill());
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
