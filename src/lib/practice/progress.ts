/**
 * What a rep has practised, as stored on the phone: per card the scheduler's memory state
 * (ts-fsrs, dates as numbers) and how often it was graded 再来. Checked with zod/mini on every load
 * like the visit state: a broken card is dropped and named, an unreadable store is reset with a
 * message, and nothing is ever sent anywhere. Export and import use the same format.
 */
import * as z from 'zod/mini';
import { dateDiffInDays, FSRSAlgorithm, generatorParameters, Rating, type Grade } from 'ts-fsrs';
import { practiceText } from '../ui-text.ts';

/** 2: the scheduler's memory state only. Version 1 also held ts-fsrs's learning-step fields. */
export const PROGRESS_VERSION = 2;
export const PROGRESS_KEY = 'channel-playbook:practice';

const count = z.number().check(z.minimum(0));
// Unknown keys are dropped, so a version 1 card (with state, learning_steps, scheduled_days) reads as is.
const cardSchema = z.object({
  due: z.number(),
  // The ranges ts-fsrs accepts as a memory state: anything else would make it throw.
  stability: z.number().check(z.minimum(0.001)),
  difficulty: z.number().check(z.minimum(1), z.maximum(10)),
  last_review: z.optional(z.number()),
  reps: count,
  lapses: count,
  /** Times graded 再来: the objections that trip this rep up. */
  again: count,
});
export type SavedCard = z.infer<typeof cardSchema>;

const storeSchema = z.object({ version: z.literal([1, PROGRESS_VERSION]), cards: z.record(z.string(), z.unknown()) });
export interface Progress {
  version: typeof PROGRESS_VERSION;
  cards: Record<string, SavedCard>;
}
export interface LoadedProgress {
  progress: Progress;
  message?: string;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, cards: {} });

export function parseProgress(raw: string | null): LoadedProgress {
  if (!raw) return { progress: emptyProgress() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), message: practiceText.storeBroken };
  }
  const store = storeSchema.safeParse(json);
  if (!store.success) return { progress: emptyProgress(), message: practiceText.storeWrongFormat };
  const cards: Record<string, SavedCard> = {};
  const broken: string[] = [];
  for (const [id, candidate] of Object.entries(store.data.cards)) {
    const card = cardSchema.safeParse(candidate);
    if (card.success) cards[id] = card.data;
    else broken.push(id);
  }
  return {
    progress: { version: PROGRESS_VERSION, cards },
    ...(broken.length > 0 ? { message: practiceText.cardsReset(broken) } : {}),
  };
}

export const serialiseProgress = (progress: Progress) => JSON.stringify(progress);

/** Marks an exported file as this site's practice progress, so an import can tell it from any other JSON. */
export const PROGRESS_FILE_KIND = 'channel-playbook/practice';
/** A file of every objection's card is a few KB; anything this large is not a progress file. */
export const MAX_IMPORT_BYTES = 256 * 1024;

export const serialiseExport = (progress: Progress) => JSON.stringify({ kind: PROGRESS_FILE_KIND, ...progress });

export type ImportRead = { ok: true; progress: Progress; message?: string } | { ok: false; message: string };

/**
 * Reads a file chosen for import, refusing with one sentence anything that is not this site's
 * progress: too large (checked before the text is read), not JSON, another site's or program's,
 * a newer format, or no card to read. Exports made before files carried `kind` are accepted.
 */
export function readImport(size: number, text: () => string): ImportRead {
  if (size > MAX_IMPORT_BYTES) return { ok: false, message: practiceText.fileTooLarge(Math.ceil(size / 1024)) };
  let json: unknown;
  try {
    json = JSON.parse(text());
  } catch {
    return { ok: false, message: practiceText.fileUnreadable };
  }
  const record = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  if ('kind' in record && record.kind !== PROGRESS_FILE_KIND) return { ok: false, message: practiceText.fileForeign };
  if (typeof record.version === 'number' && record.version > PROGRESS_VERSION) {
    return { ok: false, message: practiceText.fileNewer };
  }
  const { kind: _kind, ...rest } = record;
  const loaded = parseProgress(JSON.stringify(rest));
  if (Object.keys(loaded.progress.cards).length === 0) return { ok: false, message: practiceText.fileEmpty };
  return { ok: true, progress: loaded.progress, ...(loaded.message ? { message: loaded.message } : {}) };
}

export interface Merged {
  progress: Progress;
  /** Cards only the file has. */
  added: string[];
  /** Cards whose review in the file is more recent than this phone's. */
  updated: string[];
  /** Cards in the file whose review here is as recent or more: this phone's is kept. */
  kept: string[];
}

const reviewedAt = (card: SavedCard) => card.last_review ?? 0;

