// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildReport } from '../../lib/report/build-report';
import { failingDiagnosis, serverFailure } from './test-fixtures';
import { renderPanel, row } from './test-render';

vi.mock('../../lib/i18n/catalog', async (importOriginal) => {
  const { withTestTexts } = await import('./test-catalog');
  return withTestTexts(await importOriginal<typeof import('../../lib/i18n/catalog')>());
});

afterEach(cleanup);

describe('DiagnosisPanel: controls', () => {
  it('toggles a disclosure from the keyboard: a focusable real button wired to its region', () => {
    const { last } = renderPanel();
    fireEvent.click(screen.getByTestId('check-import'));
    act(() => last().emit({ type: 'result', diagnosis: failingDiagnosis() }));
    const toggle = within(row(4)).getAllByRole('button')[0];
    if (!toggle) throw new Error('no disclosure');
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('type')).toBe('button');
    const region = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(region?.hidden).toBe(true);

    toggle.focus();
    expect(document.activeElement).toBe(toggle);
    // A browser turns Enter/Space on a focused <button> into a click; happy-dom does not, so do it here.
    fireEvent.keyDown(toggle, { key: 'Enter' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(region?.hidden).toBe(false);

    const technical = within(row(4)).getByTestId('technical-detail');
    expect(technical.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(technical);
    const detail = document.getElementById(technical.getAttribute('aria-controls') ?? '');
    expect(detail?.hidden).toBe(false);
    expect(detail?.textContent).toContain(serverFailure.call);
    expect(detail?.textContent).toContain('500');
    expect(detail?.textContent).toContain('Internal Server Error');

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(region?.hidden).toBe(true);
  });

  it('copies the report to the clipboard and says so', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { last } = renderPanel();
    fireEvent.click(screen.getByTestId('check-import'));
    const diagnosis = failingDiagnosis();
    act(() => last().emit({ type: 'result', diagnosis }));
    await act(async () => {
      fireEvent.click(screen.getByTestId('copy-report'));
    });
    expect(writeText).toHaveBeenCalledWith(buildReport(diagnosis, 'en'));
    expect(screen.getByTestId('copy-feedback').textContent).toBe('Copied');
  });

  it('falls back to execCommand when the clipboard API is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('blocked')) }, configurable: true });
    const copied: string[] = [];
    const execCommand = vi.fn((command: string) => {
      const area = document.querySelector('textarea');
      if (command === 'copy' && area) copied.push(area.value);
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const { last } = renderPanel();
    fireEvent.click(screen.getByTestId('check-import'));
    act(() => last().emit({ type: 'result', diagnosis: failingDiagnosis() }));
    await act(async () => {
      fireEvent.click(screen.getByTestId('copy-report'));
    });
    expect(copied).toEqual([buildReport(failingDiagnosis(), 'en')]);
    expect(document.querySelector('textarea')).toBeNull();
    expect(screen.getByTestId('copy-feedback').textContent).toBe('Copied');
  });

  it('speaks Dutch when the browser does', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('nl-NL');
    const { last } = renderPanel();
    expect(screen.getByRole('heading').textContent).toBe('Waarom staat deze order niet in Exact?');
    fireEvent.click(screen.getByText('Import controleren'));
    act(() => last().emit({ type: 'result', diagnosis: failingDiagnosis() }));
    expect(document.querySelector('[data-verdict]')?.textContent).toContain('Wordt niet geïmporteerd: Bestelstatus');
    expect(within(row(3)).getByTestId('outcome-label').textContent).toBe('Probleem');
    expect(within(row(3)).getByTestId('fix').textContent).toContain('Wat kunt u doen');
    expect(screen.getByTestId('check-again').textContent).toBe('Opnieuw controleren');
    expect(screen.getByTestId('copy-report').textContent).toBe('Rapport kopiëren');
  });

  it('collapses to a pill and back, moving focus along', () => {
    renderPanel();
    const minimise = screen.getByTestId('panel-minimise');
    fireEvent.click(minimise);
    const pill = screen.getByTestId('panel-pill');
    expect(screen.getByTestId('panel').hidden).toBe(true);
    expect(pill.hidden).toBe(false);
    expect(document.activeElement).toBe(pill);
    fireEvent.click(pill);
    expect(screen.getByTestId('panel').hidden).toBe(false);
    expect(document.activeElement).toBe(minimise);
  });
});
