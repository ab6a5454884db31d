import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { RulebookDetail, RulebookId, RulebookSummary } from '@cs/domain';
import { ApiClient } from '../common/api-client';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';

/** The rulebooks and amendments, and each one's dated, cited parameters and rules. */
@Controller('rulebooks')
export class RulebooksController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async list(@Person() person: SignedIn, @Res() res: Response) {
    const books = await this.api.get('/rulebooks', person.token, z.array(RulebookSummary));
    res.render('pages/rulebooks', { title: 'Rulebooks', books });
  }

  @Get(':id')
  async show(@Person() person: SignedIn, @Param('id') id: string, @Res() res: Response) {
    if (!RulebookId.safeParse(id).success) throw new NotFoundException();
    const book = await this.api.get(`/rulebooks/${id}`, person.token, RulebookDetail);
    res.render('pages/rulebook', { title: book.title, book });
  }
}
