export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './tokens/api-token';
export * from './tokens/token-store';
export * from './open-instruments';
export * from './outbox-row';
export * from './reachable-pool';
