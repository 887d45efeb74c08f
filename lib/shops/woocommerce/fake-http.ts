import { vi } from 'vitest';
import type { HttpDeps } from '../../net/http';

/** Test helper: HttpDeps whose fetch answers from a script, with a sleep spy and a fixed clock. */

export interface FakeAnswer {
  status?: number;
  /** A value is sent as JSON; a string as is. */
  body: unknown;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export const FAKE_NOW = Date.parse('2025-06-01T12:00:00Z');

/**
 * Answers are used in order; the last one repeats when the script runs out (so a retry loop sees
 * the same answer again). A function answer sees the request.
 */
export function fakeHttp(script: readonly (FakeAnswer | ((request: RecordedRequest) => FakeAnswer))[]) {
  const requests: RecordedRequest[] = [];
  const sleep = vi.fn<(ms: number) => Promise<void>>(() => Promise.resolve());
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request: RecordedRequest = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: init?.body,
    };
    requests.push(request);
    const entry = script[Math.min(requests.length - 1, script.length - 1)];
    if (entry === undefined) throw new Error('fakeHttp: empty script');
    const answer = typeof entry === 'function' ? entry(request) : entry;
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json; charset=UTF-8', ...answer.headers },
    });
  };
  const deps: HttpDeps = { fetch: fetchImpl as typeof fetch, sleep, random: () => 0, now: () => FAKE_NOW };
  return { deps, requests, sleep };
}
