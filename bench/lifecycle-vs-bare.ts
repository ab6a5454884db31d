import type { Client, WorkflowHandle } from '@temporalio/client';
import { randomBytes } from 'crypto';
import { z } from 'zod';
import { IsoDate, type Fact } from '@cs/domain';
import { instrumentWorkflowId } from '@cs/contract';
import { commandOf, record, start, startHarness } from '../test/lifecycle/support/harness';
import { createTimeSkippingEnv, skipTo } from '../test/support/time-skipping';
import { append, startBare } from './bare/client';
import type { Plan } from './bare/plan';
import { createBareWorker } from './bare/worker';
import { openDatabase } from '@cs/persistence';
import { runFromCommandLine, resolveOptions } from './support/cli';
import { addCounts, describeCounts, shapeOf, type HistoryCounts } from './support/history-shape';
import { costRatio, type BenchResult, type BenchRow } from './support/result';
import { provisionTimeSkippingServer, withTestServers } from './support/servers';
import { shiftTimeline, yearsToLiveFrom } from './support/live-timeline';
import { boardTimeline, noticeTimeline, reachesLifting, TRAFFORD, type Timeline } from './support/trafford-timeline';

export const Options = z.object({
  /** Enter the notice's facts effective up to this date (default: its whole life, then the board's). */
  until: z.optional(IsoDate),
  /**
   * Rounds, each on fresh servers, alternating which side runs first (the product in odd rounds,
   * the baseline in even ones), so neither always inherits a warmer or busier machine. The median
   * wall times and the spread of the per-round ratio are reported.
   */
  rounds: z.coerce.number().int().min(1).max(20),
  /**
   * live: each fact given on its own date, the server's time run on to it first, so the rules'
   * wake-up timers fire in between as in real life (the dates moved to the future, see
   * support/live-timeline.ts). backdated: every fact given at once, as a notice is onboarded.
   */
  timing: z.enum(['live', 'backdated']),
  quick: z.coerce.boolean().optional(),
});
export type Options = z.infer<typeof Options>;

const DEFAULTS: z.input<typeof Options> = { rounds: 5, timing: 'live' };
/** The first ten months (two review cycles, one continue-as-new), no board; both orders once. */
const QUICK: Partial<z.input<typeof Options>> = { until: '2020-03-31', rounds: 2 };

/** The product or the baseline, driven the same way. */
interface Side {
  client: Client;
  /** Before each fact when live: the server's time runs on to its date. */
  skipTo?(date: IsoDate): Promise<void>;
  start(workflowId: string, fact: Fact): Promise<WorkflowHandle>;
  send(handle: WorkflowHandle, fact: Fact): Promise<unknown>;
}

interface Ids {
  notice: string;
  board: string;
}

interface Measured {
  wallMs: number;
  counts: HistoryCounts;
  plans: { notice: Plan; board?: Plan };
}

interface Round {
  product: Measured;
  bare: Measured;
  bareFirst: boolean;
}

/**
 * The whole Trafford lifecycle as test/lifecycle/trafford.int.ts drives it (every fact one after
 * another as the `command` update, the board's facts once the notice has handed over), on the Java
 * time-skipping server, then a bare workflow doing the same updates, activities, timers, hand-over
 * and continue-as-new runs as the product's history shows, in the same order.
 */
export async function run(given: Partial<Options> = {}): Promise<BenchResult> {
  const options = resolveOptions(Options, DEFAULTS, QUICK, given);
  provisionTimeSkippingServer();
  const asDated = noticeTimeline(options.until);
  const boardAsDated = reachesLifting(asDated) ? boardTimeline() : undefined;
  const years = options.timing === 'live' ? yearsToLiveFrom(asDated.start.effectiveOn, Date.now()) : 0;
  const notice = shiftTimeline(asDated, years);
  const board = boardAsDated && shiftTimeline(boardAsDated, years);
  const rounds: Round[] = [];
  // The baseline replays what the product's history did, so the first round runs the product
  // first; later rounds alternate, the baseline using the plans the previous round's product showed.
  let plans: Measured['plans'] | undefined;
  for (let i = 0; i < options.rounds; i++) {
    const bareFirst = i % 2 === 1 && plans !== undefined;
    rounds.push(
      await withTestServers(async ({ DATABASE_URL, DATABASE_MIGRATION_URL }) => {
        const urls = { app: DATABASE_URL, owner: DATABASE_MIGRATION_URL };
        const runProduct = () => productRound(DATABASE_URL, options.timing, notice, board);
        const runBare = (p: Measured['plans']) => bareRound(urls, options.timing, notice, board, p);
        let product: Measured;
        let bare: Measured;
        if (bareFirst) {
          bare = await runBare(plans!);
          product = await runProduct();
          if (JSON.stringify(product.plans) !== JSON.stringify(plans)) {
            console.error(`[bench] round ${i + 1}: the product's history differs from the previous round's; the counts rows tell by how much`);
          }
        } else {
          product = await runProduct();
          bare = await runBare(product.plans);
        }
        plans = product.plans;
        const ratio = product.wallMs / bare.wallMs;
        console.error(
          `[bench] round ${i + 1} (${bareFirst ? 'bare' : 'product'} first): product ${(product.wallMs / 1000).toFixed(1)} s, bare ${(bare.wallMs / 1000).toFixed(1)} s, ratio ${ratio.toFixed(2)}`,
        );
        return { product, bare, bareFirst };
      }),
    );
  }
  const facts = 1 + notice.facts.length + (board ? 1 + board.facts.length : 0);
  return report(options, facts, rounds);
}

