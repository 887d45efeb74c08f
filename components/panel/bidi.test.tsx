// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { msg } from '../../lib/i18n/message';
import { EvidenceList } from './evidence-list';
import { TextsProvider } from './i18n';

vi.mock('../../lib/i18n/catalog', async (importOriginal) => {
  const { withTestTexts } = await import('./test-catalog');
  return withTestTexts(await importOriginal<typeof import('../../lib/i18n/catalog')>());
});

afterEach(cleanup);

describe('shop text in the panel', () => {
  it('an evidence value with a right-to-left override is isolated in its own <bdi>', () => {
    const spoof = '\u202Egpj.exe\u202C SKU-1';
    const { container } = render(
      <TextsProvider lang="en">
        <EvidenceList evidence={[{ label: msg('test.label'), value: spoof }]} />
      </TextsProvider>,
    );
    const cell = [...container.querySelectorAll('bdi')].find((node) => node.textContent === spoof);
    expect(cell?.tagName).toBe('BDI');
  });
});
