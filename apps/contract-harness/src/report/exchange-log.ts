import type { Violation } from '../validation/violation';

/** One request and its answer, as the report shows them: secrets redacted, no bodies. */
export interface ExchangeRecord {
  id: number;
  startedAt: string;
  durationMs: number;
  /** `null` when the request names no operation of the document. */
  operationId: string | null;
  request: {
    method: string;
    path: string;
    query: Record<string, string | string[]>;
    headers: Record<string, string | string[]>;
    bodyBytes: number;
  };
  response: {
    status: number;
    /** `harness` when the harness answered itself: an unknown route, a limit, a failure. */
    answeredBy: 'upstream' | 'harness';
    headers: Record<string, string | string[]>;
    bodyBytes: number;
  };
  violations: Violation[];
}

export interface RuleCount {
  side: Violation['side'];
  rule: string;
  count: number;
}

/** What `GET /__harness/report` answers. */
export interface HarnessReport {
  upstream: string;
  strict: boolean;
  totals: {
    exchanges: number;
    violatingExchanges: number;
    violations: number;
    byRule: RuleCount[];
  };
  exchanges: ExchangeRecord[];
  /** Exchanges counted in the totals but not kept, once `maxExchanges` were recorded. */
  omittedExchanges: number;
}

/**
 * Every exchange of the run. The totals count all of them; the records themselves stop at a
 * limit, so that a long benchmark or a soak run cannot exhaust the harness's memory.
 */
export class ExchangeLog {
  private readonly records: ExchangeRecord[] = [];
  private readonly byId = new Map<number, ExchangeRecord>();
  private readonly ruleCounts = new Map<string, RuleCount>();
  private lastId = 0;
  private exchanges = 0;
  private violatingExchanges = 0;
  private violations = 0;

  constructor(private readonly maxExchanges: number) {}

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  add(record: ExchangeRecord): void {
    this.exchanges += 1;
    this.violations += record.violations.length;
    if (record.violations.length > 0) this.violatingExchanges += 1;

    for (const { side, rule } of record.violations) {
      const key = `${side}:${rule}`;
      const counted = this.ruleCounts.get(key) ?? { side, rule, count: 0 };
      counted.count += 1;
      this.ruleCounts.set(key, counted);
    }

    if (this.records.length < this.maxExchanges) {
      this.records.push(record);
      this.byId.set(record.id, record);
    }
  }

  get(id: number): ExchangeRecord | undefined {
    return this.byId.get(id);
  }

  all(): readonly ExchangeRecord[] {
    return this.records;
  }

  report(upstream: string, strict: boolean): HarnessReport {
    return {
      upstream,
      strict,
      totals: {
        exchanges: this.exchanges,
        violatingExchanges: this.violatingExchanges,
        violations: this.violations,
        byRule: [...this.ruleCounts.values()].sort((a, b) => b.count - a.count),
      },
      exchanges: [...this.records],
      omittedExchanges: this.exchanges - this.records.length,
    };
  }
}
