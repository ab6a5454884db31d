export * from './connection';
export * from './search-attribute-registration';
