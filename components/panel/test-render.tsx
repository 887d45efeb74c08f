/** Test-only: renders the panel with a fake transport, and finds its parts. */
import { render, screen } from '@testing-library/react';
import { DiagnosisPanel } from './diagnosis-panel';
import { ORDER, fakeTransport } from './test-fixtures';

export function renderPanel() {
  const fake = fakeTransport();
  // happy-dom's synthetic clicks are never trusted; the guard itself is tested on its own.
  const view = render(<DiagnosisPanel order={ORDER} transport={fake.transport} isUserGesture={() => true} />);
  return { ...fake, view };
}

export const rows = () => screen.getAllByRole('listitem');

export function row(id: number): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-check="${id}"]`);
  if (!found) throw new Error(`row ${id} missing`);
  return found;
}

export const statusArea = () => screen.getByRole('status');
