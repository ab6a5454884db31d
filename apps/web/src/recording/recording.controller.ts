import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'crypto';
import { CommandAccepted, InstrumentView } from '@cs/contract/schemas';
import { CommandBody, factPayloads, IdempotencyKey, type FactType, type InstrumentRef } from '@cs/domain';
import { permissionRefusal } from '@cs/contract';
import { ApiClient, ApiError } from '../common/api-client';
import { humanise } from '../common/wording';
import { INSTRUMENT_PAGE, instrumentOf } from '../instrument/instrument-path';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';
import { CommandForm } from './command-form';
import type { FormBody } from './form-values';
import { accepted } from './recordable';

/**
 * Recording a command on an instrument: a form built from the command's schema, checked with the
 * API's own schema, sent to the API as the person with the form's Idempotency-Key (a double submit
 * records once). A refusal shows the validator's reason; an accepted decision that hands over to a
 * successor lands on the successor.
 */
@Controller(`${INSTRUMENT_PAGE}/record/:command`)
export class RecordingController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async page(@Person() person: SignedIn, @Param() params: Record<string, string>, @Res() res: Response) {
    const { ref, type, form } = this.commandOf(person, params);
    await this.render(res, person, ref, type, form, { idempotencyKey: newKey(), values: {} });
  }

  @Post()
  async record(@Person() person: SignedIn, @Param() params: Record<string, string>, @Body() body: FormBody, @Res() res: Response) {
    const { ref, type, form } = this.commandOf(person, params);
    const values = body as Record<string, unknown>;
    const key = IdempotencyKey.safeParse(body.idempotencyKey);
    const read = form.read(body);
    if (!key.success || !read.ok) {
      const issues = read.ok ? [{ field: '', message: 'The form was incomplete: nothing was recorded. Check it and send it again.' }] : read.issues;
      return this.render(res.status(400), person, ref, type, form, { idempotencyKey: key.success ? key.data : newKey(), values }, issues);
    }
    try {
      const done = await this.api.post(`/instruments/${ref.workflowId}/commands`, person.token, CommandAccepted, read.value, {
        'idempotency-key': key.data,
      });
      const flash = `recorded=${encodeURIComponent(type)}${done.duplicate ? '&duplicate=1' : ''}`;
      const successor = done.summary.links.to ?? (HANDS_OVER.has(done.summary.phase) ? await this.successorOf(ref, person.token) : undefined);
      if (successor) {
        await this.waitForStart(successor, person.token);
        return res.redirect(303, `/instruments/${successor}?${flash}&from=${encodeURIComponent(ref.workflowId)}`);
      }
      res.redirect(303, `/instruments/${ref.workflowId}?${flash}`);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 400) {
        return this.render(res.status(400), person, ref, type, form, { idempotencyKey: key.data, values }, form.fieldIssues(err.issues));
      }
      if (err.status === 403 || err.status === 409 || err.status === 404) {
        // Refused: nothing was recorded, so a corrected form is a new command with a new key.
        return this.render(res.status(err.status), person, ref, type, form, { idempotencyKey: newKey(), values, refusal: err.message });
      }
      if (err.status === 503) {
        // The outcome is unknown until retried with the same key: the form keeps it.
        return this.render(res.status(503), person, ref, type, form, {
          idempotencyKey: key.data,
          values,
          refusal: `The engine did not answer in time, so this may or may not be recorded yet. Send the form again: it will be recorded once. (${err.message})`,
        });
      }
      throw err;
    }
  }

  private commandOf(person: SignedIn, params: Record<string, string>) {
    const ref = instrumentOf(params);
    const type = params.command;
    if (!accepted(ref.kind, type)) throw new NotFoundException();
    const refused = permissionRefusal({ id: person.user.id, role: person.user.role, council: person.user.council }, type, ref.council);
    if (refused) throw new ForbiddenException(refused);
    return { ref, type, form: new CommandForm(factPayloads[type], CommandBody, type) };
  }

  private async render(
    res: Response,
    person: SignedIn,
    ref: InstrumentRef,
    type: FactType,
    form: CommandForm,
    extra: { idempotencyKey: string; values: Record<string, unknown>; refusal?: string },
    issues: { field: string; message: string }[] = [],
  ) {
    const state = await this.api.get(`/instruments/${ref.workflowId}`, person.token, InstrumentView);
    res.render('pages/record', {
      title: humanise(type),
      caption: `${state.council.name}: ${humanise(state.kind)} from ${state.startedOn}`,
      backHref: `/instruments/${ref.workflowId}`,
      action: `/instruments/${ref.workflowId}/record/${type}`,
      submitText: 'Record',
      openDecisions: state.openDecisions.filter((d) => d.open),
      ...form.view(issues),
      ...extra,
    });
  }

  /** The instrument this one handed over to: linked by its workflow just after the deciding command. */
  private async successorOf(ref: InstrumentRef, token: string): Promise<string | undefined> {
    for (let i = 0; i < 40; i++) {
      const state = await this.api.get(`/instruments/${ref.workflowId}`, token, InstrumentView);
      if (state.links.to) return state.links.to;
      await new Promise((r) => setTimeout(r, 250));
    }
    return undefined;
  }

  /** A successor starts as its predecessor ends; wait a little for it, so the page after a decision is there. */
  private async waitForStart(workflowId: string, token: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      try {
        await this.api.get(`/instruments/${workflowId}`, token, InstrumentView);
        return;
      } catch (err) {
        if (!(err instanceof ApiError) || err.status !== 404) return;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }
}

/** Phases in which an instrument hands over to another (lifted → continuing board, escalated → direction, ...). */
const HANDS_OVER = new Set(['lifted', 'escalated', 'stepped-down', 'revoked']);

function newKey(): string {
  return `web-${randomUUID()}`;
}
