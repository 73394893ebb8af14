/**
 * The ASN Kit contract: each subgraph's SDL (one file per domain module) and the composition
 * of the supergraph. Nothing here depends on any other ASN Kit package.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, print, visit, type DocumentNode } from 'graphql';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';

export * from './text-limits.js';
export * from './text-inputs.js';

export type SubgraphName = 'personnel' | 'performance';

/** The subgraphs of the graph, with the port each listens on by default. */
export const SUBGRAPHS: ReadonlyArray<{ name: SubgraphName; defaultPort: number; portEnv: string }> = [
  { name: 'personnel', defaultPort: 4001, portEnv: 'PERSONNEL_PORT' },
  { name: 'performance', defaultPort: 4002, portEnv: 'PERFORMANCE_PORT' },
];

const packageRoot = fileURLToPath(new URL('../', import.meta.url));

/** Absolute path of the committed supergraph SDL (with join__ and auth directives). */
export const supergraphPath = `${packageRoot}supergraph.graphql`;
/** Absolute path of the committed public API schema (what clients and codegen see). */
export const publicSchemaPath = `${packageRoot}schema.graphql`;

/** The SDL of one subgraph: every `*.graphql` file of its folder, `_base.graphql` first. */
export function subgraphSdl(name: SubgraphName): string {
  const dir = `${packageRoot}${name}/`;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return files.map((f) => `# ${name}/${f}\n${readFileSync(dir + f, 'utf8')}`).join('\n');
}

/** The default routing URL of a subgraph, as baked into the committed supergraph. */
export function defaultSubgraphUrl(name: SubgraphName): string {
  const port = SUBGRAPHS.find((s) => s.name === name)!.defaultPort;
  return `http://localhost:${port}/graphql`;
}

const AUTH_DIRECTIVES = new Set(['authenticated', 'requiresScopes', 'policy']);

/** Removes `@authenticated` / `@requiresScopes` uses (Apollo Gateway refuses them). */
function stripAuthDirectives(doc: DocumentNode): DocumentNode {
  return visit(doc, {
    Directive(node) {
      return AUTH_DIRECTIVES.has(node.name.value) ? null : undefined;
    },
  });
}

export interface ComposeOptions {
  /** Routing URL per subgraph; defaults to `http://localhost:<default port>/graphql`. */
  urls?: Partial<Record<SubgraphName, string>>;
  /** Compose without the auth directives (for the Apollo Gateway benchmark baseline only). */
  withoutAuthDirectives?: boolean;
}

export interface Composition {
  supergraphSdl: string;
  publicSdl: string;
}

/** Composes the supergraph from the subgraph SDL; throws with every composition error. */
export function composeSupergraph(options: ComposeOptions = {}): Composition {
  const result = composeServices(
    SUBGRAPHS.map(({ name }) => {
      let typeDefs = parse(subgraphSdl(name));
      if (options.withoutAuthDirectives) typeDefs = stripAuthDirectives(typeDefs);
      return { name, typeDefs, url: options.urls?.[name] ?? defaultSubgraphUrl(name) };
    }),
  );
  if (compositionHasErrors(result)) {
    throw new Error(
      `Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  return { supergraphSdl: result.supergraphSdl, publicSdl: print(result.publicDocumentNode) };
}

/** The committed supergraph SDL. */
export function readSupergraph(): string {
  return readFileSync(supergraphPath, 'utf8');
}

/**
 * Points the routing URLs of a supergraph SDL at other addresses (e.g. from the environment),
 * without recomposing.
 */
export function withSubgraphUrls(supergraphSdl: string, urls: Partial<Record<SubgraphName, string>>): string {
  let sdl = supergraphSdl;
  for (const [name, url] of Object.entries(urls)) {
    if (!url) continue;
    const pattern = new RegExp(`(join__graph\\(name: "${name}", url: ")[^"]*(")`);
    if (!pattern.test(sdl)) throw new Error(`Subgraph ${name} is not in the supergraph`);
    sdl = sdl.replace(pattern, `$1${url}$2`);
  }
  return sdl;
}
