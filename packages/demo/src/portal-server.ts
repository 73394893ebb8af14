/**
 * The demo's web server: the example portal page, the widgets' script-tag build, the development
 * OIDC issuer (JWKS), and the demo-only persona endpoints the page's persona picker uses.
 * Nothing here exists in production: there, portals are the OPDs' own sites and tokens come from
 * the city's OIDC provider.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Persona {
  key: string;
  nip: string;
  name: string;
  roles: string[];
  label: string;
  opd?: string | null;
}

export interface TokenMinter {
  mint(
    claims: { nip: string; roles: string[]; opd?: string | null; name?: string },
    ttlSeconds?: number,
  ): Promise<string>;
}

export interface PortalServerOptions {
  gatewayUrl: string;
  portalDir: string;
  widgetsDir: string;
  personas: Persona[];
  issuer: TokenMinter & {
    handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
  };
  /** Path prefix of the issuer (`/dev-issuer`). */
  issuerPath: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Lifetime of a persona's token: short, as the README advises for Keycloak (5–15 minutes), and
 * within the gateway's `JWT_MAX_LIFETIME_SECONDS`. The page's `tokenProvider` asks again shortly
 * before `expiresAt`, so a long session never holds a long-lived token.
 */
export const PORTAL_TOKEN_TTL_SECONDS = 15 * 60;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16 * 1024) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Serves a file from `dir`; refuses paths that climb out of it. */
async function serveFile(res: ServerResponse, dir: string, relative: string): Promise<boolean> {
  const path = normalize(join(dir, decodeURIComponent(relative)));
  if (!path.startsWith(normalize(dir))) return false;
  try {
    const info = await stat(path);
    const file = info.isDirectory() ? join(path, 'index.html') : path;
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}

export function createPortalHandler(options: PortalServerOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    try {
      if (path === '/healthz' || path === '/readyz') return json(res, 200, { status: 'ok' });
      if (path.startsWith(`${options.issuerPath}/`)) return void (await options.issuer.handler(req, res));
      if (path === '/demo/config.json') return json(res, 200, { endpoint: options.gatewayUrl });
      if (path === '/demo/personas') return json(res, 200, options.personas);
      if (path === '/demo/token' && req.method === 'POST') {
        const body = await readJson(req);
        const persona = options.personas.find((p) => p.key === body.key);
        if (!persona) return json(res, 404, { error: 'unknown persona' });
        const token = await options.issuer.mint(
          { nip: persona.nip, roles: persona.roles, opd: persona.opd ?? null, name: persona.name },
          PORTAL_TOKEN_TTL_SECONDS,
        );
        const expiresAt = new Date(Date.now() + PORTAL_TOKEN_TTL_SECONDS * 1000).toISOString();
        return json(res, 200, { token, expiresAt });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return json(res, 405, { error: 'method not allowed' });
      if (path.startsWith('/widgets/')) {
        if (await serveFile(res, options.widgetsDir, path.slice('/widgets/'.length))) return;
        return json(res, 404, { error: 'widgets not built: run `npm run build -w @asn-kit/widgets`' });
      }
      if (await serveFile(res, options.portalDir, path.slice(1))) return;
      json(res, 404, { error: 'not found' });
    } catch (error) {
      console.error(error);
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
    }
  };
}
