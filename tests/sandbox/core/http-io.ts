import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxRequest, SandboxResponse } from './types';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function toSandboxRequest(req: IncomingMessage, host: string, body: string): SandboxRequest {
  const url = new URL(req.url ?? '/', `https://${host || 'unknown.invalid'}`);
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    host,
    url,
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body,
  };
}

/** The exact text a response sends: objects become JSON, `rawBody` goes out untouched. */
export function serializeBody(response: SandboxResponse): { text: string; isJson: boolean } | null {
  if (response.rawBody !== undefined) return { text: response.rawBody, isJson: false };
  if (response.body === undefined) return null;
  return { text: JSON.stringify(response.body), isJson: true };
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

export function writeResponse(res: ServerResponse, response: SandboxResponse): void {
  if (res.destroyed || res.writableEnded) return;
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  const body = serializeBody(response);
  const noBody = response.status === 204 || response.status === 304 || body === null;
  if (!noBody && body.isJson && !hasHeader(headers, 'content-type')) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  if (!noBody && !hasHeader(headers, 'content-type')) headers['Content-Type'] = 'text/plain; charset=utf-8';
  const bytes = noBody ? Buffer.alloc(0) : Buffer.from(body.text, 'utf8');
  if (response.status !== 204 && response.status !== 304) headers['Content-Length'] = String(bytes.length);
  res.writeHead(response.status, headers);
  res.end(bytes);
}

export function textResponse(status: number, text: string): SandboxResponse {
  return { status, rawBody: text, headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
}
