import { BUCKET_MAXIMUM, BUCKET_RESTORE_PER_SECOND } from './facts';

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/**
 * Shopify's leaky bucket of query points for one app + store: a query reserves its requested
 * cost up front (refused when the bucket holds less), the unused part is refunded after it ran,
 * and points flow back at `restoreRate` per second.
 */
export class LeakyBucket {
  private available: number;
  private updatedAt: number;

  constructor(
    private readonly now: () => number,
    readonly maximum = BUCKET_MAXIMUM,
    readonly restoreRate = BUCKET_RESTORE_PER_SECOND,
  ) {
    this.available = maximum;
    this.updatedAt = now();
  }

  private refill(): void {
    const t = this.now();
    this.available = Math.min(this.maximum, this.available + ((t - this.updatedAt) / 1000) * this.restoreRate);
    this.updatedAt = t;
  }

  /** Takes `cost` points when the bucket holds them; false (nothing taken) otherwise. */
  take(cost: number): boolean {
    this.refill();
    if (cost > this.available) return false;
    this.available -= cost;
    return true;
  }

  refund(points: number): void {
    this.refill();
    this.available = Math.min(this.maximum, this.available + points);
  }

  /** Empties the bucket (tests and fault scenarios). */
  drain(): void {
    this.refill();
    this.available = 0;
  }

  status(): ThrottleStatus {
    this.refill();
    return {
      maximumAvailable: this.maximum,
      currentlyAvailable: Math.floor(this.available),
      restoreRate: this.restoreRate,
    };
  }
}
