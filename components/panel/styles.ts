/**
 * Shared class lists. Sizes are px-based (see panel.css): the page's own <html> font size must not
 * scale the panel. No gradients: Tailwind's @property rules for them end up in the page.
 */
import type { Outcome, Verdict } from '../../lib/checks/types';
import type { IconName } from './icons';

const focusRing = 'outline-none focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:ring-blue-700';

export const buttonPrimary = `inline-flex items-center gap-2 rounded-md bg-blue-700 px-3 py-2 text-sm font-semibold text-white hover:bg-blue-800 aria-disabled:cursor-wait aria-disabled:bg-blue-800 ${focusRing}`;
export const buttonSecondary = `inline-flex items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 ${focusRing}`;
export const buttonQuiet = `inline-flex items-center gap-1 rounded text-sm font-medium text-slate-700 underline-offset-2 hover:underline ${focusRing}`;
export const iconButton = `inline-flex size-8 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 ${focusRing}`;
export const disclosureButton = `w-full rounded-md text-left hover:bg-slate-50 ${focusRing}`;

export interface Look {
  icon: IconName;
  /** Text colour for the label and icon, ≥ 4.5:1 on white. */
  text: string;
  /** Box for the prominent "what to do" and the verdict banner. */
  box: string;
}

export const OUTCOME_LOOK: Record<Outcome | 'pending' | 'missing', Look> = {
  pass: { icon: 'check', text: 'text-emerald-800', box: 'border-emerald-700 bg-emerald-50 text-emerald-950' },
  fail: { icon: 'cross', text: 'text-red-800', box: 'border-red-700 bg-red-50 text-red-950' },
  warn: { icon: 'warning', text: 'text-amber-900', box: 'border-amber-600 bg-amber-50 text-amber-950' },
  'not-applicable': { icon: 'dash', text: 'text-slate-700', box: 'border-slate-400 bg-slate-50 text-slate-900' },
  error: { icon: 'question', text: 'text-violet-800', box: 'border-violet-700 bg-violet-50 text-violet-950' },
  pending: { icon: 'spinner', text: 'text-slate-700', box: 'border-slate-300 bg-white text-slate-900' },
  missing: { icon: 'dash', text: 'text-slate-700', box: 'border-slate-300 bg-white text-slate-900' },
};

export const VERDICT_LOOK: Record<Verdict['kind'], Look> = {
  'already-imported': { icon: 'check', text: 'text-emerald-800', box: 'border-emerald-700 bg-emerald-50 text-emerald-950' },
  'will-not-import': { icon: 'cross', text: 'text-red-800', box: 'border-red-700 bg-red-50 text-red-950' },
  'cannot-tell': { icon: 'question', text: 'text-amber-900', box: 'border-amber-600 bg-amber-50 text-amber-950' },
  'will-import': { icon: 'clock', text: 'text-sky-800', box: 'border-sky-700 bg-sky-50 text-sky-950' },
};
