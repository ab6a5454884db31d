import { EntitySchema } from 'typeorm';
import type { ApiToken, User } from '@cs/domain';

export const UserEntity = new EntitySchema<User>({
  name: 'User',
  tableName: 'app_user',
  columns: {
    id: { type: 'text', primary: true },
    name: { type: 'text' },
    role: { type: 'text' },
    council: { type: 'text', nullable: true },
    email: { type: 'text', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at' },
  },
});

export const ApiTokenEntity = new EntitySchema<ApiToken>({
  name: 'ApiToken',
  tableName: 'api_token',
  columns: {
    id: { type: 'text', primary: true },
    userId: { type: 'text', name: 'user_id' },
    tokenHash: { type: 'text', name: 'token_hash', unique: true },
    label: { type: 'text' },
    createdAt: { type: 'timestamptz', name: 'created_at' },
    revokedAt: { type: 'timestamptz', name: 'revoked_at', nullable: true },
    expiresAt: { type: 'timestamptz', name: 'expires_at' },
    lastUsedAt: { type: 'timestamptz', name: 'last_used_at', nullable: true },
  },
});
