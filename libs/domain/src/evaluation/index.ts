export * from './explanation';
export * from './result';
