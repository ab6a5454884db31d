import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { EvaluateBody, EvaluationResult, Fact, InstrumentRef, WhatIfBody } from '@cs/domain';
import { evaluate, getRulebook, listRulebooks, RulesInputError } from '@cs/rules';
import { TemporalClientService } from '../infrastructure/temporal-client.service';

/** The rulebooks as data, and what-ifs: the same rules the workflows ask, on facts and a date you choose. */
@Injectable()
export class RulebooksService {
  constructor(private readonly temporal: TemporalClientService) {}

  list() {
    return listRulebooks();
  }

  show(id: string): unknown {
    const book = getRulebook(id);
    if (!book) throw new NotFoundException(`no rulebook ${id}; GET /rulebooks lists them`);
    return book;
  }

  evaluate(body: EvaluateBody): EvaluationResult {
    return rulesAnswer(() => evaluate({ ...body, facts: body.facts as Fact[] }));
  }

  /** An instrument's recorded facts plus hypothetical ones, evaluated without recording anything. */
  async whatIf(ref: InstrumentRef, body: WhatIfBody): Promise<EvaluationResult> {
    const facts = await this.temporal.facts(ref.workflowId);
    return rulesAnswer(() => evaluate({ kind: ref.kind, facts: [...facts, ...(body.extraFacts as Fact[])], asOf: body.asOf, rulebookIds: body.rulebookIds }));
  }
}

/** The rules refuse bad input with RulesInputError: a 400 naming each field, like any other. */
function rulesAnswer<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof RulesInputError)) throw err;
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'the rules cannot evaluate this input',
      issues: err.issues.map((i) => ({ field: i.path, message: i.message })),
    });
  }
}
