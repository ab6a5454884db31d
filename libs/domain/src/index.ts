export * from './dates';
export * from './roles';
export * from './instrument';
export * from './facts';
export * from './commands';
export * from './evaluation';
export * from './records';
export * from './api';
