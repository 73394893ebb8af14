/**
 * Request body limits, checked before the gateway parses anything: a caller without a token may
 * send at most `MAX_BODY_BYTES_ANONYMOUS` (256 kB), a caller with an `Authorization` header at most
 * `MAX_BODY_BYTES` (1 MB). The token is verified later, so a garbage token buys the signed-in
 * limit and nothing more.
 *
 * - A `Content-Length` over the limit is answered at once, without reading the body.
 * - A body without `Content-Length` (chunked) is counted while it arrives and answered as soon as
 *   it passes the limit; the bytes read so far are dropped and no more are read. A chunked body
 *   within the limit is handed to the runtime as read.
 * - The answer is HTTP 413 with a typed GraphQL error (`PAYLOAD_TOO_LARGE`, `limitBytes`) and the
 *   CORS headers, so a widget on a portal can read it; the connection is closed after it.
 *
 * Request bodies are never decompressed (the runtime's `contentEncoding` is off), so the bytes
 * counted are the bytes parsed.
 *
 * What reaches a subgraph can be larger than what the caller sent (the planner re-serializes the
 * variables, inlines fragments, and the signed identity is added). The configuration keeps
 * `MAX_BODY_BYTES` at a quarter of the subgraphs' own limit, which covers any ordinary growth;
 * {@link useSubgraphRequestLimit} refuses, with the same typed error, the pathological rest
 * before it is sent, rather than letting the subgraph answer 413 in English to the caller.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/** Error code of a request refused for its size. */
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

export interface BodyLimits {
  /** Bytes allowed without an `Authorization` header. */
  anonymous: number;
  /** Bytes allowed with an `Authorization` header (verified or not). */
  signedIn: number;
}

/** The limit that applies to this request: "signed in" means an `Authorization` header is present. */
export function bodyLimitFor(req: IncomingMessage, limits: BodyLimits): number {
  return req.headers.authorization ? limits.signedIn : limits.anonymous;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0
    ? `${bytes / (1024 * 1024)} MB`
    : bytes >= 1024 && bytes % 1024 === 0
      ? `${bytes / 1024} kB`
      : `${bytes} byte`;
}

function tooLargeMessage(limitBytes: number): string {
  return `Permintaan terlalu besar: lebih dari ${formatBytes(limitBytes)}. Kurangi data yang dikirim.`;
}

/** The CORS headers of a response the gateway writes itself (not through the runtime). */
export function setCorsHeaders(req: IncomingMessage, res: ServerResponse, corsOrigins: string[]): void {
  const origin = req.headers.origin;
  if (corsOrigins.includes('*')) res.setHeader('access-control-allow-origin', '*');
  else if (origin && corsOrigins.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'origin');
  }
}

/**
 * 413 with a typed error, then the connection is closed: the rest of the body is never read (a
 * keep-alive connection would otherwise make Node drain it, byte by byte, to reuse it).
 */
export function payloadTooLarge(
  req: IncomingMessage,
  res: ServerResponse,
  corsOrigins: string[],
  limitBytes: number,
): void {
  setCorsHeaders(req, res, corsOrigins);
  const body = JSON.stringify({
    errors: [
      {
        message: tooLargeMessage(limitBytes),
        extensions: { code: PAYLOAD_TOO_LARGE, limitBytes },
      },
    ],
  });
  res.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  res.end(body, () => req.socket.destroy());
}

/**
 * Applies the body limit to a request, then calls `next` with it (a chunked body already read
 * is handed on as the request's `body`, the way body-parsing frameworks do), or answers 413.
 */
export function limitRequestBody(
  req: IncomingMessage,
  res: ServerResponse,
  options: { limits: BodyLimits; corsOrigins: string[] },
  next: () => void,
): void {
  const limit = bodyLimitFor(req, options.limits);
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    // Node refuses a malformed Content-Length, and never reads past a valid one.
    if (Number(declared) > limit) return payloadTooLarge(req, res, options.corsOrigins, limit);
    return next();
  }
  if (req.headers['transfer-encoding'] === undefined) return next(); // no body at all
  const chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) {
      cleanup();
      req.pause();
      chunks.length = 0;
      return payloadTooLarge(req, res, options.corsOrigins, limit);
    }
    chunks.push(chunk);
  };
  const onEnd = () => {
    cleanup();
    (req as IncomingMessage & { body?: unknown }).body = Readable.from(chunks);
    next();
  };
  const onError = () => {
    cleanup();
    req.socket.destroy();
  };
  const cleanup = () => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
  };
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
}

/**
 * Refuses to send a subgraph a request body larger than it reads (`SUBGRAPH_MAX_BODY_BYTES`): the
 * fetch is answered here with a GraphQL error `PAYLOAD_TOO_LARGE`, so the caller gets the typed,
 * Indonesian error and the subgraph is not called.
 */
export function useSubgraphRequestLimit(maxBytes: number): GatewayPlugin {
  return {
    onFetch({ url, options, endResponse, logger }) {
      const body = options.body;
      if (typeof body !== 'string' || Buffer.byteLength(body) <= maxBytes) return;
      logger.warn(
        `subgraph request to ${url} of ${Buffer.byteLength(body)} bytes not sent (limit ${maxBytes})`,
      );
      endResponse(
        Response.json({
          errors: [
            {
              message: tooLargeMessage(maxBytes),
              extensions: { code: PAYLOAD_TOO_LARGE, limitBytes: maxBytes },
            },
          ],
        }),
      );
    },
  };
}
