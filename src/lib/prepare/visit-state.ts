/**
 * Saved visit preparations: the shape, how it is checked on every load, and how it moves
 * between versions, storage and share links. Pure (no DOM, no storage), so every case below is
 * unit-tested. Uses `zod/mini` to keep the island small.
 *
 * Load cases, each leaving a usable page:
 * - nothing stored                → a fresh store, no message
 * - not JSON / truncated          → a fresh store, message "已重置"
 * - version 1 (single visit)      → migrated into version 2's list, message "已升级"
 * - some visits invalid           → those dropped, the rest kept, message naming the count
 * - unknown future version        → a fresh store, message (never guess at a newer shape)
 */
import * as z from 'zod/mini';
import { visitStateText } from '../ui-text';

export const STORE_VERSION = 2;
const text = (max: number) => z.string().check(z.maxLength(max));

export const visitSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Channel type id (`content/channels/`), '' when not chosen. */
  channel: text(60),
  /** Stage id such as `six-steps/pre-visit`, '' when not chosen. */
  stage: text(80),
  customer: text(200),
  contact: text(200),
  /** The contact's role in the decision, one of the options on /prepare/ ('' when not filled in). */
  role: text(40),
  date: text(10),
  goal: text(500),
  /** Keys of ticked items: `<checklist>/<item>` or `custom/<id>`. */
  checked: z.array(text(120)),
  notes: z.record(z.string(), text(1000)),
  custom: z.array(z.object({ id: text(40), text: text(300) })),
  updatedAt: z.number(),
});
export type Visit = z.infer<typeof visitSchema>;

const storeSchema = z.object({
  version: z.literal(STORE_VERSION),
  activeId: z.optional(z.string()),
  visits: z.array(z.unknown()),
});
export interface Store {
  version: typeof STORE_VERSION;
  activeId?: string | undefined;
  visits: Visit[];
}

/** Version 1 kept one visit with `ticked` instead of `checked` and no list. */
const v1Schema = z.object({
  version: z.literal(1),
  visit: z.object({
    channel: z.optional(z.string()),
    stage: z.optional(z.string()),
    customer: z.optional(z.string()),
    ticked: z.optional(z.array(z.string())),
  }),
});

export function newVisit(id: string, now: number, fields: Partial<Visit> = {}): Visit {
  return { id, channel: '', stage: '', customer: '', contact: '', role: '', date: '', goal: '', checked: [], notes: {}, custom: [], updatedAt: now, ...fields };
}

export const emptyStore = (): Store => ({ version: STORE_VERSION, visits: [] });

export interface Loaded {
  store: Store;
  /** Shown to the rep when anything was changed on the way in. */
  message?: string;
}

export function parseStore(raw: string | null, now = Date.now()): Loaded {
  if (raw === null || raw === '') return { store: emptyStore() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { store: emptyStore(), message: visitStateText.storeBroken };
  }
  const v1 = v1Schema.safeParse(json);
  if (v1.success) {
    const old = v1.data.visit;
    const visit = newVisit('v1', now, { channel: old.channel ?? '', stage: old.stage ?? '', customer: old.customer ?? '', checked: old.ticked ?? [] });
    const checked = visitSchema.safeParse(visit);
    return checked.success
      ? { store: { version: STORE_VERSION, activeId: visit.id, visits: [checked.data] }, message: visitStateText.upgraded }
      : { store: emptyStore(), message: visitStateText.cannotUpgrade };
  }
  const store = storeSchema.safeParse(json);
  if (!store.success) {
    return { store: emptyStore(), message: visitStateText.storeWrongFormat };
  }
  const visits: Visit[] = [];
  for (const candidate of store.data.visits) {
    const visit = visitSchema.safeParse(candidate);
    if (visit.success) visits.push(visit.data);
  }
  const dropped = store.data.visits.length - visits.length;
  const activeId = visits.some((v) => v.id === store.data.activeId) ? store.data.activeId : visits[0]?.id;
  return {
    store: { version: STORE_VERSION, activeId, visits },
    ...(dropped > 0 ? { message: visitStateText.visitsDropped(dropped) } : {}),
  };
}

export const serialiseStore = (store: Store) => JSON.stringify(store);

export function updateVisit(store: Store, id: string, change: (visit: Visit) => Visit, now = Date.now()): Store {
  return { ...store, visits: store.visits.map((v) => (v.id === id ? { ...change(v), updatedAt: now } : v)) };
}

/**
 * Ticks or unticks an item. It sets rather than toggles: the change is applied to the latest
 * stored visit (lib/commit-stored.ts), which another tab may have ticked already.
 */
export function setItemChecked(visit: Visit, key: string, checked: boolean): Visit {
  const others = visit.checked.filter((k) => k !== key);
  return { ...visit, checked: checked ? [...others, key] : others };
}

/** Adds a visit (once: adding the same id again changes nothing) and makes it the last one used. */
export function addVisit(store: Store, visit: Visit): Store {
  const visits = store.visits.some((v) => v.id === visit.id) ? store.visits : [...store.visits, visit];
  return { ...store, activeId: visit.id, visits };
}

/** Deletes a visit; the last one deleted leaves `fallback`, so there is always one to fill in. */
export function removeVisit(store: Store, id: string, fallback: Visit): Store {
  const visits = store.visits.filter((v) => v.id !== id);
  return visits.length ? { ...store, visits, activeId: store.activeId === id ? visits[0].id : store.activeId } : addVisit({ ...store, visits: [] }, fallback);
}

export function setNote(visit: Visit, key: string, note: string): Visit {
  const notes = { ...visit.notes };
  if (note.trim()) notes[key] = note;
  else delete notes[key];
  return { ...visit, notes };
}

export function addCustomItem(visit: Visit, id: string, itemText: string): Visit {
  const trimmed = itemText.trim();
  if (!trimmed || visit.custom.some((c) => c.id === id)) return visit;
  return { ...visit, custom: [...visit.custom, { id, text: trimmed }] };
}

export function removeCustomItem(visit: Visit, id: string): Visit {
  const key = `custom/${id}`;
  const { [key]: _dropped, ...notes } = visit.notes;
  return { ...visit, custom: visit.custom.filter((c) => c.id !== id), checked: visit.checked.filter((k) => k !== key), notes };
}

/** Clears ticks and notes but keeps who and what the visit is for. */
export const resetProgress = (visit: Visit): Visit => ({ ...visit, checked: [], notes: {} });

export function duplicateVisit(visit: Visit, id: string, now: number): Visit {
  return { ...visit, id, customer: visit.customer ? visitStateText.copyOf(visit.customer) : '', checked: [], notes: {}, updatedAt: now };
}
