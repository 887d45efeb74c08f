import {
  BLOCK_ESCALATION_FACTOR,
  BLOCK_FIRST_MS,
  COUNTED_ERROR_STATUSES,
  ERROR_BUDGET_LIMIT,
  ERROR_BUDGET_WINDOW_MS,
} from './facts';

/**
 * Exact's error budget (facts.ts): counted errors per app, user, division and endpoint in a rolling
 * hour; the answer after the limit is exceeded starts a block, and a key blocked again is blocked
 * longer. Kept apart from the minutely/daily budget because it counts refusals, not calls.
 */
export interface ErrorBudgetKey {
  clientId: string;
  userId: string;
  division: number;
  /** The endpoint as in the URL after the division, e.g. `vat/VATCodes` (compared case-insensitively). */
  endpoint: string;
}

interface Entry {
  errors: number[];
  blockedUntil: number;
  blocks: number;
}

const keyOf = (key: ErrorBudgetKey): string => `${key.clientId}|${key.userId}|${key.division}|${key.endpoint.toLowerCase()}`;

export class ExactErrorBudget {
  private entries = new Map<string, Entry>();

  constructor(private readonly now: () => number) {}

  reset(): void {
    this.entries.clear();
  }

  private entry(key: ErrorBudgetKey): Entry {
    const id = keyOf(key);
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { errors: [], blockedUntil: 0, blocks: 0 };
      this.entries.set(id, entry);
    }
    return entry;
  }

  /** Epoch ms until which this key is blocked, or null when it may call. */
  blockedUntil(key: ErrorBudgetKey): number | null {
    const until = this.entries.get(keyOf(key))?.blockedUntil ?? 0;
    return until > this.now() ? until : null;
  }

  /**
   * Counts an answer. Whether the 10th or the 11th error starts the block is (unconfirmed): here
   * the 10th (ERROR_BUDGET_LIMIT), the stricter reading.
   */
  record(key: ErrorBudgetKey, status: number): void {
    if (!COUNTED_ERROR_STATUSES.includes(status)) return;
    const now = this.now();
    const entry = this.entry(key);
    entry.errors = entry.errors.filter((at) => at > now - ERROR_BUDGET_WINDOW_MS);
    entry.errors.push(now);
    if (entry.errors.length >= ERROR_BUDGET_LIMIT) {
      entry.blockedUntil = now + BLOCK_FIRST_MS * BLOCK_ESCALATION_FACTOR ** entry.blocks;
      entry.blocks += 1;
      entry.errors = [];
    }
  }

  /** Counted errors in the current window (for tests). */
  errorsInWindow(key: ErrorBudgetKey): number {
    const now = this.now();
    return (this.entries.get(keyOf(key))?.errors ?? []).filter((at) => at > now - ERROR_BUDGET_WINDOW_MS).length;
  }
}
