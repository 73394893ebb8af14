/**
 * GraphiQL served by the gateway itself: `renderGraphiQL` of `@graphql-yoga/render-graphiql`
 * inlines its scripts, styles and workers, so the page loads nothing from a CDN (unreachable on
 * many city intranets). Shown at `GET /graphql` in a browser when introspection is on.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GatewayConfig as RuntimeConfig } from '@graphql-hive/gateway-runtime';

const DEFAULT_QUERY = `# ASN Kit — graf GraphQL kepegawaian Pemko Medan.
# Kolom publik (nipInfo, orgUnits) dapat dicoba tanpa token. Untuk data pegawai, tambahkan
# header "Authorization: Bearer <token>" di panel Headers (demo: npm run -s token -- --nip <NIP>).

query InfoNip {
  nipInfo(nip: "198609262015051001") {
    valid
    formatted
    kind
    birthDate
    problems {
      code
      message
    }
  }
}
`;

/** GraphiQL options of the gateway (the runtime adds its favicon as a data URL). */
export const graphiqlOptions = {
  title: 'ASN Kit — GraphiQL',
  logo: '<span style="margin: 0 8px 0 auto; font-weight: 600">ASN Kit</span>',
  defaultQuery: DEFAULT_QUERY,
} satisfies Exclude<RuntimeConfig['graphiql'], boolean | undefined | ((...args: never[]) => unknown)>;

/** The offline GraphiQL page renderer. */
export const renderOfflineGraphiQL: NonNullable<RuntimeConfig['renderGraphiQL']> = renderGraphiQL;
