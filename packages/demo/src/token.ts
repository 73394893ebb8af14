/**
 * `npm run token -- --nip <NIP> [--role <role>]… [--opd <OPD code>] [--ttl <seconds>]`
 * prints a development JWT signed by the demo's issuer (keys in `.data/dev-issuer`), which the
 * `npm start` demo accepts. Use `npm run -s token …` to get the token alone on stdout. Tokens
 * live one hour by default; `--ttl` may not exceed the gateway's `JWT_MAX_LIFETIME_SECONDS`.
 */
import { parseArgs } from 'node:util';
import { DEMO_PERSONAS } from '@asn-kit/subgraph-personnel';
import { createDevIssuer } from '@asn-kit/gateway';
import { ROLES } from '@asn-kit/server-kit';
import { dataDir, devIssuerUrl, portsFromEnv } from './paths.js';

const usage = `Usage: npm run -s token -- --nip <NIP> [--role <role>]... [--opd <OPD code>] [--ttl <seconds>]
Roles: ${ROLES.join(', ')} (default: the persona's roles, else pegawai)`;

const { values } = parseArgs({
  options: {
    nip: { type: 'string' },
    role: { type: 'string', multiple: true },
    opd: { type: 'string' },
    ttl: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || !values.nip) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
const nip = values.nip.replace(/\s+/g, '');
const unknown = (values.role ?? []).filter((r) => !(ROLES as readonly string[]).includes(r));
if (unknown.length) {
  console.error(`Unknown role: ${unknown.join(', ')}\n${usage}`);
  process.exit(2);
}
const persona = DEMO_PERSONAS.find((p) => p.nip === nip);
const roles = values.role?.length ? values.role : persona ? [...persona.roles] : ['pegawai'];
const ttl = values.ttl ? Number(values.ttl) : undefined;
if (ttl !== undefined && !Number.isInteger(ttl)) {
  console.error(`--ttl must be a whole number of seconds (got "${values.ttl}")\n${usage}`);
  process.exit(2);
}
// The gateway refuses a token living longer than JWT_MAX_LIFETIME_SECONDS (default one hour).
const maxLifetime = Number(process.env.JWT_MAX_LIFETIME_SECONDS?.trim() || 3600);
if (ttl !== undefined && ttl > maxLifetime) {
  console.error(
    `--ttl ${ttl} is longer than the gateway accepts (JWT_MAX_LIFETIME_SECONDS = ${maxLifetime}): the token would be refused.`,
  );
  process.exit(2);
}

const issuer = await createDevIssuer({
  keyDir: `${dataDir()}/dev-issuer`,
  issuer: devIssuerUrl(portsFromEnv().portal),
});
const token = await issuer.mint(
  { nip, roles, opd: values.opd ?? persona?.opd ?? null, name: persona?.name },
  ttl,
);
console.log(token);