async function productRound(databaseUrl: string, timing: Options['timing'], notice: Timeline, board?: Timeline): Promise<Measured> {
  process.env.DATABASE_URL = databaseUrl; // where startHarness opens the database
  const h = await startHarness(`bench-${randomBytes(3).toString('hex')}`);
  try {
    const ids = {
      notice: instrumentWorkflowId('improvement-notice', TRAFFORD.council.slug, notice.start.effectiveOn),
      board: instrumentWorkflowId('continuing-board', TRAFFORD.council.slug, board?.start.effectiveOn ?? TRAFFORD.liftedOn),
    };
    const side: Side = {
      client: h.client,
      skipTo: timing === 'live' ? (date) => skipTo(h.env, date) : undefined,
      start: (id, fact) => start(h, 'improvement-notice', id, fact),
      send: record,
    };
    const wallMs = await drive(side, ids, notice, board);
    return { wallMs, ...(await shapes(h.client, ids, !!board)) };
  } finally {
    await h.stop();
  }
}

async function bareRound(
  databaseUrls: { app: string; owner: string },
  timing: Options['timing'],
  notice: Timeline,
  board: Timeline | undefined,
  plans: Measured['plans'],
): Promise<Measured> {
  const env = await createTimeSkippingEnv();
  const db = await openDatabase(databaseUrls.app);
  const taskQueue = `bare-${randomBytes(3).toString('hex')}`;
  const worker = await createBareWorker({ connection: env.nativeConnection, namespace: 'default', taskQueue, db, ownerDatabaseUrl: databaseUrls.owner });
  const running = worker.run();
  try {
    const ids = { notice: 'bare-notice/trafford', board: 'bare-board/trafford' };
    const successor = board && plans.board ? { workflowId: ids.board, input: { plan: plans.board, start: commandOf(board.start) } } : undefined;
    const side: Side = {
      client: env.client,
      skipTo: timing === 'live' ? (date) => skipTo(env, date) : undefined,
      start: (id, fact) => startBare(env.client, taskQueue, id, { plan: plans.notice, start: commandOf(fact), successor }),
      send: append,
    };
    const wallMs = await drive(side, ids, notice, board);
    return { wallMs, ...(await shapes(env.client, ids, !!board)) };
  } finally {
    worker.shutdown();
    await running;
    await db.destroy();
    await env.teardown();
  }
}

/** Every notice fact in order; once the notice has handed over, every board fact. Wall time in ms. */
async function drive(side: Side, ids: Ids, notice: Timeline, board?: Timeline): Promise<number> {
  const t0 = performance.now();
  const give = async (handle: WorkflowHandle, fact: Fact) => {
    await side.skipTo?.(fact.effectiveOn);
    await side.send(handle, fact);
  };
  await side.skipTo?.(notice.start.effectiveOn);
  const handle = await side.start(ids.notice, notice.start);
  for (const fact of notice.facts) await give(handle, fact);
  if (board) {
    await handle.result(); // as the Trafford test does: the board exists once the notice has ended
    const boardHandle = side.client.workflow.getHandle(ids.board);
    for (const fact of board.facts) await give(boardHandle, fact);
  }
  return performance.now() - t0;
}

/** What the histories say was done, all runs of both workflows: counted, never assumed. */
async function shapes(client: Client, ids: Ids, withBoard: boolean): Promise<Omit<Measured, 'wallMs'>> {
  const notice = await shapeOf(client, ids.notice);
  const board = withBoard ? await shapeOf(client, ids.board) : undefined;
  return { counts: board ? addCounts(notice.counts, board.counts) : notice.counts, plans: { notice: notice.plan, board: board?.plan } };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function report(options: Options, facts: number, rounds: Round[]): BenchResult {
  const product = median(rounds.map((r) => r.product.wallMs)) / 1000;
  const bare = median(rounds.map((r) => r.bare.wallMs)) / 1000;
  const ratios = rounds.map((r) => costRatio(r.product.wallMs, r.bare.wallMs));
  const spread = { min: Math.min(...ratios), median: median(ratios), max: Math.max(...ratios) };
  const order = rounds.map((r) => (r.bareFirst ? 'B' : 'P')).join('');
  const { counts: pc } = rounds[0].product;
  const { counts: bc } = rounds[0].bare;
  const count = (metric: string, key: keyof HistoryCounts): BenchRow => ({ metric, unit: 'count', product: pc[key], baseline: bc[key] });
  return {
    name: 'Trafford lifecycle vs bare Temporal (time-skipping server)',
    parameters: {
      facts,
      until: options.until ?? 'lifting + board',
      timing: options.timing,
      rounds: options.rounds,
      baselineActivity: 'one Postgres insert, the product\'s activity options',
    },
    rows: [
      {
        metric: 'wall time, every fact entered one by one',
        unit: 's',
        product,
        baseline: bare,
        ratio: costRatio(product, bare),
        note: rounds.length > 1 ? `medians of ${rounds.length} rounds; first side per round ${order}` : undefined,
      },
      {
        metric: 'ratio per round, min / median / max',
        unit: 'x',
        product: spread.median,
        note: `${spread.min.toFixed(2)} / ${spread.median.toFixed(2)} / ${spread.max.toFixed(2)}; rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}`,
      },
      {
        metric: 'time per command',
        unit: 'ms',
        product: (product * 1000) / pc.updates,
        baseline: (bare * 1000) / bc.updates,
        ratio: costRatio(product / pc.updates, bare / bc.updates),
      },
      count('updates accepted', 'updates'),
      count('activities scheduled', 'activities'),
      count('timers started', 'timersStarted'),
      count('timers fired', 'timersFired'),
      count('runs (continue-as-new + 1)', 'runs'),
      count('child workflows started', 'children'),
      { ...count('history events', 'events'), note: `product ${describeCounts(pc)}` },
    ],
  };
}

if (require.main === module) runFromCommandLine(run);
