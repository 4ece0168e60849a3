import { describe, expect, it } from '@jest/globals';
import { createAutosave, type SaveOutcome, type SaveState, type Timers } from './autosave.js';

/** Timers the test moves by hand. */
function manualTimers(): Timers & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let next = 1;
  const queue = new Map<number, { at: number; callback: () => void }>();
  return {
    set(callback, ms) {
      const id = next++;
      queue.set(id, { at: now + ms, callback });
      return id;
    },
    clear(handle) {
      queue.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, entry] of [...queue]) {
        if (entry.at <= now) {
          queue.delete(id);
          entry.callback();
        }
      }
    },
    pending: () => queue.size,
  };
}

/** A save the test answers when it wants to. */
function controlledSave() {
  const calls: Array<{ version: number; answer(outcome: SaveOutcome<string>): void }> = [];
  const save = (version: number): Promise<SaveOutcome<string>> =>
    new Promise((resolve) => calls.push({ version, answer: resolve }));
  return { calls, save };
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** An autosave of a record at `version` on hand-moved timers, with a save the test answers. */
function harness(version: number, onStatus?: (status: { state: SaveState }) => void) {
  const timers = manualTimers();
  const { calls, save } = controlledSave();
  const autosave = createAutosave({ version, save, timers, onStatus });
  /** An edit, then the field's blur: the save goes at once. */
  const editAndBlur = (): void => {
    autosave.changed();
    autosave.flush();
  };
  return { timers, calls, autosave, editAndBlur };
}

describe('autosave', () => {
  it('saves once, 800 ms after the last change, and walks idle → dirty → saving → saved', async () => {
    const states: SaveState[] = [];
    const { timers, calls, autosave } = harness(3, (status) => states.push(status.state));
    expect(autosave.status().state).toBe('idle');
    autosave.changed();
    timers.advance(500);
    autosave.changed();
    timers.advance(799);
    expect(calls).toHaveLength(0);
    expect(autosave.hasUnsaved()).toBe(true);
    timers.advance(1);
    expect(calls).toHaveLength(1);
    expect(calls[0].version).toBe(3);
    calls[0].answer({ kind: 'saved', version: 4 });
    await flush();
    expect(autosave.status()).toMatchObject({ state: 'saved', version: 4 });
    expect(autosave.hasUnsaved()).toBe(false);
    expect(states).toEqual(['dirty', 'dirty', 'saving', 'saved']);
  });

  it('saves at once on flush (blur) and not at all when nothing changed', () => {
    const { timers, calls, autosave, editAndBlur } = harness(1);
    autosave.flush();
    expect(calls).toHaveLength(0);
    editAndBlur();
    expect(calls).toHaveLength(1);
    expect(timers.pending()).toBe(0);
  });

  it('keeps one save in flight: a change during it queues the next, sent with the new version', async () => {
    const { timers, calls, autosave, editAndBlur } = harness(1);
    editAndBlur();
    editAndBlur();
    timers.advance(5000);
    expect(calls).toHaveLength(1);
    calls[0].answer({ kind: 'saved', version: 2 });
    await flush();
    // The flush asked for during the save sends the queued one at once.
    expect(calls).toHaveLength(2);
    expect(calls[1].version).toBe(2);
    expect(autosave.status().state).toBe('saving');
    calls[1].answer({ kind: 'saved', version: 3 });
    await flush();
    expect(autosave.status()).toMatchObject({ state: 'saved', version: 3 });
  });

  it('a change during a save without a flush waits for the delay after the save', async () => {
    const { timers, calls, autosave, editAndBlur } = harness(1);
    editAndBlur();
    autosave.changed();
    calls[0].answer({ kind: 'saved', version: 2 });
    await flush();
    expect(autosave.status().state).toBe('dirty');
    expect(calls).toHaveLength(1);
    timers.advance(800);
    expect(calls).toHaveLength(2);
  });

  it('a refusal leaves the state failed (unsaved) until the next change, which is saved again', async () => {
    const { timers, calls, autosave, editAndBlur } = harness(7);
    editAndBlur();
    const refusal: SaveOutcome<string> = {
      kind: 'invalid',
      code: 'VALIDATION_FAILED',
      message: 'no',
      details: [{ path: 'title', code: 'MAX_LENGTH', message: 'too long' }],
    };
    calls[0].answer(refusal);
    await flush();
    expect(autosave.status()).toMatchObject({ state: 'failed', version: 7, outcome: refusal });
    expect(autosave.hasUnsaved()).toBe(true);
    // Blurring again without a change does not resend the refused data.
    autosave.flush();
    expect(calls).toHaveLength(1);
    autosave.changed();
    timers.advance(800);
    expect(calls).toHaveLength(2);
    expect(calls[1].version).toBe(7);
  });

  it('a thrown save is a failure, not an unhandled rejection', async () => {
    const autosave = createAutosave({
      version: 1,
      save: () => Promise.reject(new Error('offline')),
      timers: manualTimers(),
    });
    autosave.changed();
    autosave.flush();
    await flush();
    expect(autosave.status()).toMatchObject({
      state: 'failed',
      outcome: { kind: 'failed', message: 'offline' },
    });
  });

  it('a conflict stops autosaving until resolved, then saves with the version given', async () => {
    const { timers, calls, autosave, editAndBlur } = harness(1);
    editAndBlur();
    calls[0].answer({ kind: 'conflict', current: 'their card' });
    await flush();
    expect(autosave.status()).toMatchObject({ state: 'conflict', outcome: { current: 'their card' } });
    editAndBlur();
    timers.advance(5000);
    expect(calls).toHaveLength(1);
    expect(autosave.hasUnsaved()).toBe(true);
    autosave.resolved(5);
    expect(calls).toHaveLength(2);
    expect(calls[1].version).toBe(5);
    calls[1].answer({ kind: 'saved', version: 6 });
    await flush();
    expect(autosave.status()).toMatchObject({ state: 'saved', version: 6 });
  });

  it('settled() waits for the delay and the save in flight; destroy() stops everything', async () => {
    const { timers, calls, autosave } = harness(1);
    autosave.changed();
    let settled = false;
    void autosave.settled().then(() => {
      settled = true;
    });
    timers.advance(800);
    await flush();
    expect(settled).toBe(false);
    calls[0].answer({ kind: 'saved', version: 2 });
    await flush();
    expect(settled).toBe(true);
    autosave.changed();
    autosave.destroy();
    timers.advance(800);
    expect(calls).toHaveLength(1);
  });
});
