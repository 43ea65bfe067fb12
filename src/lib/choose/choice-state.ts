/**
 * What /choose/ keeps on the phone: the market situation and up to four candidates, each with an
 * answer and a line of evidence per standard. Versioned and checked with zod/mini on every load;
 * anything unreadable is reset or dropped with a message, never a blank page. Changes set values
 * (never toggle), so StoredState can apply them on top of another tab's latest save. Pure.
 */
import * as z from 'zod/mini';
import { answers, type Answer } from './assess.ts';
import { chooseText } from '../ui-text.ts';

export const CHOICE_KEY = 'channel-playbook:choose';
export const CHOICE_VERSION = 1;
export const MAX_CANDIDATES = 4;

const text = (max: number) => z.string().check(z.maxLength(max));

export const candidateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  /** A name or a label only (「城东王总」): nothing else about the person is kept. */
  name: text(60),
  answers: z.record(z.string(), z.enum(answers as [Answer, ...Answer[]])),
  evidence: z.record(z.string(), text(300)),
  /** When this candidate's scoring last changed (ms): a merge keeps the newer answer where two differ. */
  updated: z.optional(z.number()),
});
export type Candidate = z.infer<typeof candidateSchema>;

export interface Choice {
  version: typeof CHOICE_VERSION;
  market?: string;
  candidates: Candidate[];
}

const storeSchema = z.object({
  version: z.literal(CHOICE_VERSION),
  market: z.optional(z.string()),
  candidates: z.array(z.unknown()),
});

/** The shape a share link or an export file carries (lib/choose/choice-transfer.ts). */
export const sharedChoiceSchema = z.object({
  market: z.optional(z.string()),
  candidates: z.array(candidateSchema).check(z.maxLength(MAX_CANDIDATES)),
});

export const emptyChoice = (): Choice => ({ version: CHOICE_VERSION, candidates: [] });

export function parseChoice(raw: string | null): { state: Choice; message?: string } {
  if (raw === null || raw === '') return { state: emptyChoice() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { state: emptyChoice(), message: chooseText.storeBroken };
  }
  const store = storeSchema.safeParse(json);
  if (!store.success) return { state: emptyChoice(), message: chooseText.storeWrongFormat };
  const candidates = store.data.candidates.flatMap((c) => {
    const parsed = candidateSchema.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
  const dropped = store.data.candidates.length - candidates.length;
  const state: Choice = { version: CHOICE_VERSION, market: store.data.market, candidates: candidates.slice(0, MAX_CANDIDATES) };
  return dropped > 0 ? { state, message: chooseText.candidatesDropped(dropped) } : { state };
}

export const serialiseChoice = (state: Choice) => JSON.stringify(state);

type Change = (latest: Choice) => Choice;
const withCandidate =
  (id: string, now: number, edit: (c: Candidate) => Candidate): Change =>
  (latest) => ({
    ...latest,
    candidates: latest.candidates.map((c) => (c.id === id ? { ...edit(c), updated: now } : c)),
  });

export const setMarket =
  (market: string | undefined): Change =>
  (latest) => ({ ...latest, market: market || undefined });
export const addCandidate =
  (candidate: Candidate): Change =>
  (latest) =>
    latest.candidates.some((c) => c.id === candidate.id) || latest.candidates.length >= MAX_CANDIDATES
      ? latest
      : { ...latest, candidates: [...latest.candidates, candidate] };
export const removeCandidate =
  (id: string): Change =>
  (latest) => ({ ...latest, candidates: latest.candidates.filter((c) => c.id !== id) });
export const setAnswer = (id: string, item: string, answer: Answer, now: number): Change =>
  withCandidate(id, now, (c) => ({ ...c, answers: { ...c.answers, [item]: answer } }));
export const setEvidence = (id: string, item: string, line: string, now: number): Change =>
  withCandidate(id, now, (c) => ({ ...c, evidence: { ...c.evidence, [item]: line.slice(0, 300) } }));
