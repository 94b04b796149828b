export * from './api';
export * from './events';
export * from './limits';
export * from './plans';
export * from './documents';
export * from './notifications';
export * from './moderation';
