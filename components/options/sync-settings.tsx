import { useEffect, useState } from 'react';
import type { SyncSettings } from '../../lib/sync/model';
import { Button, Section, SelectField } from './fields';
import { NoticeLine } from './notice-line';
import { useOptions, useT } from './options-context';
import type { Notice } from './use-connection-form';

/** Choices rather than free numbers: each is a sensible load on the shop's and the accounting system's limits. */
const INTERVALS = [15, 30, 60, 180, 720] as const;
const WINDOWS = [7, 14, 30, 60] as const;

/** How often the background compares recent orders with the accounting system, and how far back. */
export function SyncSettingsSection() {
  const { send } = useOptions();
  const t = useT();
  const [settings, setSettings] = useState<SyncSettings | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    void send('sync.settings').then((answer) => {
      if (answer.ok) setSettings(answer.settings);
    });
  }, [send]);

  if (!settings) return null;
  const save = async () => {
    const answer = await send('sync.saveSettings', settings);
    setNotice(answer.ok ? { tone: 'ok', message: { key: 'options.sync.saved' } } : { tone: 'error', message: answer.error });
  };
  const withCurrent = <T extends number>(choices: readonly T[], current: number) => [...new Set([...choices, current])].sort((a, b) => a - b);
  return (
    <Section title={t('options.section.sync')} testId="section-sync">
      <p className="mb-3 text-sm text-slate-600">{t('options.sync.explained')}</p>
      <SelectField
        testId="field-sync-interval"
        label={t('options.sync.interval')}
        value={String(settings.intervalMinutes)}
        options={withCurrent(INTERVALS, settings.intervalMinutes).map((minutes) => ({ value: String(minutes), label: t('options.sync.every-minutes', { minutes }) }))}
        onChange={(value) => setSettings({ ...settings, intervalMinutes: Number(value) })}
      />
      <SelectField
        testId="field-sync-window"
        label={t('options.sync.window')}
        value={String(settings.windowDays)}
        options={withCurrent(WINDOWS, settings.windowDays).map((days) => ({ value: String(days), label: t('options.sync.last-days', { days }) }))}
        onChange={(value) => setSettings({ ...settings, windowDays: Number(value) })}
      />
      <Button testId="save-sync-settings" onClick={() => void save()}>
        {t('options.sync.save')}
      </Button>
      {notice && (
        <div className="mt-2">
          <NoticeLine notice={notice} testId="sync-notice" />
        </div>
      )}
    </Section>
  );
}
