/**
 * The playbooks' stage order for search, keyed by Pagefind's page id (the fragment's name): each
 * stage's address, title and the stage after it. A "what comes next" question is answered with
 * the stage after the one it names, from the ranked ids alone, even when the words missed that
 * stage. Written by the Pagefind step of the build (integrations/pagefind.ts) as
 * search-stages.json, and fetched only for such a question.
 */
export interface StageLink {
  url: string;
  title: string;
  /** Title of the playbook the stage belongs to (the page one folder up): its subject, not a step. */
  playbook?: string;
  /** Pagefind id of the next stage of the same playbook. */
  next?: string;
}
export type StageMap = Record<string, StageLink>;

export interface FragmentPage {
  id: string;
  url: string;
  title: string;
  /** Address of the next stage, as the page's rel="next" link gives it. */
  nextUrl?: string;
}

/** A fragment file's JSON, after its "pagefind_dcd" signature. */
export function readFragment(id: string, text: string): FragmentPage {
  const json = JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string; meta?: Record<string, string> };
  return { id, url: json.url, title: json.meta?.title ?? json.url };
}

/** Every page that has a next stage or is one. */
export function buildStageMap(pages: FragmentPage[]): StageMap {
  const idOf = new Map(pages.map((p) => [p.url, p.id]));
  const nextOf = new Map(pages.flatMap((p) => (p.nextUrl && idOf.has(p.nextUrl) ? [[p.id, idOf.get(p.nextUrl)!] as const] : [])));
  const linked = new Set([...nextOf.keys(), ...nextOf.values()]);
  const titleOf = new Map(pages.map((p) => [p.url, p.title]));
  const map: StageMap = {};
  for (const { id, url, title } of pages) {
    if (!linked.has(id)) continue;
    const next = nextOf.get(id);
    const playbook = titleOf.get(url.replace(/[^/]+\/$/, ''));
    map[id] = { url, title, ...(playbook ? { playbook } : {}), ...(next ? { next } : {}) };
  }
  return map;
}
