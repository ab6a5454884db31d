export * from './parameter';
export * from './rulebook';
export * from './amendment';
export * from './rule';
export * from './context';
export * from './explanation';
export * from './rulebook-set';
export * from './dates';
