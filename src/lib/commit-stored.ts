/**
 * One way to save state on the phone, for every island that keeps some: read what is stored now,
 * apply the change to it, write. Never a copy loaded earlier: two tabs (or the home-screen app
 * and a browser tab) each apply their changes on top of the other's latest, so neither is lost.
 *
 * Changes are functions that set, not toggle (tick this item; set this card's review), so one can
 * be applied again safely. A change the browser refused to store (storage full or disabled) is
 * kept and applied again on top of the latest at the next save, so the tab loses nothing it shows
 * and what is already stored is never overwritten by an older copy.
 * Pure: the storage is passed in, so the unit tests interleave tabs deterministically.
 */
export interface StoredIO {
  read(): string | null;
  /** False when the browser refused (storage disabled or full): what was stored is unchanged. */
  write(value: string): boolean;
}

export interface Codec<T> {
  /** Reads stored text; anything unreadable becomes a usable empty state. */
  parse(raw: string | null): T;
  serialise(state: T): string;
}

export type Change<T> = (latest: T) => T;

export interface CommitResult {
  saved: boolean;
  /** True only on the first refusal after saving worked: the one time to tell the rep. */
  newlyRefused: boolean;
}

export class StoredState<T> {
  readonly #io: StoredIO;
  readonly #codec: Codec<T>;
  #state: T;
  #unsaved: Array<Change<T>> = [];

  constructor(io: StoredIO, codec: Codec<T>, initial?: T) {
    this.#io = io;
    this.#codec = codec;
    this.#state = initial ?? codec.parse(io.read());
  }

  /** What this tab shows: the latest stored state with this tab's unsaved changes on top. */
  get state(): T {
    return this.#state;
  }

  commit(change: Change<T>): CommitResult {
    const wasRefused = this.#unsaved.length > 0;
    this.#unsaved.push(change);
    this.#state = this.#latestWithUnsaved();
    const saved = this.#io.write(this.#codec.serialise(this.#state));
    if (saved) this.#unsaved = [];
    return { saved, newlyRefused: !saved && !wasRefused };
  }

  /** After another tab saved (the `storage` event): its state, with this tab's unsaved changes on top. */
  refresh(): T {
    this.#state = this.#latestWithUnsaved();
    return this.#state;
  }

  #latestWithUnsaved(): T {
    return this.#unsaved.reduce((state, change) => change(state), this.#codec.parse(this.#io.read()));
  }
}
