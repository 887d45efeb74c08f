/**
 * The popup's class lists: the panel's look (colours, focus ring), a size smaller for a 380 px
 * wide popup. Text colours keep ≥ 4.5:1 on white and on their tinted boxes.
 */
export const focusRing = 'outline-none focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:ring-blue-700';

export const buttonPrimary = `inline-flex items-center justify-center gap-1.5 rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 ${focusRing}`;
export const buttonSecondary = `inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md border border-slate-400 bg-white px-2.5 py-1 text-[13px] font-semibold text-slate-900 hover:bg-slate-100 aria-disabled:cursor-default aria-disabled:border-slate-300 aria-disabled:text-slate-600 aria-disabled:hover:bg-white ${focusRing}`;
export const buttonQuiet = `inline-flex items-center gap-1 rounded px-1 py-0.5 text-[13px] font-medium text-slate-700 underline-offset-2 hover:text-slate-900 hover:underline ${focusRing}`;

/** Per class: the count's colour when it is not zero (zero is always slate). */
export const CLASS_TEXT = {
  imported: 'text-emerald-800',
  missing: 'text-red-700',
  waiting: 'text-sky-800',
  'before-install': 'text-slate-700',
  'cannot-tell': 'text-amber-800',
} as const;
