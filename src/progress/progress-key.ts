/** The one localStorage key of the reader's progress; its suffix is the format version. */
export const PROGRESS_KEY = 'awaitable:progress:v1';
