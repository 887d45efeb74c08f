import { useState } from 'react';
import type { FieldIssue } from '../../lib/config/issues';
import type { ImportedConnection } from '../../lib/messaging/protocol';
import { Button, Section } from './fields';
import { NoticeLine } from './notice-line';
import { useOptions, useT } from './options-context';
import type { Notice } from './use-connection-form';

/** Offers a text as a file download (the export). Injected in tests. */
export type Download = (fileName: string, text: string) => void;

export const downloadText: Download = (fileName, text) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** Export the configuration (no credentials) and import one: a file or pasted text. */
export function ConfigTransfer({ onImported, download = downloadText }: { onImported(imported: ImportedConnection[]): void; download?: Download }) {
  const { send } = useOptions();
  const t = useT();
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);

  const exportNow = async () => {
    const answer = await send('config.export');
    if (!answer.ok) return setNotice({ tone: 'error', message: answer.error });
    download(answer.fileName, answer.text);
    setNotice({ tone: 'ok', message: { key: 'options.config.exported', params: { count: answer.count } } });
  };
  const importNow = async () => {
    const answer = await send('config.import', { document: text });
    setIssues(answer.ok ? [] : (answer.issues ?? []));
    if (!answer.ok) return setNotice({ tone: 'error', message: answer.error });
    setNotice({ tone: 'ok', message: { key: 'options.config.imported', params: { count: answer.imported.length, labels: answer.imported.map((c) => c.label).join(', ') } } });
    onImported(answer.imported);
  };
  const readFile = async (file: File | undefined) => {
    if (file) setText(await file.text());
  };

  return (
    <Section title={t('options.section.config')} testId="section-config">
      <p className="mb-3 text-sm text-slate-600">{t('options.config.explained')}</p>
      <Button testId="export-config" onClick={() => void exportNow()}>
        {t('options.config.export')}
      </Button>
      <div className="mt-4">
        <label htmlFor="import-file" className="block text-sm font-medium">
          {t('options.config.import-file')}
        </label>
        <input id="import-file" data-testid="import-file" type="file" accept="application/json,.json" className="mt-1 text-sm" onChange={(e) => void readFile(e.target.files?.[0])} />
        <label htmlFor="import-text" className="mt-3 block text-sm font-medium">
          {t('options.config.import-text')}
        </label>
        <textarea id="import-text" data-testid="import-text" rows={6} value={text} onChange={(e) => setText(e.target.value)} className="mt-1 block w-full rounded border border-slate-300 p-2 font-mono text-xs" />
        <div className="mt-2">
          <Button testId="import-submit" onClick={() => void importNow()} disabled={text.trim() === ''}>
            {t('options.config.import')}
          </Button>
        </div>
      </div>
      <div data-testid="import-result" className="mt-3">
        {notice && <NoticeLine notice={notice} testId="config-notice" />}
        {issues.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-sm text-red-700">
            {issues.map((issue, index) => (
              <li key={index} data-testid="import-issue">
                {issue.path === '' ? t(issue.message) : `${issue.path}: ${t(issue.message)}`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}
