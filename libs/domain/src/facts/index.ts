export * from './text';
export * from './catalogue';
export * from './fact';
export * as payloads from './payloads';
