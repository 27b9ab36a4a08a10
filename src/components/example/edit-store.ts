/**
 * Keeps a reader's edits of each example in localStorage, so they survive a reload
 * until Reset. Storage can be full, disabled or blocked; callers are told, so the page
 * can say that edits will not be kept instead of losing them silently.
 */
const PREFIX = 'awaitable:edits:';

export type SaveResult = { readonly saved: true } | { readonly saved: false; readonly reason: string };

export function loadEdit(exampleId: string): string | null {
  try {
    return localStorage.getItem(PREFIX + exampleId);
  } catch {
    return null;
  }
}

export function saveEdit(exampleId: string, source: string): SaveResult {
  try {
    localStorage.setItem(PREFIX + exampleId, source);
    return { saved: true };
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return {
      saved: false,
      reason: full ? "this browser's storage for the site is full" : 'this browser does not let the site store data',
    };
  }
}

export function clearEdit(exampleId: string): void {
  try {
    localStorage.removeItem(PREFIX + exampleId);
  } catch {
    // Nothing was stored then, so there is nothing to clear.
  }
}
