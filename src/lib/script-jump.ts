/**
 * Where a page's first script (<Say>) is, so the top of the page can offer a one-tap jump to the
 * words: a rep with the customer in front of him wants them before the background. The section is
 * named by the nearest `##`/`###` heading above that script, as Astro lists it (slug for the link).
 */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const plain = (markdown: string) => markdown.replace(/[*_`]/g, '').trim();

export function firstScriptHeading(body: string, headings: readonly Heading[]): Heading | undefined {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const sayLine = lines.findIndex((line) => /<Say\b/.test(line));
  if (sayLine < 0) return undefined;
  const above = lines
    .slice(0, sayLine)
    .reverse()
    .find((line) => /^#{2,3}\s/.test(line));
  if (!above) return undefined;
  const text = plain(above.replace(/^#{2,3}\s+/, ''));
  return headings.find((h) => h.depth <= 3 && plain(h.text) === text);
}
