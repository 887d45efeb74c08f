import type { z } from 'zod';
import { failureMessage } from '../../checks/support/from-failure';
import { issuesFromZod } from '../../config/issues';
import { msg } from '../../i18n/message';
import { classifySender, type SenderLike } from '../../messaging/guard';
import type { Refusal } from '../../messaging/protocol';
import type { Failure } from '../../model/fetched';
import type { SettingsDeps } from './deps';

/** A settings handler: payload and sender as the browser delivered them, an answer, never a throw. */
export type Handler<R> = (payload: unknown, sender: SenderLike) => Promise<R>;

export const refusal = (key: string, extra: Omit<Refusal, 'ok' | 'error'> = {}, params?: Record<string, string | number>): Refusal => ({
  ok: false,
  error: msg(key, params),
  ...extra,
});

/** The merchant sentence for a failed call, e.g. "<platform> refused the stored credentials." */
export function failureRefusal(failure: Failure, sideName: string): Refusal {
  return { ok: false, error: failureMessage(failure, sideName), failure };
}

/**
 * Wraps a handler: only extension pages of this extension get through (content scripts never reach
 * settings, whatever they send), then the payload must parse with its schema, then the work runs;
 * anything it throws becomes a Refusal. `run` sees only the parsed payload.
 */
export function guarded<S extends z.ZodType, R>(
  deps: Pick<SettingsDeps, 'ownId' | 'ownOrigin'>,
  schema: S,
  run: (payload: z.output<S>) => Promise<R | Refusal>,
): Handler<R | Refusal> {
  return async (payload, sender) => {
    try {
      if (classifySender(sender ?? {}, deps.ownId, deps.ownOrigin).kind !== 'extension-page') return refusal('options.error.refused');
      const parsed = schema.safeParse(payload);
      if (!parsed.success) return refusal('options.error.invalid-request', { issues: issuesFromZod(parsed.error, payload) });
      return await run(parsed.data);
    } catch (error) {
      // Secret-free by contract: ApiError details, zod issues (no input values) and Dexie errors.
      console.warn('[import-doctor] settings handler failed', error);
      return refusal('options.error.internal');
    }
  };
}
