import { describe, expect, test } from 'vitest';
import { StoredState, type Codec, type StoredIO } from '../../src/lib/commit-stored';

/** One origin's storage, shared by the "tabs" below; `full` makes it refuse writes. */
function memory(initial: string | null = null) {
  let value = initial;
  const disk = { full: false, writes: 0 };
  const io: StoredIO = {
    read: () => value,
    write: (next) => {
      if (disk.full) return false;
      disk.writes += 1;
      value = next;
      return true;
    },
  };
  return {
    io,
    disk,
    get value() {
      return value;
    },
  };
}

type Ticks = Record<string, boolean>;
const codec: Codec<Ticks> = {
  parse: (raw) => {
    try {
      return raw ? (JSON.parse(raw) as Ticks) : {};
    } catch {
      return {};
    }
  },
  serialise: (state) => JSON.stringify(state),
};
const tick =
  (key: string, on = true) =>
  (latest: Ticks) => ({ ...latest, [key]: on });

describe('StoredState', () => {
  test('two tabs loaded at the same time each keep the other’s changes', () => {
    const store = memory();
    const first = new StoredState(store.io, codec);
    const second = new StoredState(store.io, codec);
    first.commit(tick('a'));
    first.commit(tick('b'));
    second.commit(tick('c'));
    expect(codec.parse(store.value)).toEqual({ a: true, b: true, c: true });
    expect(second.state).toEqual({ a: true, b: true, c: true });
    expect(first.refresh()).toEqual({ a: true, b: true, c: true });
  });

  test('an untick in one tab is not undone by the other tab’s next change', () => {
    const store = memory(JSON.stringify({ a: true }));
    const first = new StoredState(store.io, codec);
    const second = new StoredState(store.io, codec);
    first.commit(tick('a', false));
    second.commit(tick('b'));
    expect(codec.parse(store.value)).toEqual({ a: false, b: true });
  });

  test('a refused save is said once, kept in the tab, and stored on top of the latest once storage works', () => {
    const store = memory();
    const tab = new StoredState(store.io, codec);
    const other = new StoredState(store.io, codec);
    store.disk.full = true;
    expect(tab.commit(tick('a'))).toEqual({ saved: false, newlyRefused: true });
    expect(tab.commit(tick('b'))).toEqual({ saved: false, newlyRefused: false });
    expect(tab.state).toEqual({ a: true, b: true });
    expect(store.value).toBeNull();
    store.disk.full = false;
    other.commit(tick('x'));
    expect(tab.refresh()).toEqual({ x: true, a: true, b: true });
    expect(tab.commit(tick('c'))).toEqual({ saved: true, newlyRefused: false });
    expect(codec.parse(store.value)).toEqual({ x: true, a: true, b: true, c: true });
  });

  test('what is stored is never replaced by a refused write', () => {
    const store = memory(JSON.stringify({ kept: true }));
    const tab = new StoredState(store.io, codec);
    store.disk.full = true;
    tab.commit(tick('lost-if-overwritten'));
    expect(store.value).toBe(JSON.stringify({ kept: true }));
  });

  test('unreadable storage starts from the codec’s empty state', () => {
    const store = memory('{broken');
    const tab = new StoredState(store.io, codec);
    expect(tab.state).toEqual({});
    tab.commit(tick('a'));
    expect(codec.parse(store.value)).toEqual({ a: true });
  });
});
