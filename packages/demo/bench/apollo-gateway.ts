/**
 * Benchmark baseline: Apollo Gateway 2.14 on the same supergraph, composed without the auth
 * directives (Apollo Gateway refuses `@authenticated` / `@requiresScopes`). It signs subgraph
 * requests the way our gateway does — same HMAC work — with a fixed analyst identity, since it
 * does not verify JWTs. Run by `gateway.bench.ts` as a child process.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { composeSupergraph } from '@asn-kit/schema';
import { signRequest, type Identity } from '@asn-kit/server-kit';

const secret = process.env.GATEWAY_SIGNING_SECRET!;
const identity: Identity = { sub: 'bench-analis', nip: null, roles: ['analis'], opd: null };

class SigningDataSource extends RemoteGraphQLDataSource {
  override willSendRequest({
    request,
  }: Parameters<NonNullable<RemoteGraphQLDataSource['willSendRequest']>>[0]) {
    const signature = signRequest(
      { query: request.query ?? '', variables: request.variables ?? null, identity },
      secret,
    );
    request.extensions = { ...request.extensions, asnIdentity: identity, asnSignature: signature };
  }
}

const { supergraphSdl } = composeSupergraph({
  withoutAuthDirectives: true,
  urls: { personnel: process.env.PERSONNEL_URL!, performance: process.env.PERFORMANCE_URL! },
});
const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ url }) => new SigningDataSource({ url }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
});
console.log(`apollo gateway ready at ${url}`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
