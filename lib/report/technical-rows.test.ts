import { describe, expect, it } from 'vitest';
import { technicalRows } from './technical-rows';

const labels = { call: 'Call', status: 'Status', detail: 'Detail' };

describe('technicalRows', () => {
  it('names the call, its status and the provider\'s words, leaving out what is not known', () => {
    expect(technicalRows({ kind: 'server', side: 'accounting', call: 'Exact GET vat/VATCodes', httpStatus: 503, detail: 'busy' }, labels)).toEqual([
      ['Call', 'Exact GET vat/VATCodes'],
      ['Status', '503'],
      ['Detail', 'busy'],
    ]);
    expect(technicalRows({ kind: 'timeout', side: 'shop', call: 'Shopify order', httpStatus: null, detail: '' }, labels)).toEqual([['Call', 'Shopify order']]);
  });

  it('never shows a token that rode along in a provider message', () => {
    const rows = technicalRows({ kind: 'unauthorized', side: 'shop', call: 'Shopify order', httpStatus: 401, detail: 'bad token shpat_0123456789abcdef0123456789abcdef' }, labels);
    expect(rows.flat().join(' ')).not.toContain('shpat_0123456789abcdef');
  });
});
