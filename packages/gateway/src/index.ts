/**
 * The ASN Kit federation gateway: `createGateway(loadGatewayConfig())` gives a `node:http`
 * request listener serving `/graphql` (and GraphiQL), `/healthz` and `/readyz`; the development
 * OIDC issuer of the demo signs the tokens it accepts.
 */
export { createGateway, runtimeConfig, CSRF_HEADERS, GRAPHQL_PATH, type Gateway } from './gateway.js';
export {
  loadGatewayConfig,
  GatewayConfigError,
  QUERY_PLANNERS,
  type GatewayConfig,
  type GatewayLogLevel,
  type JwtConfig,
  type QueryPlanner,
} from './config.js';
export {
  createDevIssuer,
  DEV_AUDIENCE,
  DEV_TOKEN_TTL_SECONDS,
  type DevIssuer,
  type DevIssuerAlgorithm,
  type DevIssuerOptions,
  type DevTokenClaims,
} from './dev-issuer.js';
export { subgraphRoutes, type SubgraphRoute } from './supergraph.js';
export { checkReadiness, readinessUrl, type ReadinessReport } from './readiness.js';
