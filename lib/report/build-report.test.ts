import { describe, expect, it, vi } from 'vitest';
import { failingDiagnosis, importedDiagnosis } from '../../components/panel/test-fixtures';
import { DiagnosisSchema } from '../messaging/schemas';
import { buildReport } from './build-report';

vi.mock('../i18n/catalog', async (importOriginal) => {
  const { withTestTexts } = await import('../../components/panel/test-catalog');
  return withTestTexts(await importOriginal<typeof import('../i18n/catalog')>());
});

describe('buildReport', () => {
  it('writes a support-ready English report', () => {
    const lines = buildReport(failingDiagnosis(), 'en').split('\n');
    expect(lines.slice(0, 10)).toEqual([
      'import-doctor report',
      'Checked at: 2025-05-02T08:15:00.000Z',
      'Connection: Demo store',
      'Platform: Shopify',
      'Order: 1001',
      'Order id: 5551234',
      'Order date: 2025-05-01T09:30:00+02:00',
      'Order status: PENDING',
      'Order total: 121.00 EUR',
      'Verdict: Will not import: Order status',
    ]);
    expect(lines).toContain('1. Recently installed — OK: Nothing wrong here.');
    const three = lines.indexOf('3. Order status — Problem: The order is pending; the connector imports from paid.');
    expect(lines.slice(three, three + 4)).toEqual([
      '3. Order status — Problem: The order is pending; the connector imports from paid.',
      '   Order status: PENDING',
      '   Connector imports from: PAID',
      '   What to do: Mark the order as paid, or lower the status threshold in the connector.',
    ]);
    const four = lines.findIndex((line) => line.startsWith('4. '));
    expect(lines.slice(four, four + 3)).toEqual([
      '4. VAT codes and GL accounts — Could not check: Exact Online had a server error.',
      '   Failed call: Exact GET vat/VATCodes',
      '   Technical detail: server · Exact GET vat/VATCodes · HTTP 500 · Internal Server Error',
    ]);
    expect(lines.at(-1)).toBe('8. Articles linked to the warehouse — Not applicable: Only for the Handel edition.');
  });

  it('writes the same report in Dutch', () => {
    const lines = buildReport(failingDiagnosis(), 'nl').split('\n');
    expect(lines[0]).toBe('import-doctor-rapport');
    expect(lines).toContain('Koppeling: Demo store');
    expect(lines).toContain('Conclusie: Wordt niet geïmporteerd: Bestelstatus');
    expect(lines).toContain('3. Bestelstatus — Probleem: De bestelling is pending; de koppeling importeert vanaf paid.');
    expect(lines).toContain('   Wat kunt u doen: Zet de bestelling op betaald, of verlaag de statusdrempel in de koppeling.');
    expect(lines).toContain('   Technische details: server · Exact GET vat/VATCodes · HTTP 500 · Internal Server Error');
  });

  it('names the document of an already imported order', () => {
    const report = buildReport(importedDiagnosis(), 'en');
    expect(report).toContain('Verdict: Already imported as sales invoice 20240012');
    expect(buildReport(importedDiagnosis(), 'nl')).toContain('Conclusie: Al geïmporteerd als verkoopfactuur 20240012');
  });

  it('lists a check without a result as not checked, and an unread order by its id', () => {
    const full = failingDiagnosis();
    const partial = DiagnosisSchema.parse({ ...full, order: null, results: full.results.filter((r) => r.id !== 2) });
    const lines = buildReport(partial, 'en').split('\n');
    expect(lines).toContain('2. Shop URL or API key changed — Not checked');
    expect(lines).toContain('Order: 5551234');
    expect(lines.some((line) => line.startsWith('Order status:'))).toBe(false);
  });

  it('masks anything that looks like a credential, even inside a failure detail', () => {
    const full = failingDiagnosis();
    const leaky = DiagnosisSchema.parse({
      ...full,
      results: full.results.map((r) =>
        r.failure ? { ...r, failure: { ...r.failure, detail: 'sent Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc and shpat_0123456789abcdef0123456789abcdef' } } : r,
      ),
    });
    const report = buildReport(leaky, 'en');
    expect(report).not.toContain('eyJhbGciOiJIUzI1NiJ9');
    expect(report).not.toContain('0123456789abcdef');
    expect(report).toContain('Bearer [redacted]');
    expect(report).toContain('shpat_[redacted]');
  });
});