/** The file's cards merged into what is stored: per card, the more recent review wins; cards only here stay. */
export function mergeProgress(stored: Progress, incoming: Progress): Merged {
  const cards = { ...stored.cards };
  const added: string[] = [];
  const updated: string[] = [];
  const kept: string[] = [];
  for (const [id, card] of Object.entries(incoming.cards)) {
    const mine = stored.cards[id];
    if (!mine) added.push(id);
    else if (reviewedAt(card) > reviewedAt(mine)) updated.push(id);
    else {
      kept.push(id);
      continue;
    }
    cards[id] = card;
  }
  return { progress: { version: PROGRESS_VERSION, cards }, added, updated, kept };
}

/** What an import will do, said before anything is written. */
export function describeMerge({ added, updated, kept }: Merged, storedCount: number): string {
  const untouchedHere = storedCount - updated.length - kept.length;
  return [
    practiceText.mergeTotal(added.length + updated.length + kept.length),
    practiceText.mergeAdded(added.length),
    practiceText.mergeUpdated(updated.length),
    practiceText.mergeKept(kept.length),
    untouchedHere > 0 ? practiceText.mergeUntouched(untouchedHere) : '',
  ].join('');
}

/**
 * ts-fsrs's FSRS-6 memory model and intervals in whole days, as its long-term mode schedules them.
 * In place of its minute-level learning steps, a card graded 再来 stays due: it is asked again
 * before the session ends and stays on today's list until it is answered. The algorithm class
 * alone keeps ts-fsrs's rescheduling, rollback and strategy machinery (3 KB gzip) out of the drill.
 */
const algorithm = new FSRSAlgorithm(generatorParameters({ enable_short_term: false }));
const DAY = 24 * 60 * 60 * 1000;

export const grades = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;

/** The progress after grading card `id` at `now`: the scheduler moves its due date. */
export function gradeCard(progress: Progress, id: string, grade: Grade, now: Date): Progress {
  const previous = progress.cards[id];
  // Whole calendar days since the last review, as ts-fsrs counts them; never negative if the clock moved back.
  const elapsed = previous?.last_review === undefined ? 0 : Math.max(0, dateDiffInDays(new Date(previous.last_review), now));
  const { stability, difficulty } = algorithm.next_state(previous ?? null, elapsed, grade);
  const saved: SavedCard = {
    due: grade === Rating.Again ? now.getTime() : now.getTime() + algorithm.next_interval(stability, elapsed) * DAY,
    stability,
    difficulty,
    last_review: now.getTime(),
    reps: (previous?.reps ?? 0) + 1,
    lapses: (previous?.lapses ?? 0) + (previous && grade === Rating.Again ? 1 : 0),
    again: (previous?.again ?? 0) + (grade === Rating.Again ? 1 : 0),
  };
  return { ...progress, cards: { ...progress.cards, [id]: saved } };
}

/**
 * Today's cards among `ids`: the due ones (earliest first), then ones never practised. With
 * `early`, the rest follow, soonest first: a rep who picked these objections for a visit
 * practises them now, whatever the schedule says.
 */
export function dueCards(progress: Progress, ids: string[], now: Date, { early = false } = {}): string[] {
  const byDue = (a: string, b: string) => progress.cards[a].due - progress.cards[b].due;
  const seen = ids.filter((id) => progress.cards[id]);
  const due = seen.filter((id) => progress.cards[id].due <= now.getTime()).sort(byDue);
  const later = early ? seen.filter((id) => progress.cards[id].due > now.getTime()).sort(byDue) : [];
  return [...due, ...ids.filter((id) => !progress.cards[id]), ...later];
}

/**
 * 已掌握: the scheduler's memory stability (ts-fsrs `stability`: days until recall falls to 90 %)
 * is three weeks or more, Anki's line for a "mature" card. One 有点难 or even one 很轻松 is days,
 * not weeks: such a card is 在练, however it was graded.
 */
export const MASTERED_STABILITY_DAYS = 21;

export interface Summary {
  due: number;
  /** Practised, not due today, not yet mastered. */
  practising: number;
  /** Not due today, and remembered for three weeks or more. */
  mastered: number;
  fresh: number;
  /** Most often graded 再来, most first. */
  hardest: Array<{ id: string; again: number }>;
}

export function summarise(progress: Progress, ids: string[], now: Date): Summary {
  const seen = ids.filter((id) => progress.cards[id]);
  const later = seen.filter((id) => progress.cards[id].due > now.getTime());
  const mastered = later.filter((id) => progress.cards[id].stability >= MASTERED_STABILITY_DAYS).length;
  return {
    due: seen.length - later.length,
    practising: later.length - mastered,
    mastered,
    fresh: ids.length - seen.length,
    hardest: seen
      .filter((id) => progress.cards[id].again > 0)
      .map((id) => ({ id, again: progress.cards[id].again }))
      .sort((a, b) => b.again - a.again)
      .slice(0, 5),
  };
}
