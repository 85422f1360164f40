export { ListOptions, MAX_PAGE_SIZE } from './case-index-reader';
export * from './case-state';
export * from './conversation-state.manager';
export { SCHEMA_UPGRADES } from './document-codec';
export * from './state.module';
export * from './unsupported-schema.error';
export * from './version-conflict.error';
