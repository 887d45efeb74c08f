import { request as httpsRequest } from 'node:https';

export interface TestRequestInit {
  method?: string;
  headers?: Record<string, string>;
  /** string as is; URLSearchParams as a form; anything else as JSON. */
  body?: string | URLSearchParams | object;
  signal?: AbortSignal;
}

export interface TestResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  text: string;
  /** Parses the body; the type parameter is the caller's claim, not a check. */
  json<T = unknown>(): T;
}

export interface SandboxClient {
  request(url: string, init?: TestRequestInit): Promise<TestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<TestResponse>;
  post(url: string, body: TestRequestInit['body'], headers?: Record<string, string>): Promise<TestResponse>;
}

function encodeBody(body: TestRequestInit['body']): { text: string; type: string } | null {
  if (body === undefined) return null;
  if (typeof body === 'string') return { text: body, type: 'text/plain; charset=utf-8' };
  if (body instanceof URLSearchParams) return { text: body.toString(), type: 'application/x-www-form-urlencoded' };
  return { text: JSON.stringify(body), type: 'application/json' };
}

/**
 * Talks to a running sandbox the way Chromium does with --host-resolver-rules: connects to
 * 127.0.0.1:<port> but sends the real hostname as SNI and Host header. Accepts the self-signed
 * certificate; uses a fresh connection per request so nothing keeps the test process alive.
 */
export function sandboxClient(port: number): SandboxClient {
  const request = (target: string, init: TestRequestInit = {}): Promise<TestResponse> => {
    const url = new URL(target);
    const body = encodeBody(init.body);
    const headers: Record<string, string> = { host: url.host, ...(init.headers ?? {}) };
    if (body && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
      headers['content-type'] = body.type;
    }
    return new Promise<TestResponse>((resolve, reject) => {
      const req = httpsRequest(
        {
          host: '127.0.0.1',
          port,
          servername: url.hostname,
          method: init.method ?? (body ? 'POST' : 'GET'),
          path: `${url.pathname}${url.search}`,
          headers,
          rejectUnauthorized: false,
          agent: false,
          ...(init.signal ? { signal: init.signal } : {}),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const flat: Record<string, string> = {};
            for (const [name, value] of Object.entries(res.headers)) {
              if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
            }
            resolve({ status: res.statusCode ?? 0, headers: flat, text, json: <T,>() => JSON.parse(text) as T });
          });
        },
      );
      req.on('error', reject);
      req.end(body?.text);
    });
  };
  return {
    request,
    get: (url, headers) => request(url, headers ? { headers } : {}),
    post: (url, body, headers) => request(url, { method: 'POST', body, ...(headers ? { headers } : {}) }),
  };
}
