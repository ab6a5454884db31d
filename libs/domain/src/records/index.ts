export * from './register';
export * from './audit';
export * from './notification';
export * from './user';
export * from './engine-check';
export * from './web-session';
