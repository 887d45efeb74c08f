import type { ReactNode } from 'react';
import type { Message } from '../../lib/i18n/message';
import { useT } from './options-context';

/**
 * Labelled inputs with their error right below, tied together for screen readers
 * (aria-invalid, aria-describedby). `testId` is the stable e2e hook and the element id.
 */
interface Base {
  testId: string;
  label: string;
  error?: Message | undefined;
  hint?: string | undefined;
}

const inputClass = 'mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600';

function Described({ testId, error, hint }: Omit<Base, 'label'>) {
  const t = useT();
  return (
    <>
      {hint && (
        <p id={`${testId}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${testId}-error`} data-testid={`error-${testId}`} className="mt-1 text-xs font-medium text-red-700">
          {t(error)}
        </p>
      )}
    </>
  );
}

function aria({ testId, error, hint }: Omit<Base, 'label'>) {
  const described = [hint ? `${testId}-hint` : '', error ? `${testId}-error` : ''].filter(Boolean).join(' ');
  return { id: testId, 'data-testid': testId, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined };
}

export function TextField(props: Base & { value: string; onChange(value: string): void; type?: string; placeholder?: string; autoComplete?: string }) {
  const { label, value, onChange, type = 'text', placeholder, autoComplete = 'off' } = props;
  return (
    <div className="mb-3">
      <label htmlFor={props.testId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input {...aria(props)} className={inputClass} type={type} value={value} placeholder={placeholder} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
      <Described {...props} />
    </div>
  );
}

export function SelectField(props: Base & { value: string; options: readonly { value: string; label: string }[]; onChange(value: string): void }) {
  return (
    <div className="mb-3">
      <label htmlFor={props.testId} className="block text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <select {...aria(props)} className={inputClass} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Described {...props} />
    </div>
  );
}

export function CheckboxField(props: Base & { checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div className="mb-3">
      <label htmlFor={props.testId} className="flex items-center gap-2 text-sm text-slate-800">
        <input {...aria(props)} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
        {props.label}
      </label>
      <Described {...props} />
    </div>
  );
}

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <fieldset data-testid={testId} className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}

export function Button(props: { testId: string; onClick(): void; children: ReactNode; disabled?: boolean; kind?: 'primary' | 'plain' | 'danger' }) {
  const kind = props.kind ?? 'plain';
  const look = {
    primary: 'bg-blue-700 text-white hover:bg-blue-800',
    plain: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50',
    danger: 'bg-red-700 text-white hover:bg-red-800',
  }[kind];
  return (
    <button type="button" data-testid={props.testId} disabled={props.disabled} onClick={props.onClick} className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-50 ${look}`}>
      {props.children}
    </button>
  );
}
