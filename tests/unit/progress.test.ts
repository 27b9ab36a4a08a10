import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress, parseProgress, parseProgressText, summariseLesson, type Progress } from '../../src/progress/progress-schema';
import { PROGRESS_KEY, clearProgress, loadProgress, saveProgress, storageProblem, updateProgress } from '../../src/progress/progress-store';

const valid: Progress = {
  format: 'awaitable-progress',
  version: 1,
  lessons: {
    'event-loop': { read: true, predictions: { 'order-basics.ts': 'right', 'await-order.ts': 'wrong' }, exercises: { 'event-loop/exercise.ts': true } },
    promises: { predictions: { 'cafe.ts': 'wrong' } },
  },
  last: { lesson: 'event-loop', lessonTitle: 'The event loop', section: 'summary', sectionTitle: 'Summary' },
};

describe('the progress file format', () => {
  it('accepts a valid document and an empty one, and round-trips them through JSON', () => {
    expect(parseProgressText(JSON.stringify(valid))).toEqual({ ok: true, progress: valid });
    expect(parseProgress(emptyProgress())).toEqual({ ok: true, progress: emptyProgress() });
  });

  it.each([
    ['not JSON', '{"format": "awaitable-progress", ', /not JSON/],
    ['another site’s JSON', JSON.stringify({ theme: 'dark', items: [] }), /not an Awaitable progress file/],
    ['an array', '[1, 2, 3]', /no JSON object/],
    ['a newer format', JSON.stringify({ ...valid, version: 2 }), /newer version/],
    ['a missing version', JSON.stringify({ format: 'awaitable-progress', lessons: {} }), /no version/],
    ['an unknown top-level field', JSON.stringify({ ...valid, admin: true }), /unknown field "admin"/],
    ['a lesson slug with a path', JSON.stringify({ ...valid, lessons: { '../x': {} } }), /not a lesson slug/],
    ['a prediction that is not right or wrong', JSON.stringify({ ...valid, lessons: { promises: { predictions: { 'cafe.ts': 'maybe' } } } }), /"right" or "wrong"/],
    ['an exercise of another lesson', JSON.stringify({ ...valid, lessons: { promises: { exercises: { 'event-loop/exercise.ts': true } } } }), /not an exercise of this lesson/],
    ['read as a string', JSON.stringify({ ...valid, lessons: { promises: { read: 'yes' } } }), /"read" must be true/],
    ['a bad place', JSON.stringify({ ...valid, last: { lesson: 'promises' } }), /last\.lessonTitle/],
  ])('refuses %s with a reason', (_name, text, reason) => {
    const parsed = parseProgressText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('summarises a lesson as the marks show it', () => {
    expect(summariseLesson(valid.lessons['event-loop'])).toEqual({ read: true, predictionsRight: 1, predictionsAnswered: 2, exercisesSolved: 1 });
    expect(summariseLesson(undefined)).toEqual({ read: false, predictionsRight: 0, predictionsAnswered: 0, exercisesSolved: 0 });
  });
});

/** A localStorage whose writes can be made to fail as a full or blocked one does. */
function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    failWith: null as string | null,
    getItem(key: string) {
      if (this.failWith === 'SecurityError') throw new DOMException('blocked', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (this.failWith) throw new DOMException('no room', this.failWith);
      items.set(key, value);
    },
    removeItem(key: string) {
      if (this.failWith) throw new DOMException('no', this.failWith);
      items.delete(key);
    },
  };
}

describe('the progress store', () => {
  let storage: ReturnType<typeof fakeStorage>;
  beforeEach(() => {
    storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps progress under one versioned key and announces changes', () => {
    const changes: unknown[] = [];
    window.addEventListener('awaitable:progress-changed', (event) => changes.push((event as CustomEvent).detail));
    expect(updateProgress((progress) => void (progress.lessons['promises'] = { read: true }))).toEqual({ ok: true });
    expect(JSON.parse(storage.items.get(PROGRESS_KEY) ?? '')).toMatchObject({ format: 'awaitable-progress', version: 1, lessons: { promises: { read: true } } });
    expect(loadProgress().lessons['promises']).toEqual({ read: true });
    expect(changes).toEqual([{ problem: null }]);
  });

  it('reports a full storage instead of throwing, and keeps what was stored', () => {
    saveProgress(valid);
    storage.failWith = 'QuotaExceededError';
    const outcome = updateProgress((progress) => void (progress.lessons['callbacks'] = { read: true }));
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/storage for the site is full/) });
    expect(storageProblem()).toMatch(/full/);
    expect(clearProgress().ok).toBe(false);
    storage.failWith = null;
    expect(loadProgress()).toEqual(valid);
  });

  it('treats blocked storage as empty progress with a message', () => {
    storage.failWith = 'SecurityError';
    expect(loadProgress()).toEqual(emptyProgress());
    expect(storageProblem()).toMatch(/storage is blocked/);
  });

  it('does not show unreadable stored progress, and says so', () => {
    storage.items.set(PROGRESS_KEY, '{"format":"something-else"}');
    expect(loadProgress()).toEqual(emptyProgress());
    expect(storageProblem()).toMatch(/could not be read/);
  });
});
