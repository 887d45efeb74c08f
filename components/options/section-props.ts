import type { ConnectionStatus, PlatformInfo } from '../../lib/messaging/protocol';
import type { FormState } from './form-state';
import type { FieldErrors } from './validate-form';

/** What each form section gets: the form, a way to change it, and the errors by field path. */
export interface SectionProps {
  form: FormState;
  set(patch: Partial<FormState>): void;
  errors: FieldErrors;
  platform: PlatformInfo | undefined;
  /** Null until the connection is saved once (tests and Connect need a stored connection). */
  status: ConnectionStatus | null;
}

/** `domesticHigh` → `domestic-high` (test ids). */
export const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
