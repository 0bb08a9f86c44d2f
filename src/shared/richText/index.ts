export * from './schema';
export * from './plain';
export * from './fill';
