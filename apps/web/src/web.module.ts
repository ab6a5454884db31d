import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TokenStore } from '@cs/persistence';
import { AdminController } from './admin/admin.controller';
import { UsersService } from './admin/users.service';
import { AuditController } from './audit/audit.controller';
import { CaseloadController } from './caseload/caseload.controller';
import { ApiClient } from './common/api-client';
import { CouncilDirectory } from './common/council-directory';
import { HistoryController } from './history/history.controller';
import { InstrumentController } from './instrument/instrument.controller';
import { PaperworkController } from './paperwork/paperwork.controller';
import { RecordingController } from './recording/recording.controller';
import { RegistrationController } from './recording/registration.controller';
import { RulebooksController } from './rulebooks/rulebooks.controller';
import { SessionStarter } from './session/session-starter';
import { SessionStore } from './session/session.store';
import { OidcController } from './sign-in/oidc.controller';
import { OidcService } from './sign-in/oidc.service';
import { SignInController } from './sign-in/sign-in.controller';
import { WEB_CONFIG, type WebConfig } from './web.config';

export interface WebDependencies {
  db: DataSource;
  api: ApiClient;
  sessions: SessionStore;
  tokens: TokenStore;
  oidc: OidcService;
  config: WebConfig;
}

/** The web service: one controller per feature, all reading and recording through the API. */
@Module({})
export class WebModule {
  static forRoot(deps: WebDependencies): DynamicModule {
    return {
      module: WebModule,
      controllers: [
        SignInController,
        OidcController,
        CaseloadController,
        InstrumentController,
        PaperworkController,
        RecordingController,
        RegistrationController,
        AuditController,
        HistoryController,
        RulebooksController,
        AdminController,
      ],
      providers: [
        { provide: DataSource, useValue: deps.db },
        { provide: ApiClient, useValue: deps.api },
        { provide: SessionStore, useValue: deps.sessions },
        { provide: TokenStore, useValue: deps.tokens },
        { provide: OidcService, useValue: deps.oidc },
        { provide: WEB_CONFIG, useValue: deps.config },
        { provide: CouncilDirectory, useValue: new CouncilDirectory(deps.db) },
        SessionStarter,
        UsersService,
      ],
    };
  }
}
