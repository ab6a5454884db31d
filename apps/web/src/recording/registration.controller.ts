import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { mayRecord } from '@cs/contract';
import { factPayloads, RegisterDirectionBody, RegisterNoticeBody, Registered, type FactType } from '@cs/domain';
import { ApiClient, ApiError } from '../common/api-client';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';
import { CommandForm } from './command-form';
import type { FormBody } from './form-values';

/** What can be registered from the web, each the API's own registration endpoint and body schema. */
const registrations = {
  notices: { type: 'notice.issued', title: 'Register an improvement notice', body: RegisterNoticeBody },
  directions: { type: 'direction.issued', title: 'Register a statutory direction', body: RegisterDirectionBody },
} as const satisfies Record<string, { type: FactType; title: string; body: unknown }>;
type Registration = (typeof registrations)[keyof typeof registrations];

/**
 * Registering a notice or a direction: the form from the starting fact's schema; a council user's
 * council filled in. The API decides who may (409 when it is already registered).
 */
@Controller(':what/new')
export class RegistrationController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  page(@Person() person: SignedIn, @Param('what') what: string, @Res() res: Response) {
    const { reg, form } = this.registrationOf(person, what);
    const values: Record<string, string> = person.user.council ? { 'payload.council.slug': person.user.council } : {};
    this.render(res, what, reg, form, values);
  }

  @Post()
  async register(@Person() person: SignedIn, @Param('what') what: string, @Body() body: FormBody, @Res() res: Response) {
    const { reg, form } = this.registrationOf(person, what);
    const values = body as Record<string, unknown>;
    const read = form.read(body);
    if (!read.ok) return this.render(res.status(400), what, reg, form, values, read.issues);
    try {
      const done = await this.api.post(`/${what}`, person.token, Registered, read.value);
      res.redirect(303, `/instruments/${done.workflowId}?recorded=${reg.type}`);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 400) return this.render(res.status(400), what, reg, form, values, form.fieldIssues(err.issues));
      if (err.status === 403 || err.status === 409) return this.render(res.status(err.status), what, reg, form, values, [], err.message);
      throw err;
    }
  }

  private registrationOf(person: SignedIn, what: string) {
    const reg: Registration | undefined = (registrations as Record<string, Registration>)[what];
    if (!reg) throw new NotFoundException();
    if (!mayRecord[reg.type].includes(person.user.role)) {
      throw new ForbiddenException(`role ${person.user.role} may not record ${reg.type} (allowed: ${mayRecord[reg.type].join(', ')})`);
    }
    return { reg, form: new CommandForm(factPayloads[reg.type], reg.body) };
  }

  private render(res: Response, what: string, reg: Registration, form: CommandForm, values: Record<string, unknown>, issues: { field: string; message: string }[] = [], refusal?: string) {
    res.render('pages/record', {
      title: reg.title,
      caption: 'Registration',
      backHref: '/',
      action: `/${what}/new`,
      submitText: 'Register',
      idempotencyKey: '',
      values,
      refusal,
      ...form.view(issues),
    });
  }
}
