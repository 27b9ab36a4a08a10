import type { APIRoute } from 'astro';
import { buildSandboxDocument } from '../build/sandbox-document';

/** The sandbox document the runner loads in an opaque-origin iframe (see src/runtime/sandbox/frame.ts). */
export const GET: APIRoute = async () =>
  new Response(await buildSandboxDocument(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
