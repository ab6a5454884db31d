import { AuditEntity } from './audit.entity';
import { EngineCheckEntity } from './engine-check.entity';
import { NotificationEntity } from './notification.entity';
import { RegisterEntity } from './register.entity';
import { ApiTokenEntity, UserEntity } from './user.entity';
import { SsoIdentityEntity, WebSessionEntity } from './web-session.entity';

export { AuditEntity, EngineCheckEntity, NotificationEntity, RegisterEntity, ApiTokenEntity, UserEntity, WebSessionEntity, SsoIdentityEntity };
export const entities = [RegisterEntity, AuditEntity, NotificationEntity, UserEntity, ApiTokenEntity, EngineCheckEntity, WebSessionEntity, SsoIdentityEntity];
