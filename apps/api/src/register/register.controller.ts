import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { type Actor, RegisterQuery } from '@cs/domain';
import { Caller } from '../auth/auth.decorators';
import { councilRefusal, isCouncilUser } from '@cs/contract';
import { ZodPipe } from '../common/zod.pipe';
import { RegisterService } from './register.service';

@Controller('register')
export class RegisterController {
  constructor(private readonly register: RegisterService) {}

  /** The register, filtered and paged; council users see their own council only. */
  @Get()
  list(@Caller() actor: Actor, @Query(new ZodPipe(RegisterQuery)) q: RegisterQuery) {
    if (isCouncilUser(actor)) {
      const refusal = councilRefusal(actor, q.council ?? actor.council ?? '(none)');
      if (refusal) throw new ForbiddenException(refusal);
      return this.register.list({ ...q, council: actor.council });
    }
    return this.register.list(q);
  }
}
