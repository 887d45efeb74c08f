// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ORDER, earlyResults, failingDiagnosis, importedDiagnosis, serverFailure } from './test-fixtures';
import { renderPanel, row, rows, statusArea } from './test-render';

vi.mock('../../lib/i18n/catalog', async (importOriginal) => {
  const { withTestTexts } = await import('./test-catalog');
  return withTestTexts(await importOriginal<typeof import('../../lib/i18n/catalog')>());
});

afterEach(cleanup);

describe('DiagnosisPanel: a run', () => {
  it('shows live progress, then the verdict and the eight checks in order', () => {
    const { last } = renderPanel();
    expect(screen.getByTestId('panel-order-id').textContent).toBe(ORDER.orderId);
    fireEvent.click(screen.getByTestId('check-import'));
    expect(last().request).toEqual({ type: 'diagnose', orderId: ORDER.orderId, fresh: false });
    expect(rows().map((r) => r.dataset.outcome)).toEqual(Array(8).fill('pending'));
    expect(screen.getByTestId('check-import').getAttribute('aria-disabled')).toBe('true');

    act(() => last().emit({ type: 'progress', stage: 'reading-accounting', done: earlyResults() }));
    expect(rows().map((r) => r.dataset.outcome)).toEqual(['pass', 'pending', 'fail', 'pending', 'pending', 'pass', 'pending', 'pending']);
    expect(statusArea().textContent).toContain('Reading Exact Online…');

    act(() => last().emit({ type: 'result', diagnosis: failingDiagnosis() }));
    const verdict = document.querySelector<HTMLElement>('[data-verdict]');
    expect(verdict?.dataset.verdict).toBe('will-not-import');
    expect(verdict?.getAttribute('role')).toBe('status');
    expect(verdict?.getAttribute('aria-live')).toBe('polite');
    expect(verdict?.textContent).toContain('Will not import: Order status');
    expect(screen.getByRole('list').getAttribute('role')).toBe('list');
    expect(rows().map((r) => [r.dataset.check, r.dataset.outcome])).toEqual([
      ['1', 'pass'], ['2', 'pass'], ['3', 'fail'], ['4', 'error'], ['5', 'pass'], ['6', 'pass'], ['7', 'fail'], ['8', 'not-applicable'],
    ]);
    expect(within(row(3)).getByText('3. Order status')).toBeTruthy();
    expect(within(row(3)).getByTestId('outcome-label').textContent).toBe('Problem');
    expect(screen.getByTestId('checked-at').textContent).toContain('Demo store');
    expect(last().disposed).toBe(true);
  });

  it('opens the first failing check and keeps the others closed', () => {
    const { last } = renderPanel();
    fireEvent.click(screen.getByTestId('check-import'));
    act(() => last().emit({ type: 'result', diagnosis: failingDiagnosis() }));
    const first = within(row(3)).getAllByRole('button')[0];
    expect(first?.getAttribute('aria-expanded')).toBe('true');
    expect(within(row(3)).getByTestId('fix').textContent).toContain('Mark the order as paid');
    expect(within(row(3)).getByText('PENDING')).toBeTruthy();
    expect(within(row(7)).getAllByRole('button')[0]?.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows why no check was possible, with the technical detail and Try again', () => {
    const { last, runs } = renderPanel();
    fireEvent.click(screen.getByTestId('check-import'));
    act(() => last().emit({ type: 'unavailable', reason: { key: 'panel.no-connection' }, failure: serverFailure }));
    expect(statusArea().textContent).toContain('import-doctor has no connection for this shop yet. Open the options to set one up.');
    expect(screen.getByTestId('technical-detail')).toBeTruthy();
    expect(document.querySelectorAll('[data-check]')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('try-again'));
    expect(runs).toHaveLength(2);
    expect(last().request.fresh).toBe(true);
    expect(rows()).toHaveLength(8);
  });

  it('"Check again" asks for a fresh diagnosis', () => {
    const { last, runs } = renderPanel();
    fireEvent.click(screen.getByTestId('check-import'));
    act(() => last().emit({ type: 'result', diagnosis: failingDiagnosis() }));
    fireEvent.click(screen.getByTestId('check-again'));
    expect(runs.map((r) => r.request.fresh)).toEqual([false, true]);
    expect(document.querySelector('[data-verdict]')).toBeNull();
    act(() => last().emit({ type: 'result', diagnosis: importedDiagnosis() }));
    expect(document.querySelector('[data-verdict]')?.textContent).toContain('Already imported as sales invoice 20240012');
  });

});
