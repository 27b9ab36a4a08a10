/**
 * The timeline panel of the logging case study: on one time axis, when the app logged
 * each record (and how long a log call held it up), when requests left, and when the
 * server stored each record or failed it; with counters below. It draws what the
 * program's simulated log server reports (content/shared/log-server.ts).
 */
import type { TimelineEvent } from '../../runtime/protocol';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const LEFT = 92;
const RIGHT = 16;
const APP_Y = 34;
const NETWORK_Y = 74;
const SERVER_Y = 114;
const AXIS_Y = 146;
const HEIGHT = 168;

export interface TimelineCounts {
  readonly logged: number;
  readonly requests: number;
  readonly received: number;
  readonly outOfOrder: number;
  readonly failedRequests: number;
  readonly retried: number;
  readonly dropped: number;
  readonly longestWaitMs: number;
  /** Logged but neither stored nor dropped. */
  readonly notReceived: number;
}

/** The counters, computed from the events alone (exported for tests). */
export function countTimeline(events: readonly TimelineEvent[]): TimelineCounts {
  const logged = new Set<number>();
  const received = new Set<number>();
  const dropped = new Set<number>();
  const sentBefore = new Set<number>();
  let requests = 0;
  let failedRequests = 0;
  let retried = 0;
  let outOfOrder = 0;
  let highestReceived = 0;
  let longestWaitMs = 0;
  for (const event of events) {
    switch (event.kind) {
      case 'logged':
        event.records.forEach((record) => logged.add(record));
        break;
      case 'sent':
        requests++;
        if (event.records.some((record) => sentBefore.has(record))) retried++;
        event.records.forEach((record) => sentBefore.add(record));
        break;
      case 'received':
        for (const record of event.records) {
          if (record < highestReceived) outOfOrder++;
          highestReceived = Math.max(highestReceived, record);
          received.add(record);
        }
        break;
      case 'failed':
        failedRequests++;
        break;
      case 'dropped':
        event.records.forEach((record) => dropped.add(record));
        break;
      case 'waited':
        longestWaitMs = Math.max(longestWaitMs, event.ms);
        break;
    }
  }
  const notReceived = [...logged].filter((record) => !received.has(record) && !dropped.has(record)).length;
  return { logged: logged.size, requests, received: received.size, outOfOrder, failedRequests, retried, dropped: dropped.size, longestWaitMs, notReceived };
}

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

export class TimelinePanel {
  #events: TimelineEvent[] = [];
  #frame = 0;
  #ended = false;
  readonly #svg: SVGSVGElement;
  readonly #counters: HTMLElement;

