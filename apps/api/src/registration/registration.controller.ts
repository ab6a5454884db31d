import { Body, Controller, Post } from '@nestjs/common';
import { type Actor, RegisterDirectionBody, RegisterNoticeBody } from '@cs/domain';
import { Caller } from '../auth/auth.decorators';
import { ZodPipe } from '../common/zod.pipe';
import { RegistrationService } from './registration.service';

@Controller()
export class RegistrationController {
  constructor(private readonly registration: RegistrationService) {}

  /** Register an improvement notice (starts its workflow); 201 with its id and path. */
  @Post('notices')
  notice(@Caller() actor: Actor, @Body(ZodPipe.body(RegisterNoticeBody)) body: RegisterNoticeBody) {
    return this.registration.register(actor, { type: 'notice.issued', ...body });
  }

  /** Register a statutory direction made directly (an escalated notice starts its own). */
  @Post('directions')
  direction(@Caller() actor: Actor, @Body(ZodPipe.body(RegisterDirectionBody)) body: RegisterDirectionBody) {
    return this.registration.register(actor, { type: 'direction.issued', ...body });
  }
}
