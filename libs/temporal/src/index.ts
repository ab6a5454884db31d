export * from './names';
export * from './connection';
export * from './search-attributes';
export * from './search-attribute-registration';
