import { useEffect, useRef, useState } from 'react';
import type { Diagnosis } from '../../lib/messaging/schemas';
import { buildReport } from '../../lib/report/build-report';
import { copyText } from './copy-text';
import { useTexts } from './i18n';
import { Icon } from './icons';
import { buttonSecondary } from './styles';

type Feedback = 'idle' | 'copied' | 'failed';
const FEEDBACK_MS = 2500;

/** "Copy report": the support-ready text of this diagnosis, with a short "Copied" confirmation. */
export function CopyReportButton({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t, lang } = useTexts();
  const [feedback, setFeedback] = useState<Feedback>('idle');
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (feedback === 'idle') return;
    const timer = setTimeout(() => setFeedback('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  const copy = async () => {
    const copied = await copyText(buildReport(diagnosis, lang), button.current);
    setFeedback(copied ? 'copied' : 'failed');
  };

  // The confirmation shows in the button itself; an sr-only live region (out of the flex flow) says it aloud.
  const said = feedback === 'copied' ? t('panel.copied') : feedback === 'failed' ? t('panel.copy-failed') : '';
  return (
    <>
      <button ref={button} type="button" data-testid="copy-report" className={buttonSecondary} onClick={() => void copy()}>
        <Icon name={feedback === 'copied' ? 'check' : 'copy'} className={`size-4 ${feedback === 'copied' ? 'text-emerald-800' : ''}`} />
        {said || t('panel.copy-report')}
      </button>
      <span aria-live="polite" data-testid="copy-feedback" className="sr-only">
        {said}
      </span>
    </>
  );
}
