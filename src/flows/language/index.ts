/**
 * The flow language, described once (not part of the public API except the enums re-exported
 * by the package). Depends on nothing.
 */
export * from './action-type';
export * from './actions';
export * from './flow-types';
export * from './operators';
export * from './action-spec';
export * from './values';