  constructor(private readonly container: HTMLElement) {
    this.#svg = element('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'timeline-svg' });
    this.#counters = document.createElement('dl');
    this.#counters.className = 'timeline-counters';
    const heading = document.createElement('p');
    heading.className = 'timeline-heading';
    heading.textContent = 'Timeline: the app and the log server';
    container.replaceChildren(heading, this.#svg, this.#counters);
  }

  clear(): void {
    this.#events = [];
    this.#ended = false;
    this.container.hidden = true;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  add(events: readonly TimelineEvent[]): void {
    this.#events.push(...events);
    this.container.hidden = false;
    this.#frame ||= requestAnimationFrame(() => this.#draw());
  }

  /** The run ended: records not received by now are reported as still queued or lost. */
  end(): void {
    this.#ended = true;
    if (this.#events.length === 0) return;
    cancelAnimationFrame(this.#frame);
    this.#draw();
  }

  #draw(): void {
    this.#frame = 0;
    const events = this.#events;
    const counts = countTimeline(events);
    const lastAt = Math.max(1, ...events.map((event) => event.at));
    const step = lastAt > 6000 ? 1000 : 500;
    const span = Math.ceil(lastAt / step) * step;
    const x = (at: number) => LEFT + (Math.max(0, at) / span) * (WIDTH - LEFT - RIGHT);
    const svg = this.#svg;
    svg.replaceChildren();

    for (const [label, y] of [['app logs', APP_Y], ['requests', NETWORK_Y], ['server stores', SERVER_Y]] as const) {
      svg.append(element('text', { x: 4, y: y + 4, class: 'timeline-lane' }, label));
      svg.append(element('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: y, y2: y, class: 'timeline-rule' }));
    }
    for (let at = 0; at <= span; at += step) {
      svg.append(element('line', { x1: x(at), x2: x(at), y1: AXIS_Y - 4, y2: AXIS_Y, class: 'timeline-rule' }));
      svg.append(element('text', { x: x(at), y: AXIS_Y + 14, class: 'timeline-tick' }, seconds(at)));
    }

    const loggedAt = new Map<number, number>();
    const labels = events.length <= 400;
    for (const event of events) {
      if (event.kind === 'logged') for (const record of event.records) loggedAt.set(record, event.at);
    }
    let highest = 0;
    for (const event of events) {
      const at = x(event.at);
      switch (event.kind) {
        case 'waited':
          svg.append(element('rect', { x: x(event.at - event.ms), y: APP_Y - 7, width: Math.max(1, at - x(event.at - event.ms)), height: 14, class: 'timeline-wait' }));
          break;
        case 'logged':
          svg.append(element('circle', { cx: at, cy: APP_Y, r: 4, class: 'timeline-logged' }));
          if (labels) svg.append(element('text', { x: at, y: APP_Y - 10, class: 'timeline-label' }, event.records.join(',')));
          break;
        case 'sent':
          svg.append(element('path', { d: `M${at - 4} ${NETWORK_Y - 5} L${at + 4} ${NETWORK_Y} L${at - 4} ${NETWORK_Y + 5} Z`, class: 'timeline-sent' }));
          break;
        case 'received': {
          const late = event.records.some((record) => record < highest);
          highest = Math.max(highest, ...event.records);
          for (const record of event.records) {
            const from = loggedAt.get(record);
            if (from !== undefined) svg.append(element('line', { x1: x(from), y1: APP_Y, x2: at, y2: SERVER_Y, class: 'timeline-link' }));
          }
          svg.append(element('circle', { cx: at, cy: SERVER_Y, r: 4, class: late ? 'timeline-received timeline-out-of-order' : 'timeline-received' }));
          if (labels) svg.append(element('text', { x: at, y: SERVER_Y + 16, class: late ? 'timeline-label timeline-out-of-order' : 'timeline-label' }, event.records.join(',')));
          break;
        }
        case 'failed':
        case 'dropped': {
          const y = event.kind === 'failed' ? SERVER_Y : APP_Y;
          const cross = element('path', { d: `M${at - 4} ${y - 4} L${at + 4} ${y + 4} M${at - 4} ${y + 4} L${at + 4} ${y - 4}`, class: 'timeline-failed' });
          cross.append(element('title', {}, `${event.kind === 'failed' ? 'failed' : 'dropped'}: ${event.records.join(', ')} (${event.reason})`));
          svg.append(cross);
          break;
        }
      }
    }

    const pending = this.#ended ? 'not stored at the end (still queued, or lost)' : 'not stored yet';
    svg.setAttribute(
      'aria-label',
      `Timeline over ${seconds(span)}: ${counts.logged} records logged, ${counts.requests} requests, ${counts.received} records stored ` +
        `(${counts.outOfOrder} out of order), ${counts.failedRequests} failed requests, ${counts.dropped} dropped, ${counts.notReceived} ${pending}; ` +
        `the longest log call waited ${seconds(counts.longestWaitMs)}.`,
    );
    this.#showCounts(counts, pending);
  }

  #showCounts(counts: TimelineCounts, pending: string): void {
    const rows: [string, string, string][] = [
      ['logged', 'logged', String(counts.logged)],
      ['requests', 'requests sent', String(counts.requests)],
      ['received', 'stored by the server', String(counts.received)],
      ['out-of-order', 'out of order', String(counts.outOfOrder)],
      ['failed', 'failed requests', String(counts.failedRequests)],
      ['retried', 'retries', String(counts.retried)],
      ['dropped', 'dropped', String(counts.dropped)],
      ['queued', this.#ended ? 'not stored at the end' : pending, String(counts.notReceived)],
      ['longest-wait', 'longest log call', seconds(counts.longestWaitMs)],
    ];
    this.#counters.replaceChildren(
      ...rows.map(([key, label, value]) => {
        const row = document.createElement('div');
        row.dataset['timelineCounter'] = key;
        const term = document.createElement('dt');
        term.textContent = label;
        const detail = document.createElement('dd');
        detail.textContent = value;
        row.append(term, detail);
        return row;
      }),
    );
  }
}
