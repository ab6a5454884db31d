export * from './security-headers';
export * from './request-cost';
export * from './rate-limits';
