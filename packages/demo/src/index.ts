export { startStack, type Stack, type StackOptions, type GraphQLErrorJson } from './stack.js';
export { migrateAndSeed } from './seed.js';
export { createPortalHandler, type Persona } from './portal-server.js';
