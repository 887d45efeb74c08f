/**
 * Small inline icons. Always decorative (aria-hidden): the meaning is in the text beside them, and
 * each outcome has its own shape, so nothing depends on colour alone.
 */
import type { ReactNode } from 'react';

export type IconName = 'check' | 'cross' | 'warning' | 'dash' | 'question' | 'clock' | 'spinner' | 'chevron' | 'minus' | 'copy' | 'stethoscope';

const PATHS: Record<Exclude<IconName, 'spinner'>, ReactNode> = {
  check: <path d="M5 10.5l3.2 3.2L15 7" />,
  cross: <path d="M6 6l8 8M14 6l-8 8" />,
  warning: (
    <>
      <path d="M10 3l8 14H2z" />
      <path d="M10 8v4M10 14.5v.5" />
    </>
  ),
  dash: <path d="M5 10h10" />,
  question: (
    <>
      <circle cx="10" cy="10" r="8" />
      <path d="M7.8 7.8a2.3 2.3 0 1 1 3.2 2.1c-.7.3-1 .8-1 1.5v.4M10 14.6v.4" />
    </>
  ),
  clock: (
    <>
      <circle cx="10" cy="10" r="8" />
      <path d="M10 5.5V10l3 2" />
    </>
  ),
  chevron: <path d="M7 8l3 3 3-3" />,
  minus: <path d="M5 10h10" />,
  copy: (
    <>
      <rect x="7" y="7" width="10" height="10" rx="1.5" />
      <path d="M13 4H4.5A1.5 1.5 0 0 0 3 5.5V13" />
    </>
  ),
  stethoscope: (
    <>
      <path d="M5 3v5a4 4 0 0 0 8 0V3" />
      <path d="M9 12v1a4 4 0 0 0 8 0v-1" />
      <circle cx="17" cy="10" r="1.6" />
    </>
  ),
};

export function Icon({ name, className = '' }: { name: IconName; className?: string }) {
  if (name === 'spinner') {
    return (
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={`motion-safe:animate-spin ${className}`} fill="none">
        <circle cx="10" cy="10" r="7" stroke="currentColor" strokeOpacity="0.25" strokeWidth="2.5" />
        <path d="M17 10a7 7 0 0 0-7-7" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
    );
  }
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {PATHS[name]}
    </svg>
  );
}
