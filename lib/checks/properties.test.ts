/**
 * Property tests over arbitrary contexts: the engine never throws, always answers eight results in
 * the contract's shape, and never passes a check whose input could not be read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from './index';
import { checkContext } from './test-support/arbitraries';
import { textProblems } from './test-support/messages';
import { CHECK_IDS, CheckResultSchema, VerdictSchema, type CheckContext, type CheckId } from './types';
import { overallVerdict } from './verdict';

/** Whether an input the check needs to decide came back `{ ok: false }`. */
function neededInputFailed(ctx: CheckContext, id: CheckId): boolean {
  const { connector } = ctx.profile;
  const order = !ctx.order.ok;
  switch (id) {
    case 1:
    case 3:
    case 6:
      return order;
    case 2:
      return !ctx.shopCredentials.ok || !ctx.accountingCredentials.ok;
    case 4:
      return order || !ctx.vatCodes.ok || !ctx.glAccounts.ok;
    case 5:
      return connector.duplicateCheck && (order || !ctx.documents.ok);
    case 7:
      return connector.edition !== 'boekhouden' && (order || !ctx.items.ok);
    case 8:
      return (
        connector.edition === 'handel' &&
        (order || !ctx.items.ok || !ctx.itemWarehouses.ok || (!connector.warehouseModule && !ctx.warehouses.ok))
      );
  }
}

describe('runChecks over arbitrary inputs', () => {
  it('never throws and returns eight valid results with ids 1..8, all texts renderable', () => {
    fc.assert(
      fc.property(checkContext, (ctx) => {
        const results = runChecks(ctx);
        expect(results.map((r) => r.id)).toEqual([...CHECK_IDS]);
        for (const result of results) {
          expect(CheckResultSchema.safeParse(result).success).toBe(true);
          // No check may crash on valid input: runChecks would hide that as an internal error.
          expect(result.summary.key).not.toBe('check.error.internal');
          expect(textProblems(result)).toEqual([]);
        }
        expect(VerdictSchema.safeParse(overallVerdict(results)).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never passes a check whose needed input could not be read', () => {
    fc.assert(
      fc.property(checkContext, (ctx) => {
        for (const result of runChecks(ctx)) {
          if (neededInputFailed(ctx, result.id as CheckId)) expect(result.outcome).not.toBe('pass');
        }
        const status = runChecks(ctx)[2];
        if (ctx.status === null) expect(status?.outcome).not.toBe('pass');
      }),
      { numRuns: 400 },
    );
  });

  it('an error naming a failed call speaks that failure’s sentence', () => {
    fc.assert(
      fc.property(checkContext, (ctx) => {
        const results = runChecks(ctx);
        for (const result of results) {
          if (result.outcome === 'error' && result.failure) {
            expect(result.summary.key.startsWith('failure.')).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
