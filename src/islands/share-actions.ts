/**
 * What the 复制 and 发给同事 buttons of content pages do (wired by page-actions.ts): copy a 话术 as
 * plain text ready to paste into a chat, or send it, or the page, through the share sheet.
 */
import { copyText, shareOrCopy, type ShareOutcome } from './share';
import { h } from './dom';
import { shareText } from '../lib/ui-text';

/**
 * A 话术 as plain text, a line per paragraph. A policy the company has not filled in stays a
 * visible gap, so a pasted script never reads as a promise.
 */
export function sayText(figure: Element): string {
  const quote = figure.querySelector('blockquote')!.cloneNode(true) as HTMLElement;
  for (const gap of quote.querySelectorAll('.policy-unset')) gap.replaceWith(shareText.policyGap(gap.textContent?.trim()));
  const blocks = [...quote.children].map((block) => block.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  return blocks.some(Boolean) ? blocks.filter(Boolean).join('\n') : (quote.textContent ?? '').trim();
}

let toast: HTMLElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** A passing message at the foot of the screen: read out, never printed, gone after a few seconds. */
function say(message: string) {
  toast ??= document.body.appendChild(h('p', 'toast print:hidden'));
  toast.setAttribute('role', 'status');
  toast.textContent = message;
  toast.hidden = false;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => (toast!.hidden = true), 3500);
}

/** What to say after a share or copy; nothing when the share sheet opened (the rep saw it). */
const told: Record<ShareOutcome, string> = {
  shared: '',
  closed: '',
  copied: shareText.copied,
  failed: shareText.copyFailed,
};

async function outcomeOf(button: HTMLElement): Promise<string> {
  const title = document.querySelector('main h1')?.textContent?.trim() ?? document.title;
  const url = `${location.origin}${location.pathname}`;
  const figure = button.closest('figure');
  if (figure && button.hasAttribute('data-copy-say')) return (await copyText(sayText(figure))) ? shareText.sayCopied : told.failed;
  if (figure && button.hasAttribute('data-share-say')) {
    const text = `${sayText(figure)}\n——${title}`;
    return told[await shareOrCopy({ title: shareText.sayTitle(title), text, url }, `${text}\n${url}`)];
  }
  const summary = document.querySelector('main [data-pagefind-meta="summary"]')?.textContent?.trim() ?? '';
  return told[await shareOrCopy({ title, text: summary, url }, `${title}：${summary}\n${url}`)];
}

export async function act(button: HTMLElement) {
  const message = await outcomeOf(button);
  if (message) say(message);
}
