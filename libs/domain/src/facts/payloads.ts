// Every payload schema by its own name, for code that needs one directly.
export * from './adviser';
export * from './board';
export * from './continuing-board';
export * from './direction';
export * from './flexibility';
export * from './inspection';
export * from './notice';
export * from './plan';
export * from './review';
export * from './terms';
