/** Serves a build with `astro preview` (the same server as `npm start`) on a free port. */
import { spawn } from 'node:child_process';
import net from 'node:net';

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startPreview({ outDir, base }) {
  const port = await freePort();
  const child = spawn('npx', ['astro', 'preview', '--outDir', outDir, '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, BASE_PATH: base },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}${base}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}
