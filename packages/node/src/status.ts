/**
 * A small local HTTP status endpoint for a node (used by `gossip agent`):
 * members as JSON, Prometheus metrics, health.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { BindError, formatHostPort } from "./errors.js";
import type { GossipNode, Member } from "./node.js";

export interface StatusServer {
  /** `host:port` actually bound. */
  readonly address: string;
  readonly port: number;
  close(): Promise<void>;
}

export function memberJson(m: Member): Record<string, unknown> {
  return {
    name: m.name,
    address: m.address,
    state: m.state,
    incarnation: m.incarnation,
    meta: m.meta,
    since: new Date(m.since).toISOString(),
  };
}

/** Serve GET /v1/members, /v1/self, /v1/stats, /metrics and /health for `node`. */
export function startStatusServer(node: GossipNode, host: string, port: number): Promise<StatusServer> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const json = (status: number, body: unknown) => {
      const text = `${JSON.stringify(body, null, 2)}\n`;
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(text);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" });
      res.end();
      return;
    }
    switch (path) {
      case "/v1/members":
        return json(200, { self: node.name, members: node.members().map(memberJson) });
      case "/v1/self":
        return json(200, memberJson(node.localNode));
      case "/v1/stats":
        return json(200, node.stats());
      case "/metrics":
        res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
        res.end(node.prometheus());
        return;
      case "/health": {
        const alive = node.members().filter((m) => m.state === "alive").length;
        return json(node.closed ? 503 : 200, {
          status: node.closed ? "closing" : "ok",
          name: node.name,
          alive,
        });
      }
      default:
        return json(404, {
          error: "not found",
          endpoints: ["/v1/members", "/v1/self", "/v1/stats", "/metrics", "/health"],
        });
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", (err) => reject(new BindError(host, port, err)));
    server.listen({ host, port }, () => {
      const a = server.address() as AddressInfo;
      resolve({
        address: formatHostPort(a.address, a.port),
        port: a.port,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}
