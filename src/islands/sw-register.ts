/**
 * Registers the offline service worker (src/integrations/service-worker.ts) on every page, and
 * offers a new build with a quiet "内容已更新，刷新" when one has been downloaded. Kept tiny: the
 * prompt's code is only loaded when there is something to show.
 *
 * A new worker waits until the rep taps 刷新; it then takes over and every open tab reloads, so
 * no tab keeps old pages next to a new search index.
 */
const sw = import.meta.env.PROD && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;

if (sw) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  let controlled = Boolean(sw.controller);
  let reloading = false;

  sw.addEventListener('controllerchange', () => {
    // The first install claims this page: there is no older build on screen to replace.
    if (!controlled) return void (controlled = true);
    if (reloading) return;
    reloading = true;
    location.reload();
  });

  const offer = async (worker: ServiceWorker) => {
    if (!sw.controller) return;
    const { showUpdatePrompt } = await import('./update-prompt');
    showUpdatePrompt(worker);
  };
  const whenInstalled = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') void offer(worker);
    });

  // After `load`, so installing the offline copy never competes with the page the rep opened.
  addEventListener('load', async () => {
    const registration = await sw.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
    if (!registration) return;
    // The browser may have found the new build before this script ran: pick it up where it is.
    if (registration.waiting) void offer(registration.waiting);
    whenInstalled(registration.installing);
    // Every navigation makes the browser check sw.js for a new build (bypassing the HTTP cache).
    registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
  });
}
