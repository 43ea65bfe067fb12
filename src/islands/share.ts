/**
 * 发给同事 as people do it on a phone: the system share sheet (WeChat, messages, mail) where the
 * browser has one, else the clipboard. Closing the sheet is the rep's choice, not a failure.
 */
export type ShareOutcome = 'shared' | 'closed' | 'copied' | 'failed';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Opens the share sheet with `data`; without one (or when it fails) copies `fallback`. */
export async function shareOrCopy(data: ShareData, fallback: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return 'closed';
    }
  }
  return (await copyText(fallback)) ? 'copied' : 'failed';
}
