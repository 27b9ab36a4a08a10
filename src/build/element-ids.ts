/** Ids unique within any page (a counter for the whole build), for aria-labelledby. */
let next = 0;

export function uniqueElementId(prefix: string): string {
  next += 1;
  return `${prefix}-${next}`;
}
