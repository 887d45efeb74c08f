import { useT } from './options-context';
import type { Notice } from './use-connection-form';

const tones = { ok: 'text-green-700', warn: 'text-amber-700', error: 'text-red-700' } as const;

/** A one-line outcome; the technical detail (never a secret) one click away. */
export function NoticeLine({ notice, testId }: { notice: Notice; testId: string }) {
  const t = useT();
  return (
    <div data-testid={testId} data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'} className={`text-sm ${tones[notice.tone]}`}>
      {t(notice.message)}
      {notice.also && ` ${t(notice.also)}`}
      {notice.detail && (
        <details className="mt-1 text-xs text-slate-600">
          <summary className="cursor-pointer">{t('options.technical-detail')}</summary>
          {notice.detail}
        </details>
      )}
    </div>
  );
}
