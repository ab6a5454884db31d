import { Latencies } from './latency';

/** What one measured load produced: a latency per successful request, and what failed. */
export interface LoadOutcome {
  latencies: Latencies;
  errors: number;
  firstError?: string;
}

export type Request = () => Promise<unknown>;

/** Collects latencies (from the actual send) and failures as requests settle. */
export class LoadRecorder {
  readonly latencies = new Latencies();
  errors = 0;
  firstError?: string;

  track(request: Request): Promise<void> {
    const sentAt = performance.now();
    return request().then(
      () => this.latencies.record(performance.now() - sentAt),
      (err: unknown) => {
        this.errors++;
        this.firstError ??= err instanceof Error ? err.message : String(err);
      },
    );
  }

  outcome(): LoadOutcome {
    return { latencies: this.latencies, errors: this.errors, firstError: this.firstError };
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
