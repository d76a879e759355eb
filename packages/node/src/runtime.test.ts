import dgram from "node:dgram";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFakeEngine } from "../fixtures/fake-engine.mjs";
import { addressToString } from "./address.js";
import type { RuntimeEngine } from "./engine.js";
import {
  BindError,
  ConfigError,
  JoinError,
  NotSupportedError,
  PersistenceError,
  SeedError,
} from "./errors.js";
import { DATAGRAM_PREFACE, encodeFrame } from "./framing.js";
import { createNode } from "./node.js";
import { aliveView, Cluster, fake, waitFor } from "./test-helpers.js";

let cluster: Cluster;
afterEach(async () => {
  await cluster?.close();
});

describe("runtime over real loopback sockets (fake engine)", () => {
  it("TRN-1, TRN-52: three nodes join over UDP+TCP, share keys and user events, and see a graceful leave", async () => {
    cluster = new Cluster();
    const a = await cluster.add({ name: "a" });
    expect(await a.join()).toBe(0); // TRN-52: no seeds, a cluster of one
    const b = await cluster.add({ name: "b", seeds: [a.address] });
    const c = await cluster.add({ name: "c", seeds: [b.address] });
    expect(a.transportKind).toBe("udp");
    await c.join();
    await waitFor("full view", () => [a, b, c].every((n) => aliveView(n).join() === "a,b,c"));
    expect(b.stats().streamsOut + c.stats().streamsOut).toBeGreaterThan(0);
    expect(a.stats().streamsIn).toBeGreaterThan(0);

    const changes: string[] = [];
    c.on("key-changed", (k) => changes.push(`${k.member}.${k.key}`));
    a.setKey("role", "db");
    await waitFor("key at c", () => c.getKey("role", "a") !== undefined);
    expect(new TextDecoder().decode(c.getKey("role", "a"))).toBe("db");
    expect(changes).toContain("a.role");
    expect([...a.keysOf().keys()]).toEqual(["role"]);

    const events: string[] = [];
    b.on("user-event", (e) => events.push(`${e.origin}:${e.name}:${new TextDecoder().decode(e.payload)}`));
    c.broadcast("deploy", "v2");
    await waitFor("user event at b", () => events.length === 1);
    expect(events).toEqual(["c:deploy:v2"]);

    const left: string[] = [];
    a.on("member-left", (m) => left.push(m.name));
    await c.leave();
    await c.close();
    await waitFor("c left at a", () => left.includes("c"));
    expect(a.members().find((m) => m.name === "c")?.state).toBe("left");
  });

  it("TRN-72: a closed node frees its port at once; restarted there, it is seen alive again", async () => {
    cluster = new Cluster();
    const a = await cluster.add({ name: "a" });
    const b = await cluster.add({ name: "b", seeds: [a.address] });
    await waitFor("joined", () => aliveView(a).join() === "a,b");
    const port = b.port;
    await b.close(); // no leave: as if it crashed
    const down: string[] = [];
    a.on("member-down", (m) => down.push(m.name));
    await waitFor("b down", () => down.includes("b"));
    const b2 = await cluster.add({ name: "b", bindPort: port, seeds: [a.address] });
    await waitFor("b back", () => aliveView(a).join() === "a,b" && aliveView(b2).join() === "a,b");
  });

  it("TRN-40, TRN-41, TRN-42, TRN-43, TRN-44, TRN-45: an HTTP-only cluster works end to end", async () => {
    cluster = new Cluster();
    const a = await cluster.add({ name: "a", transport: "http", stream: { timeoutMs: 300 } });
    const b = await cluster.add({ name: "b", transport: "http", seeds: [a.address] });
    const c = await cluster.add({ name: "c", transport: "http", seeds: [a.address] });
    expect(a.transportKind).toBe("http");
    await waitFor("full view", () => [a, b, c].every((n) => aliveView(n).join() === "a,b,c"));
    b.setKey("k", "v");
    await waitFor("key over http", () => c.getKey("k", "b") !== undefined);
    // The endpoints answer as the spec says.
    const res = await fetch(`http://${a.address}/gossip/v1/datagram`, { method: "GET" });
    expect(res.status).toBe(405);
    expect((await fetch(`http://${a.address}/nope`, { method: "POST", body: "x" })).status).toBe(404);
    expect(
      (await fetch(`http://${a.address}/gossip/v1/datagram`, { method: "POST", body: "x" })).status,
    ).toBe(400);
    const post = (path: string, body: Uint8Array | string) =>
      fetch(`http://${a.address}${path}`, {
        method: "POST",
        body,
        headers: { "gossip-sender": "127.0.0.1:9" },
      });
    // A body that is not frames is refused; framed garbage is accepted, then dropped by the engine.
    expect((await post("/gossip/v1/datagram", Uint8Array.from([0, 0, 0, 5, 1, 2]))).status).toBe(400);
    expect(a.stats().drops["transport:bad-frame"]).toBe(1);
    expect((await post("/gossip/v1/datagram", "garbage")).status).toBe(413); // "garb" read as a length
    expect((await post("/gossip/v1/datagram", encodeFrame(Buffer.from("garbage")))).status).toBe(204);
    await waitFor("garbage counted", () => (a.stats().drops.decode ?? 0) >= 1);
    // A stream request must be exactly one frame.
    const two = Buffer.concat([encodeFrame(Buffer.from("a")), encodeFrame(Buffer.from("b"))]);
    expect((await post("/gossip/v1/stream", two)).status).toBe(400);
    // A stream request is answered with one reply frame; one the engine does not answer gets 504.
    const sync = Buffer.from(JSON.stringify({ fake: 1, type: "sync", from: "x", members: [] }));
    const replied = await post("/gossip/v1/stream", encodeFrame(sync));
    expect(replied.status).toBe(200);
    const body = Buffer.from(await replied.arrayBuffer());
    expect(body.readUInt32BE(0)).toBe(body.length - 4);
    expect(JSON.parse(body.subarray(4).toString()).type).toBe("sync-reply");
    expect((await post("/gossip/v1/stream", encodeFrame(Buffer.from("unanswered")))).status).toBe(504);
    const big = await fetch(`http://${a.address}/gossip/v1/stream`, {
      method: "POST",
      body: "x".repeat(9 * 1024 * 1024),
    }).catch(() => undefined);
    if (big) expect(big.status).toBe(413);
  });

  it("TRN-30: a TCP-only cluster works without UDP", async () => {
    cluster = new Cluster();
    const a = await cluster.add({ name: "a", transport: "tcp" });
    const b = await cluster.add({ name: "b", transport: "tcp", seeds: [a.address] });
    expect(b.transportKind).toBe("tcp");
    await waitFor("joined", () => aliveView(a).join() === "a,b" && aliveView(b).join() === "a,b");
    // Nothing listens on UDP.
    const probe = dgram.createSocket("udp4");
    await new Promise<void>((r) => probe.bind({ address: "127.0.0.1", port: a.port }, () => r()));
    probe.close();
  });

  it("TRN-21: peers use the advertised address, not the bound one", async () => {
    cluster = new Cluster();
    // b listens on 127.0.0.1 but advertises 127.0.0.2 (also loopback on Linux).
    const a = await cluster.add({ name: "a" });
    const b = await cluster.add({
      name: "b",
      bindAddress: "0.0.0.0",
      advertiseAddress: "127.0.0.2",
      seeds: [a.address],
    });
    expect(b.address).toBe(`127.0.0.2:${b.port}`);
    await waitFor("joined", () => aliveView(a).join() === "a,b");
    expect(a.members().find((m) => m.name === "b")?.address).toBe(`127.0.0.2:${b.port}`);
    // and a node advertising another port is reached there (a forwarding rule would map it).
    const c = await cluster.add({ name: "c", advertisePort: 1, seeds: [a.address] });
    await waitFor("c known", () => a.members().some((m) => m.name === "c"));
    expect(a.members().find((m) => m.name === "c")?.address).toBe(`127.0.0.1:1`);
    void c;
  });

  it("TRN-26: IPv6 loopback works", async () => {
    cluster = new Cluster();
    const a = await cluster.add({ name: "a", bindAddress: "::1" });
    const b = await cluster.add({ name: "b", bindAddress: "::1", seeds: [a.address] });
    expect(a.address).toBe(`[::1]:${a.port}`);
    await waitFor("joined", () => aliveView(b).join() === "a,b");
  });

  it("TRN-26, TRN-40: HTTP-only and TCP-only clusters work over IPv6 loopback", async () => {
    cluster = new Cluster();
    for (const transport of ["http", "tcp"] as const) {
      const a = await cluster.add({ name: `${transport}-a`, transport, bindAddress: "::1" });
      const b = await cluster.add({
        name: `${transport}-b`,
        transport,
        bindAddress: "::1",
        seeds: [a.address],
      });
      expect(b.address).toBe(`[::1]:${b.port}`);
      await waitFor(`${transport} over IPv6`, () => aliveView(a).length === 2 && aliveView(b).length === 2);
    }
  });

  it("TRN-26: a node bound to :: talks to IPv4 peers and sees them as IPv4", async () => {
    cluster = new Cluster();
    const a = await cluster.add({ name: "a", bindAddress: "::", advertiseAddress: "127.0.0.1" });
    const b = await cluster.add({ name: "b", seeds: [a.address] });
    await waitFor("joined", () => aliveView(a).join() === "a,b" && aliveView(b).join() === "a,b");
    expect(a.members().find((m) => m.name === "b")?.address).toBe(b.address);
  });

  it("TRN-31: a datagram connection delivers datagrams from its hello address; a bad hello is dropped", async () => {
    cluster = new Cluster();
    const a = await cluster.add({ name: "a" });
    const send = async (frames: Buffer[]) => {
      const sock = net.connect(a.port, "127.0.0.1");
      await new Promise<void>((r) => sock.on("connect", () => r()));
      sock.end(Buffer.concat(frames));
      await new Promise<void>((r) => sock.on("close", () => r()));
    };
    await send([Buffer.from(DATAGRAM_PREFACE), Buffer.from(encodeFrame(Buffer.from([1, 2, 3])))]);
    expect(a.stats().drops["transport:bad-hello"]).toBe(1);
    const hello = Buffer.from([127, 0, 0, 1, 0x1f, 0x90]);
    await send([
      Buffer.from(DATAGRAM_PREFACE),
      Buffer.from(encodeFrame(hello)),
      Buffer.from(encodeFrame(Buffer.from("junk"))),
      Buffer.from(encodeFrame(Buffer.from("junk"))),
    ]);
    await waitFor("two datagrams seen", () => (a.stats().drops.decode ?? 0) === 2);
    expect(a.stats().packetsIn).toBe(2);
  });

  it("TRN-64: a corrupt state file stops the start with PersistenceError", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossip-node-"));
    try {
      writeFileSync(join(dir, "gossip-state.json"), "{not json");
      const err = await createNode({
        dataDir: dir,
        bindAddress: "127.0.0.1",
        bindPort: 0,
        engine: fake,
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PersistenceError);
      expect((err as PersistenceError).code).toBe("PERSISTENCE_FAILED");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("TRN-22, TRN-25: bad options, bad seeds and a port in use are typed errors", async () => {
    await expect(createNode({ transport: "quic" as "udp" })).rejects.toBeInstanceOf(ConfigError);
    await expect(
      createNode({ bindAddress: "127.0.0.1", bindPort: 0, seeds: ["host:notaport"], engine: fake }),
    ).rejects.toBeInstanceOf(SeedError);
    cluster = new Cluster();
    const a = await cluster.add({ name: "a" });
    const err = await createNode({ bindAddress: "127.0.0.1", bindPort: a.port, engine: fake }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BindError);
    expect((err as BindError).code).toBe("BIND_ADDRESS_IN_USE");
    const ac = new AbortController();
    ac.abort();
    await expect(createNode({ signal: ac.signal, engine: fake })).rejects.toThrow();
  });

  it("TRN-23, TRN-50: unreachable seeds end in JoinError after the join timeout, and DNS names are resolved", async () => {
    cluster = new Cluster();
    const lonely = await cluster.add({
      name: "lonely",
      join: { retryInitialMs: 50, retryMaxMs: 100, timeoutMs: 400 },
    });
    const err = await lonely.join(["127.0.0.1:1", "localhost:2"]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JoinError);
    expect((err as JoinError).attempts).toBeGreaterThanOrEqual(2);
    expect(lonely.stats().joinAttempts).toBeGreaterThanOrEqual(2);
    const a = await cluster.add({ name: "a" });
    await expect(lonely.join([`localhost:${a.port}`])).resolves.toBe(1);
  });

  it("TRN-24, TRN-13: garbage datagrams and stream bytes are counted drops, never a crash", async () => {
    cluster = new Cluster();
    const a = await cluster.add({ name: "a", stream: { timeoutMs: 300 } });
    const s = dgram.createSocket("udp4");
    for (let i = 0; i < 20; i++) s.send(Buffer.from([i, 0xff, 0x00, i]), a.port, "127.0.0.1");
    s.send(Buffer.alloc(0), a.port, "127.0.0.1");
    await waitFor("drops", () => (a.stats().drops.decode ?? 0) >= 20);
    s.close();
    // An oversized frame header, then a plain garbage frame on TCP.
    for (const bytes of [Buffer.from([0xff, 0xff, 0xff, 0xff]), encodeFrame(Buffer.from("junk"))]) {
      const sock = net.connect(a.port, "127.0.0.1");
      await new Promise<void>((r) => sock.on("connect", () => r()));
      sock.write(bytes);
      await new Promise<void>((r) => sock.on("close", () => r()).on("error", () => r()));
    }
    expect(a.stats().drops["transport:frame-too-large"]).toBe(1);
    // The engine did not answer the junk request: the server closed it after stream.timeoutMs.
    expect(a.stats().drops["transport:stream-timeout"]).toBe(1);
    expect(a.closed).toBe(false);
    expect(a.members().map((m) => m.name)).toEqual(["a"]);
    // An HTTP request on the UDP+TCP port is just garbage too.
    await new Promise<void>((resolve) => {
      const req = http.request({ host: "127.0.0.1", port: a.port, method: "POST", path: "/" }, () =>
        resolve(),
      );
      req.on("error", () => resolve());
      req.end("x");
    });
    expect(a.closed).toBe(false);
  });

  it("TRN-60, TRN-61, TRN-63: with a data directory the node keeps its name, incarnation, keys and known members", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossip-node-"));
    try {
      cluster = new Cluster();
      const a = await cluster.add({ name: "a" });
      const b = await cluster.add({ dataDir: dir, seeds: [a.address] });
      const name = b.name;
      await waitFor("joined", () => aliveView(a).length === 2);
      b.setKey("color", "blue");
      const port = b.port;
      await b.close();
      // One state file, replaced atomically (no temporary file left behind).
      expect(readdirSync(dir)).toEqual(["gossip-state.json"]);
      expect(JSON.parse(readFileSync(join(dir, "gossip-state.json"), "utf8")).name).toBe(name);
      // Restart without seeds: the persisted member list is enough to rejoin.
      const b2 = await cluster.add({ dataDir: dir, bindPort: port });
      expect(b2.name).toBe(name);
      expect(new TextDecoder().decode(b2.getKey("color"))).toBe("blue");
      expect(b2.localNode.incarnation).toBeGreaterThan(1);
      await waitFor("rejoined from known members", () => aliveView(b2).join() === [name, "a"].sort().join());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("TRN-55: a node rejoins its seed when the cluster looks partitioned", async () => {
    cluster = new Cluster();
    const a = await cluster.add({ name: "a" });
    const b = await cluster.add({ name: "b", seeds: [a.address], join: { rejoinIntervalMs: 200 } });
    await waitFor("joined", () => aliveView(b).join() === "a,b");
    const port = a.port;
    await a.close();
    await waitFor("a down at b", () => b.members().find((m) => m.name === "a")?.state === "dead");
    // A fresh a knows nobody; b's periodic rejoin finds it.
    const a2 = await cluster.add({ name: "a", bindPort: port });
    await waitFor("healed", () => aliveView(a2).join() === "a,b");
    expect(b.stats().rejoins).toBeGreaterThan(0);
  });

  it("TRN-70, TRN-71, TRN-72: the node drives the engine with a monotonic clock and releases everything on close; AbortSignal closes it", async () => {
    let engine: RuntimeEngine | undefined;
    const ac = new AbortController();
    const nows: number[] = [];
    const n = await createNode({
      bindAddress: "127.0.0.1",
      bindPort: 0,
      signal: ac.signal,
      engine: (init) => {
        const e = createFakeEngine(init, { intervalMs: 20 });
        const tick = e.tick.bind(e);
        engine = {
          ...e,
          tick: (now: number) => {
            nows.push(now);
            tick(now);
          },
        } as RuntimeEngine;
        return engine;
      },
    });
    expect(engine).toBeDefined();
    // The engine asks to be woken every 20 ms: the single timer does it, with a clock that never goes back.
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 1; i < nows.length; i++) expect(nows[i]!).toBeGreaterThanOrEqual(nows[i - 1]!);
    // About one tick per 20 ms: woken when asked, and no busy loop.
    expect(nows.length).toBeGreaterThanOrEqual(5);
    expect(nows.length).toBeLessThanOrEqual(60);
    ac.abort();
    await n.close();
    expect(n.closed).toBe(true);
    const ticks = nows.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(nows.length).toBe(ticks); // no timer left behind
    expect(() => n.setKey("a", "b")).toThrow(/closed/);
    // The port is free again, for UDP and TCP.
    const again = await createNode({ bindAddress: "127.0.0.1", bindPort: n.port, engine: fake });
    await again.close();
  });

  it("TRN-73: operations the engine lacks are NotSupportedError; an engine that throws is reported, not fatal", async () => {
    const errors: Error[] = [];
    const n = await createNode({
      bindAddress: "127.0.0.1",
      bindPort: 0,
      engine: (init) => {
        const e = createFakeEngine(init);
        const { setKey: _drop, ...rest } = e;
        return {
          ...rest,
          handleDatagram() {
            throw new Error("boom");
          },
        } as RuntimeEngine;
      },
    });
    n.on("error", (e) => errors.push(e));
    expect(() => n.setKey("a", "b")).toThrow(NotSupportedError);
    const s = dgram.createSocket("udp4");
    s.send(Buffer.from("x"), n.port, "127.0.0.1");
    await waitFor("error reported", () => errors.length > 0);
    s.close();
    expect((errors[0] as { code?: string }).code).toBe("ENGINE_ERROR");
    await n.close();
  });
});

describe("what the engine is given", () => {
  it("TRN-2, TRN-4, TRN-26: each datagram reaches the engine whole, once, with its UDP source as the sender", async () => {
    const seen: { from: string; bytes: number[] }[] = [];
    const n = await createNode({
      bindAddress: "::",
      bindPort: 0,
      advertiseAddress: "127.0.0.1",
      engine: (init) => {
        const e = createFakeEngine(init);
        return {
          ...e,
          handleDatagram(from, bytes, now) {
            seen.push({ from: addressToString(from), bytes: Array.from(bytes) });
            e.handleDatagram(from, bytes, now);
          },
        } as RuntimeEngine;
      },
    });
    const s4 = dgram.createSocket("udp4");
    await new Promise<void>((r) => s4.bind({ address: "127.0.0.1", port: 0 }, () => r()));
    const s6 = dgram.createSocket("udp6");
    await new Promise<void>((r) => s6.bind({ address: "::1", port: 0 }, () => r()));
    s4.send(Buffer.from([1, 2, 3]), n.port, "127.0.0.1");
    s6.send(Buffer.from([4, 5]), n.port, "::1");
    await waitFor("two datagrams", () => seen.length === 2);
    const byLen = seen.sort((x, y) => x.bytes.length - y.bytes.length);
    expect(byLen[0]).toEqual({ from: `[::1]:${s6.address().port}`, bytes: [4, 5] });
    expect(byLen[1]).toEqual({ from: `127.0.0.1:${s4.address().port}`, bytes: [1, 2, 3] });
    s4.close();
    s6.close();
    await n.close();
  });

  it("logs only through the injected pino-style logger; silent by default", async () => {
    const records: { level: string; msg: string }[] = [];
    const log =
      (level: string) =>
      (obj: unknown, msg?: unknown): void => {
        records.push({ level, msg: typeof obj === "string" ? obj : String(msg) });
      };
    const logger = { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
    cluster = new Cluster();
    const a = await cluster.add({ name: "a", logger });
    const b = await cluster.add({ name: "b", seeds: [a.address], logger });
    await waitFor("joined", () => aliveView(b).join() === "a,b");
    await a.close();
    expect(records.filter((r) => r.level === "info").map((r) => r.msg)).toEqual(
      expect.arrayContaining(["gossip node started", "joined", "closed"]),
    );
  });

  it("TRN-6: nodes on different transports do not form a cluster, and fail cleanly", async () => {
    cluster = new Cluster();
    const udp = await cluster.add({ name: "udp" });
    const web = await cluster.add({
      name: "web",
      transport: "http",
      seeds: [udp.address],
      join: { retryInitialMs: 50, retryMaxMs: 100, timeoutMs: 500 },
    });
    await expect(web.join()).rejects.toBeInstanceOf(JoinError);
    expect(aliveView(udp)).toEqual(["udp"]);
    expect(udp.closed).toBe(false);
  });
});
