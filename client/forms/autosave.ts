import type { ErrorDetail } from '../../src/contracts/errors.js';

/**
 * The save protocol of a form (ADR 0001), with no DOM: a change makes the form dirty and is saved
 * `delay` ms after the last one (or at once on `flush`, e.g. on blur); one save is in flight at a
 * time and a change made during it queues the next; a refusal (400) or a failure leaves the
 * user's text alone and waits for the next change; a stale write (409) stops autosaving until
 * the screen has merged and calls `resolved(version)`.
 */

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed' | 'conflict';

export type SaveOutcome<C> =
  | { kind: 'saved'; version: number }
  /** The server (or the form's own number check) refused the data: details at their fields. */
  | { kind: 'invalid'; code: string; message: string; details: ErrorDetail[] }
  /** 409 STALE_VERSION: `current` is the record as stored now. */
  | { kind: 'conflict'; current: C }
  /** No answer, or an error that is not about the data. */
  | { kind: 'failed'; code: string; message: string };

export interface AutosaveStatus<C> {
  state: SaveState;
  version: number;
  /** The last save's outcome (null before the first). */
  outcome: SaveOutcome<C> | null;
}

/** setTimeout/clearTimeout, injectable so the unit tests drive time. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface AutosaveOptions<C> {
  /** The record's version as read. */
  version: number;
  /** Milliseconds after the last change (default 800). */
  delay?: number;
  /** Sends the form as it is now with this version, and says how it went (it must not throw). */
  save(version: number): Promise<SaveOutcome<C>>;
  onStatus?(status: AutosaveStatus<C>): void;
  timers?: Timers;
}

export interface Autosave<C> {
  /** The user changed something. */
  changed(): void;
  /** Save now if there is anything unsaved (blur, Enter). */
  flush(): void;
  /** After a 409 merge: the version the merged data is saved with; saves at once. */
  resolved(version: number): void;
  status(): AutosaveStatus<C>;
  /** Dirty, saving, failed or in conflict: leaving now would lose work. */
  hasUnsaved(): boolean;
  /** Resolves when no save is in flight or waiting for its delay (tests, leaving). */
  settled(): Promise<void>;
  destroy(): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const AUTOSAVE_DELAY = 800;

export function createAutosave<C>(options: AutosaveOptions<C>): Autosave<C> {
  const timers = options.timers ?? browserTimers;
  const delay = options.delay ?? AUTOSAVE_DELAY;
  let state: SaveState = 'idle';
  let version = options.version;
  let outcome: SaveOutcome<C> | null = null;
  let timer: unknown = null;
  /** Changes not yet in any save that was sent. */
  let unsent = false;
  /** A flush asked for while a save was in flight: the queued save goes without delay. */
  let flushQueued = false;
  let destroyed = false;
  let waiters: Array<() => void> = [];

  const emit = (): void => {
    if (!destroyed) options.onStatus?.({ state, version, outcome });
  };
  const setState = (next: SaveState): void => {
    state = next;
    emit();
  };
  const cancelTimer = (): void => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };
  const settle = (): void => {
    if (state === 'saving' || timer !== null) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };
  const schedule = (): void => {
    cancelTimer();
    timer = timers.set(() => {
      timer = null;
      void run();
    }, delay);
  };

  const run = async (): Promise<void> => {
    if (destroyed || state === 'saving' || state === 'conflict') return;
    cancelTimer();
    unsent = false;
    flushQueued = false;
    setState('saving');
    let result: SaveOutcome<C>;
    try {
      result = await options.save(version);
    } catch (error) {
      result = {
        kind: 'failed',
        code: 'CLIENT_ERROR',
        message: error instanceof Error ? error.message : String(error),
      };
    }
    if (destroyed) return;
    outcome = result;
    if (result.kind === 'conflict') {
      setState('conflict');
      settle();
      return;
    }
    if (result.kind === 'saved') version = result.version;
    if (unsent) {
      // Typed during the save: the next one goes (at once if a flush was asked for meanwhile).
      setState('dirty');
      if (flushQueued) void run();
      else schedule();
      return;
    }
    setState(result.kind === 'saved' ? 'saved' : 'failed');
    settle();
  };

  return {
    changed() {
      if (destroyed) return;
      unsent = true;
      if (state === 'saving' || state === 'conflict') return;
      setState('dirty');
      schedule();
    },
    flush() {
      if (destroyed || !unsent) return;
      if (state === 'saving') flushQueued = true;
      else if (state !== 'conflict') void run();
    },
    resolved(next) {
      if (destroyed) return;
      version = next;
      unsent = true;
      state = 'dirty';
      void run();
    },
    status: () => ({ state, version, outcome }),
    hasUnsaved: () => state === 'dirty' || state === 'saving' || state === 'failed' || state === 'conflict',
    settled() {
      return new Promise((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    destroy() {
      destroyed = true;
      cancelTimer();
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    },
  };
}
