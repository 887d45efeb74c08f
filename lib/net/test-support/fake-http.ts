import { vi } from 'vitest';
import type { HttpDeps } from '../http';

/** Test helper: HttpDeps whose fetch answers from a script, with a sleep spy and a fixed clock. */

export interface FakeAnswer {
  status?: number;
  /** A value is sent as JSON; a string as is. */
  body: unknown;
  headers?: Record<string, string>;
}

export interface RecordedRequest<Body = unknown> {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Body;
}

export const FAKE_NOW = Date.parse('2025-06-01T12:00:00Z');

/**
 * Answers are used in order; the last one repeats when the script runs out (so a retry loop sees
 * the same answer again). A function answer sees the request. `readBody` turns the sent body into
 * what tests look at (default: the body as sent).
 */
export function fakeHttp<Body = unknown>(
  script: readonly (FakeAnswer | ((request: RecordedRequest<Body>) => FakeAnswer))[],
  { contentType = 'application/json', readBody = (body: RequestInit['body']) => body as Body } = {},
) {
  const requests: RecordedRequest<Body>[] = [];
  const sleep = vi.fn<(ms: number) => Promise<void>>(() => Promise.resolve());
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request: RecordedRequest<Body> = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: readBody(init?.body),
    };
    requests.push(request);
    const entry = script[Math.min(requests.length - 1, script.length - 1)];
    if (entry === undefined) throw new Error('fakeHttp: empty script');
    const answer = typeof entry === 'function' ? entry(request) : entry;
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status ?? 200, headers: { 'content-type': contentType, ...answer.headers } });
  };
  const deps: HttpDeps = { fetch: fetchImpl as typeof fetch, sleep, random: () => 0, now: () => FAKE_NOW };
  return { deps, requests, sleep };
}
