// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiagnosisPanel } from './diagnosis-panel';
import { ORDER, fakeTransport } from './test-fixtures';

vi.mock('../../lib/i18n/catalog', async (importOriginal) => {
  const { withTestTexts } = await import('./test-catalog');
  return withTestTexts(await importOriginal<typeof import('../../lib/i18n/catalog')>());
});

afterEach(cleanup);

describe('DiagnosisPanel: only the merchant starts a check (P4)', () => {
  it('P4: a scripted click (isTrusted false) on "Check import" starts nothing', () => {
    const fake = fakeTransport();
    render(<DiagnosisPanel order={ORDER} transport={fake.transport} />);
    for (let i = 0; i < 20; i += 1) fireEvent.click(screen.getByTestId('check-import'));
    screen.getByTestId('check-import').click();
    expect(fake.runs).toHaveLength(0);
  });

  it('a click the browser vouches for starts one', () => {
    const fake = fakeTransport();
    render(<DiagnosisPanel order={ORDER} transport={fake.transport} isUserGesture={(event) => event.type === 'click'} />);
    fireEvent.click(screen.getByTestId('check-import'));
    expect(fake.runs).toHaveLength(1);
  });
});
