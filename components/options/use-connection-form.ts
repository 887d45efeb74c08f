import { useState } from 'react';
import type { Message } from '../../lib/i18n/message';
import type { ConnectionEntry, PlatformInfo } from '../../lib/messaging/protocol';
import { formFromProfile, type FormState } from './form-state';
import { useOptions } from './options-context';
import { errorsFromIssues, validateForm, type FieldErrors } from './validate-form';

export interface Notice {
  tone: 'ok' | 'warn' | 'error';
  message: Message;
  /** A second sentence, e.g. why the new token could not be tried. */
  also?: Message | undefined;
  detail?: string | undefined;
}

/**
 * The connection form's state and actions. Save validates first (errors next to the fields), then
 * sends `connections.save`; Connect saves, then runs `accounting.connect` in the background.
 */
export function useConnectionForm(initial: FormState, initialEntry: ConnectionEntry | null, platforms: PlatformInfo[], onSaved: (entry: ConnectionEntry) => void) {
  const { send } = useOptions();
  const [form, setForm] = useState(initial);
  const [entry, setEntry] = useState(initialEntry);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const platform = platforms.find((p) => p.platform === form.platform);

  const set = (patch: Partial<FormState>) => setForm((current) => ({ ...current, ...patch }));

  /** Stored state changed: keep what the merchant typed, forget the secrets (they are written). */
  const adopt = (next: ConnectionEntry, division?: boolean) => {
    setEntry(next);
    setForm((current) => ({
      ...current,
      shopCredentials: {},
      clientId: '',
      clientSecret: '',
      ...(division ? { division: formFromProfile(next.profile).division } : {}),
    }));
    onSaved(next);
  };

  const save = async (): Promise<ConnectionEntry | null> => {
    const checked = validateForm(form, platform);
    if (!checked.ok) {
      setErrors(checked.errors);
      setNotice({ tone: 'error', message: { key: 'options.form.fix-fields' } });
      return null;
    }
    setErrors({});
    const answer = await send('connections.save', checked.request);
    if (!answer.ok) {
      setErrors(errorsFromIssues(answer.issues ?? []));
      setNotice({ tone: 'error', message: answer.error, detail: answer.failure?.detail });
      return null;
    }
    adopt(answer.entry);
    const warning = answer.warning;
    setNotice(
      warning
        ? { tone: 'warn', message: { key: 'options.form.saved-untested' }, also: warning.error, detail: warning.failure?.detail }
        : { tone: 'ok', message: { key: 'options.form.saved' } },
    );
    return answer.entry;
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const connect = () =>
    run(async () => {
      if (!(await save())) return;
      setNotice({ tone: 'ok', message: { key: 'options.accounting.connecting' } });
      const answer = await send('accounting.connect', { id: form.id });
      if (!answer.ok) return setNotice({ tone: 'error', message: answer.error, detail: answer.failure?.detail });
      adopt(answer.entry, true);
      setNotice({ tone: 'ok', message: { key: 'options.accounting.connected' } });
    });

  const refreshMasterData = () =>
    run(async () => {
      const answer = await send('accounting.refreshMasterData', { id: form.id });
      setNotice(answer.ok ? { tone: 'ok', message: { key: 'options.accounting.master-data-refreshed' } } : { tone: 'error', message: answer.error, detail: answer.failure?.detail });
    });

  return { form, set, entry, errors, notice, busy, platform, save: () => run(async () => void (await save())), connect, refreshMasterData };
}
