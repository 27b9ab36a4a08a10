import type { APIRoute } from 'astro';
import { buildTraceWorker } from '../build/trace-worker-bundle';

/** The step-through recorder's worker, fetched by the page only when Step through is first pressed. */
export const GET: APIRoute = async () =>
  new Response(await buildTraceWorker(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
