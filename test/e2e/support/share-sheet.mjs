/**
 * A phone's share sheet in a test (headless Chromium has none): `navigator.share` records what it
 * was given in `window.__shared`, and closes as a rep closing the sheet once `window.__cancel` is set.
 */
export const stubShareSheet = (context) =>
  context.addInitScript(() => {
    window.__shared = [];
    navigator.share = async (data) => {
      window.__shared.push(data);
      if (window.__cancel) throw new DOMException('closed', 'AbortError');
    };
  });
