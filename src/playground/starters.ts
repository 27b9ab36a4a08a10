/** Programs the playground offers as starting points, in the order of its menu. */
export interface Starter {
  readonly title: string;
  readonly file: string;
}

export const STARTERS: readonly Starter[] = [
  { title: 'Event loop order', file: 'event-loop-order.ts' },
  { title: 'Sleep and measure', file: 'sleep-and-measure.ts' },
  { title: 'Async generator', file: 'async-generator.ts' },
  { title: 'Errors and rejections', file: 'errors.ts' },
];
