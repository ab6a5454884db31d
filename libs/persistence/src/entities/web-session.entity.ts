import { EntitySchema } from 'typeorm';
import type { SsoIdentity, WebSession } from '@cs/domain';

export const WebSessionEntity = new EntitySchema<WebSession>({
  name: 'WebSession',
  tableName: 'web_session',
  columns: {
    idHash: { type: 'text', primary: true, name: 'id_hash' },
    userId: { type: 'text', name: 'user_id' },
    apiTokenId: { type: 'text', name: 'api_token_id' },
    sealedToken: { type: 'text', name: 'sealed_token' },
    createdAt: { type: 'timestamptz', name: 'created_at' },
    expiresAt: { type: 'timestamptz', name: 'expires_at' },
  },
});

export const SsoIdentityEntity = new EntitySchema<SsoIdentity>({
  name: 'SsoIdentity',
  tableName: 'sso_identity',
  columns: {
    issuer: { type: 'text', primary: true },
    email: { type: 'text', primary: true },
    userId: { type: 'text', name: 'user_id' },
    createdAt: { type: 'timestamptz', name: 'created_at' },
  },
});
