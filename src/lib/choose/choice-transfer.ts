/**
 * A comparison coming back to a phone: the export file, and the merge that it and the manager's
 * share link (lib/choose/choice-link.ts) go through. A merge adds to what the rep saved, never
 * over it: new candidates are added while there is room, a candidate both sides have keeps every
 * answer either side knows, and where two answers differ the more recently changed candidate's
 * stands. Pure.
 */
import type { Incoming } from './choice-link';
import { CHOICE_VERSION, MAX_CANDIDATES, parseChoice, type Candidate, type Choice } from './choice-state';
import { choiceTransferText } from '../ui-text';

/** Marks an exported file as this site's dealer comparison, so an import can tell it from any other JSON. */
export const CHOICE_FILE_KIND = 'channel-playbook/choose';
/** Four candidates with a 300-character note on every standard stay under 60 KB. */
export const MAX_FILE_BYTES = 128 * 1024;

export const serialiseChoiceFile = (choice: Choice) => JSON.stringify({ kind: CHOICE_FILE_KIND, ...choice });

/** Reads a chosen file, refusing with one sentence anything that is not this site's comparison. */
export function readChoiceFile(size: number, text: () => string): Incoming {
  if (size > MAX_FILE_BYTES) return { ok: false, message: choiceTransferText.fileTooLarge(Math.ceil(size / 1024)) };
  let json: unknown;
  try {
    json = JSON.parse(text());
  } catch {
    return { ok: false, message: choiceTransferText.fileUnreadable };
  }
  const record = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  if (record.kind !== CHOICE_FILE_KIND) return { ok: false, message: choiceTransferText.fileForeign };
  if (typeof record.version === 'number' && record.version > CHOICE_VERSION) {
    return { ok: false, message: choiceTransferText.fileNewer };
  }
  const { kind: _kind, ...rest } = record;
  const loaded = parseChoice(JSON.stringify(rest));
  if (loaded.state.candidates.length === 0) return { ok: false, message: choiceTransferText.fileEmpty };
  const inFile = Array.isArray(rest.candidates) ? rest.candidates.length : 0;
  const dropped = inFile - loaded.state.candidates.length;
  return { ok: true, choice: loaded.state, ...(dropped > 0 ? { message: choiceTransferText.candidatesDropped(dropped) } : {}) };
}

export interface MergedChoice {
  state: Choice;
  added: string[];
  /** Candidates both sides have whose scoring the merge changed. */
  updated: string[];
  /** Candidates that did not fit under the limit of four. */
  leftOut: string[];
  /** The incoming market situation, when this phone had chosen a different one (kept). */
  otherMarket?: string;
}

/** What either side knows: an item answered 不清楚 or a blank note tells nothing. */
const known = <T extends string>(record: Record<string, T>, blank: T | '') =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== blank)) as Record<string, T>;

function mergeCandidate(saved: Candidate, incoming: Candidate): Candidate {
  const [older, newer] = (incoming.updated ?? 0) > (saved.updated ?? 0) ? [saved, incoming] : [incoming, saved];
  return {
    id: saved.id,
    name: newer.name,
    answers: { ...known(older.answers, 'unknown'), ...known(newer.answers, 'unknown') },
    evidence: { ...known(older.evidence, ''), ...known(newer.evidence, '') },
    ...(newer.updated !== undefined || older.updated !== undefined ? { updated: Math.max(newer.updated ?? 0, older.updated ?? 0) } : {}),
  };
}

const sameScoring = (a: Candidate, b: Candidate) =>
  a.name === b.name &&
  JSON.stringify(known(a.answers, 'unknown')) === JSON.stringify(known(b.answers, 'unknown')) &&
  JSON.stringify(known(a.evidence, '')) === JSON.stringify(known(b.evidence, ''));

export function mergeChoice(saved: Choice, incoming: Choice): MergedChoice {
  const candidates = [...saved.candidates];
  const merged: MergedChoice = { state: saved, added: [], updated: [], leftOut: [] };
  for (const candidate of incoming.candidates) {
    const at = candidates.findIndex((c) => c.id === candidate.id);
    if (at === -1) {
      if (candidates.length >= MAX_CANDIDATES) {
        merged.leftOut.push(candidate.name);
      } else {
        candidates.push(candidate);
        merged.added.push(candidate.name);
      }
      continue;
    }
    const both = mergeCandidate(candidates[at], candidate);
    if (!sameScoring(both, candidates[at])) merged.updated.push(both.name);
    candidates[at] = both;
  }
  if (saved.market && incoming.market && saved.market !== incoming.market) merged.otherMarket = incoming.market;
  merged.state = { ...saved, market: saved.market ?? incoming.market, candidates };
  return merged;
}

/** One sentence on what a merge did, for the message line. */
export function describeChoiceMerge({ added, updated, leftOut, otherMarket }: MergedChoice, marketText: (id: string) => string): string {
  const parts = [
    added.length ? choiceTransferText.added(added) : '',
    updated.length ? choiceTransferText.updated(updated) : '',
    leftOut.length ? choiceTransferText.leftOut(leftOut, MAX_CANDIDATES) : '',
    otherMarket ? choiceTransferText.otherMarket(marketText(otherMarket)) : '',
  ].filter(Boolean);
  return parts.length ? choiceTransferText.merged(parts) : choiceTransferText.unchanged;
}
