import { Body, Controller, Get, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Role } from '@cs/domain';
import { CouncilDirectory } from '../common/council-directory';
import { errorList, fieldErrors } from '../recording/form-errors';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';
import { OidcService } from '../sign-in/oidc.service';
import { SsoForm, UserForm, UsersService } from './users.service';

type Issues = { field: string; message: string }[];

/** Users and access, for admins: add and change users, issue and revoke access keys, grant single sign-on. */
@Controller('admin/users')
export class AdminController {
  constructor(
    private readonly users: UsersService,
    private readonly councils: CouncilDirectory,
    private readonly oidc: OidcService,
  ) {}

  @Get()
  async list(@Person(['admin']) _admin: SignedIn, @Res() res: Response) {
    await this.renderList(res, {});
  }

  @Post()
  async create(@Person(['admin']) _admin: SignedIn, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const form = UserForm.safeParse(body);
    if (!form.success) return this.renderList(res.status(400), body, issuesOf(form.error.issues));
    const issued = await this.users.create(form.data);
    await this.renderUser(res, issued.userId, { newKey: issued.token });
  }

  @Get(':id')
  async show(@Person(['admin']) _admin: SignedIn, @Param('id') id: string, @Res() res: Response) {
    await this.renderUser(res, id, {});
  }

  @Post(':id')
  async update(@Person(['admin']) admin: SignedIn, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const form = UserForm.safeParse(body);
    if (!form.success) return this.renderUser(res.status(400), id, { values: body, issues: issuesOf(form.error.issues) });
    if (id === admin.user.id && form.data.role !== 'admin') {
      return this.renderUser(res.status(409), id, { values: body, issues: [{ field: 'role', message: 'You cannot take away your own admin role' }] });
    }
    await this.users.update(id, form.data);
    res.redirect(303, `/admin/users/${encodeURIComponent(id)}?saved=1`);
  }

  @Post(':id/keys')
  async issueKey(@Person(['admin']) _admin: SignedIn, @Param('id') id: string, @Res() res: Response) {
    if (!(await this.users.find(id))) throw new NotFoundException();
    const { token } = await this.users.issueKey(id);
    await this.renderUser(res, id, { newKey: token });
  }

  @Post(':id/keys/:tokenId/revoke')
  async revokeKey(@Person(['admin']) _admin: SignedIn, @Param('id') id: string, @Param('tokenId') tokenId: string, @Res() res: Response) {
    // A stale page (the key removed meanwhile) or a hand-made request: say nothing was revoked.
    if ((await this.users.revokeKey(id, tokenId)) === 'unknown') {
      return this.renderUser(res.status(404), id, { issues: [{ field: '', message: `No access key ${tokenId} belongs to this user, so nothing was revoked: the keys below are theirs` }] });
    }
    res.redirect(303, `/admin/users/${encodeURIComponent(id)}?revoked=1`);
  }

  @Post(':id/sso')
  async grantSso(@Person(['admin']) _admin: SignedIn, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response) {
    if (!this.oidc.issuer) throw new NotFoundException();
    const form = SsoForm.safeParse(body);
    if (!form.success) return this.renderUser(res.status(400), id, { issues: issuesOf(form.error.issues) });
    const refused = await this.users.grantSso(id, this.oidc.issuer, form.data.email);
    if (refused) return this.renderUser(res.status(409), id, { issues: [{ field: 'email', message: refused }] });
    res.redirect(303, `/admin/users/${encodeURIComponent(id)}?saved=1`);
  }

  @Post(':id/sso/remove')
  async removeSso(@Person(['admin']) _admin: SignedIn, @Param('id') id: string, @Body('email') email: string, @Res() res: Response) {
    await this.users.removeSso(id, String(email ?? ''));
    res.redirect(303, `/admin/users/${encodeURIComponent(id)}?saved=1`);
  }

  private async renderList(res: Response, values: Record<string, unknown>, issues: Issues = []) {
    res.render('pages/admin-users', {
      title: 'Users and access',
      users: await this.users.list(),
      roles: Role.options,
      councils: await this.councils.all(),
      values,
      errors: errorList(issues),
      fieldErrors: fieldErrors(issues),
    });
  }

  private async renderUser(res: Response, id: string, extra: { newKey?: string; values?: Record<string, unknown>; issues?: Issues }) {
    const found = await this.users.find(id);
    if (!found) throw new NotFoundException();
    const issues = extra.issues ?? [];
    res.render('pages/admin-user', {
      title: found.user.name,
      ...found,
      newKey: extra.newKey,
      values: extra.values ?? { name: found.user.name, role: found.user.role, council: found.user.council ?? '' },
      roles: Role.options,
      councils: await this.councils.all(),
      sso: this.oidc.enabled ? found.sso : undefined,
      errors: errorList(issues),
      fieldErrors: fieldErrors(issues),
    });
  }
}

function issuesOf(issues: { path: PropertyKey[]; message: string }[]): Issues {
  return issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}
