export * from './identity.js';
export * from './errors.js';
export * from './scalars.js';
export * from './database.js';
export * from './orm.js';
export * from './http.js';
export * from './audit.js';
export * from './subgraph.js';
