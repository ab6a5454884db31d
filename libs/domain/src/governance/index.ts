export * from './draft';
export * from './impact';
export * from './projection';
export * from './rollout';
