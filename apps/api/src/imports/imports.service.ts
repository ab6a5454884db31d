import { ForbiddenException, HttpException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { createHash, randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import {
  chronological,
  dateOf,
  type Actor,
  type Fact,
  type ImportJob,
  type ImportOutcome,
  type ImportPreview,
  type ImportRow,
  type InstrumentRef,
  type TrackerFormat,
} from '@cs/domain';
import { evaluate } from '@cs/rules';
import { councilRefusal, permissionRefusal } from '@cs/contract';
import { CommandsService } from '../commands/commands.service';
import { isDependencyDown } from '../common/unavailable';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { readTracker } from './tracker-file';
import { readRow } from './tracker-row';

/** Rows between two writes of a job's progress. */
const PROGRESS_EVERY = 10;
/** How often the process running a job says it still is, however slow its rows. */
const HEARTBEAT_MS = 5_000;
/** A running job unheard of this long had its process stop under it (a restart, a crash). */
const ABANDONED_AFTER_MS = 30_000;
const ABANDONED =
  'the API process running this import stopped before it finished (a restart or a crash): import the same file again to finish (rows already recorded are not recorded twice)';

/**
 * Brings a notice's tracker in: a dry run shows each row as the command it would become (or why
 * not) and what the rules would say after; a commit gives those commands in date order as the
 * importer, each with an idempotency key from the file's hash and the row, so the same file
 * imported again records nothing twice. A commit runs as a job whose progress can be read.
 *
 * The job runs in the API process that took the file, not as a workflow: if that process stops,
 * the job stops with it. It says so rather than show "running" for ever: the process writes a
 * heartbeat, and a job unheard of for ABANDONED_AFTER_MS is failed with why when next read.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger('imports');

  constructor(
    private readonly temporal: TemporalClientService,
    private readonly commands: CommandsService,
    private readonly db: DataSource,
  ) {}

  async preview(ref: InstrumentRef, actor: Actor, bytes: Buffer, format: TrackerFormat, withRules = true): Promise<ImportPreview> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const facts = await this.temporal.facts(ref.workflowId); // first: an unknown instrument is a 404, whatever the file
    const lines = await readTracker(bytes, format);
    const today = dateOf(Date.now());
    const rows: ImportRow[] = lines.map(({ row, cells }) => {
      const key = `import-${sha256.slice(0, 16)}-row-${row}`;
      const reading = readRow(cells);
      if ('refused' in reading) return { row, key, refused: reading.refused };
      const c = reading.command;
      const refused =
        (c.effectiveOn < ref.startedOn && `date: ${c.effectiveOn} is before ${ref.workflowId} began (${ref.startedOn})`) ||
        (c.effectiveOn > today && `date: ${c.effectiveOn} is in the future`) ||
        permissionRefusal(actor, c.type, ref.council);
      return refused ? { row, key, command: c, refused } : { row, key, command: c };
    });
    // Given in date order (a tracker is often kept by objective, not by date); ties keep row order.
    rows.sort((a, b) => ((a.command?.effectiveOn ?? '') < (b.command?.effectiveOn ?? '') ? -1 : (a.command?.effectiveOn ?? '') > (b.command?.effectiveOn ?? '') ? 1 : a.row - b.row));
    const accepted = rows.filter((r) => r.command && !r.refused);
    const preview: ImportPreview = { file: { sha256, format, rows: rows.length }, rows, accepted: accepted.length, refused: rows.length - accepted.length };
    if (!withRules) return preview;
    const recordedAt = new Date().toISOString();
    const known = new Set(facts.map((f) => f.id));
    const extra = accepted.filter((r) => !known.has(r.key)).map((r) => ({ id: r.key, ...r.command!, actor, recordedAt }) as Fact);
    try {
      preview.after = evaluate({ kind: ref.kind, facts: chronological([...facts, ...extra]), asOf: today });
    } catch (err) {
      // The rules refuse some combinations outright (RulesInputError): the rows still show.
      this.logger.warn(JSON.stringify({ msg: 'import preview: the rules refused the facts', error: String((err as Error)?.message ?? err) }));
    }
    return preview;
  }

  /** Starts committing the tracker; the job's progress is at GET /imports/{id}. */
  async commit(ref: InstrumentRef, actor: Actor, bytes: Buffer, format: TrackerFormat): Promise<ImportJob> {
    const preview = await this.preview(ref, actor, bytes, format, false);
    const id = `import-${randomUUID()}`;
    await this.db.query(
      `INSERT INTO import_job (id, workflow_id, actor_id, file_sha256, status, total, created_at, updated_at) VALUES ($1, $2, $3, $4, 'running', $5, now(), now())`,
      [id, ref.workflowId, actor.id, preview.file.sha256, preview.rows.length],
    );
    void this.run(id, ref, actor, preview.rows);
    return this.job(id, actor);
  }

  async job(id: string, actor: Actor): Promise<ImportJob> {
    await this.db.query(
      `UPDATE import_job SET status = 'failed', error = $2, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status = 'running' AND updated_at < now() - make_interval(secs => $3)`,
      [id, ABANDONED, ABANDONED_AFTER_MS / 1000],
    );
    const [row] = await this.db.query(
      `SELECT id, workflow_id, status, total, done, recorded, duplicates, refused, error, outcomes, created_at, finished_at FROM import_job WHERE id = $1`,
      [id],
    );
    if (!row) throw new NotFoundException(`no import ${id}`);
    const refusal = councilRefusal(actor, String(row.workflow_id).split('/')[1]);
    if (refusal) throw new ForbiddenException(refusal);
    return {
      id: row.id,
      workflowId: row.workflow_id,
      status: row.status,
      total: row.total,
      done: row.done,
      recorded: row.recorded,
      duplicates: row.duplicates,
      refused: row.refused,
      error: row.error,
      outcomes: row.outcomes,
      createdAt: new Date(row.created_at).toISOString(),
      finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    };
  }

  private async run(id: string, ref: InstrumentRef, actor: Actor, rows: ImportRow[]): Promise<void> {
    let batch: ImportOutcome[] = [];
    const flush = async (status: 'running' | 'done' | 'failed' = 'running', error: string | null = null) => {
      const counts = { recorded: 0, duplicate: 0, refused: 0 };
      batch.forEach((o) => counts[o.outcome]++);
      await this.db.query(
        `UPDATE import_job SET done = done + $2, recorded = recorded + $3, duplicates = duplicates + $4, refused = refused + $5,
           outcomes = outcomes || $6::jsonb, status = $7, error = $8, updated_at = now(), finished_at = CASE WHEN $7 = 'running' THEN NULL ELSE now() END
         WHERE id = $1`,
        [id, batch.length, counts.recorded, counts.duplicate, counts.refused, JSON.stringify(batch), status, error],
      );
      batch = [];
    };
    const heartbeat = setInterval(() => {
      this.db.query(`UPDATE import_job SET updated_at = now() WHERE id = $1 AND status = 'running'`, [id]).catch(() => undefined);
    }, HEARTBEAT_MS);
    try {
      for (const r of rows) {
        if (r.refused || !r.command) batch.push({ row: r.row, key: r.key, outcome: 'refused', reason: r.refused });
        else {
          try {
            const answer = await this.commands.give(ref, actor, r.command, r.key);
            batch.push({ row: r.row, key: r.key, outcome: answer.duplicate ? 'duplicate' : 'recorded' });
          } catch (err) {
            if (!(err instanceof HttpException) || err.getStatus() >= 500) throw err;
            batch.push({ row: r.row, key: r.key, outcome: 'refused', reason: refusalText(err) });
          }
        }
        if (batch.length >= PROGRESS_EVERY) await flush();
      }
      await flush('done');
    } catch (err) {
      const why = isDependencyDown(err) || err instanceof HttpException ? 'Temporal or PostgreSQL became unreachable' : String((err as Error)?.message ?? err);
      this.logger.error(JSON.stringify({ msg: 'import stopped', id, error: String((err as Error)?.message ?? err) }));
      await flush('failed', `${why}: import the same file again to finish (rows already recorded are not recorded twice)`).catch(() => undefined);
    } finally {
      clearInterval(heartbeat);
    }
  }
}

function refusalText(err: HttpException): string {
  const body = err.getResponse() as { message?: unknown } | string;
  return typeof body === 'string' ? body : String(body.message ?? err.message);
}
