export * from './core';
export * from './records';
export * from './api';
export * from './obligations/concerns';
