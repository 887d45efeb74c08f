import { z } from 'zod';
import { msg, MessageSchema, type Message } from '../i18n/message';

/**
 * One problem with one field, in the merchant's words: where (a dotted path such as
 * `connections[0].connector.installedAt`, or `connector.installedAt` inside one connection) and
 * what (a message key from ./texts.ts, rendered in the reader's language). Never zod's wording.
 */
export const FieldIssueSchema = z.object({ path: z.string().max(300), message: MessageSchema });
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export type PathSegment = PropertyKey;

/** `['connections', 0, 'label']` → `connections[0].label`. */
export function pathToString(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const name = String(segment);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof segment === 'symbol' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

const EXPECTED_KEYS: Record<string, string> = {
  string: 'config.issue.expected-text',
  number: 'config.issue.expected-number',
  int: 'config.issue.whole-number',
  boolean: 'config.issue.expected-yes-no',
  object: 'config.issue.expected-group',
  array: 'config.issue.expected-list',
};

/** Field-specific wording for format errors, by the last path segment. */
const FORMAT_KEYS: Record<string, string> = {
  installedAt: 'config.issue.instant',
  exportedAt: 'config.issue.instant',
  shopUrl: 'config.issue.url',
  host: 'config.issue.exact-host',
  homeCountry: 'config.issue.country',
};

function messageFor(issue: z.core.$ZodIssue, data: unknown): Message {
  const last = String(issue.path.at(-1) ?? '');
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(data, issue.path) === undefined) return msg('config.issue.missing');
      return msg(EXPECTED_KEYS[issue.expected] ?? 'config.issue.wrong-type');
    case 'too_small':
      if (issue.origin === 'string') return msg('config.issue.empty');
      if (issue.origin === 'number') return msg('config.issue.positive');
      return msg('config.issue.too-few', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return msg('config.issue.too-long', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return msg('config.issue.too-many', { max: Number(issue.maximum) });
      return msg('config.issue.too-big', { max: Number(issue.maximum) });
    case 'invalid_format':
      return msg(FORMAT_KEYS[last] ?? (issue.format === 'url' ? 'config.issue.url' : 'config.issue.format'));
    case 'invalid_value':
      return msg('config.issue.one-of', { options: issue.values.map(String).join(', ').slice(0, 500) });
    case 'unrecognized_keys':
      return msg('config.issue.unknown-keys', { keys: issue.keys.join(', ').slice(0, 500) });
    default:
      return msg('config.issue.invalid');
  }
}

/**
 * zod's issues as FieldIssues. `data` is the input that was parsed (to tell "missing" from "wrong
 * type"); `prefix` is prepended to every path. Values are never copied into the message.
 */
export function issuesFromZod(error: z.ZodError, data: unknown, prefix: readonly PathSegment[] = []): FieldIssue[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: pathToString([...prefix, ...issue.path]),
    message: messageFor(issue, data),
  }));
}
