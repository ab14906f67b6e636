// The generic apimachinery validators, in one import for the rest of the core.
export * from './errors';
export * from './ip';
export * from './ip-warnings';
export * from './labels';
export * from './object-meta';
export * from './strings';
