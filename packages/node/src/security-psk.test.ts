// Pre-shared-key encryption end to end over loopback sockets, with the reference
// engine: encrypted clusters, rolling key rotation and the three-step enable
// without losing a message, replay, and cluster isolation (spec/11-security.md).
import { createSocket } from "node:dgram";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodePacket } from "@gossip/codec";
import { encodePskFile, generateKey, Keyring, keyIdOf } from "@gossip/security";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createNode, type GossipNode, type NodeOptions } from "./node.js";
import { aliveView, waitFor } from "./test-helpers.js";

const FAST = {
  preset: "local",
  protocol: { probeIntervalMs: 200, probeTimeoutMs: 100, gossipIntervalMs: 30, pushPullIntervalMs: 1000 },
} as const;
const dir = mkdtempSync(join(tmpdir(), "gossip-psk-"));
const keyOld = generateKey();
const keyNew = generateKey();
const oldFile = join(dir, "old.key");
writeFileSync(oldFile, encodePskFile(keyOld));
let nodes: GossipNode[] = [];

afterEach(async () => {
  await Promise.all(nodes.map((n) => n.close()));
  nodes = [];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(name: string, extra: NodeOptions = {}): Promise<GossipNode> {
  const n = await createNode({ name, bindAddress: "127.0.0.1", bindPort: 0, ...FAST, ...extra });
  nodes.push(n);
  return n;
}

async function cluster(names: string[], extra: (i: number) => NodeOptions): Promise<GossipNode[]> {
  const first = await start(names[0] as string, extra(0));
  const out = [first];
  for (let i = 1; i < names.length; i++)
    out.push(await start(names[i] as string, { ...extra(i), seeds: [first.address] }));
  const all = [...names].sort().join();
  await waitFor("cluster formed", () => out.every((n) => aliveView(n).join() === all));
  return out;
}

/**
 * Every node writes a new key every `everyMs` (key/value updates are delivered
 * reliably: piggybacked, then repaired by anti-entropy), so every write must
 * arrive at every other node: a packet refused by a key or mode change would
 * show up as a decode drop, and a lost update as a missing key.
 */
function traffic(ns: GossipNode[], everyMs = 40) {
  const sent: [owner: GossipNode, key: string][] = [];
  let i = 0;
  const timer = setInterval(() => {
    for (const n of ns) {
      n.setKey(`t${i}`, `${n.name}:${i}`);
      sent.push([n, `t${i}`]);
    }
    i++;
  }, everyMs);
  const missing = () =>
    ns.map((n) => [n.name, sent.filter(([o, k]) => o !== n && n.getKey(k, o.name) === undefined).length]);
  return {
    async stop(): Promise<void> {
      clearInterval(timer);
      await waitFor("every write everywhere", () => missing().every(([, c]) => c === 0), 15_000).catch(
        (err: unknown) => {
          throw new Error(`${(err as Error).message}; missing ${JSON.stringify(missing())}`);
        },
      );
    },
    get count() {
      return sent.length;
    },
  };
}

const decodeDrops = (n: GossipNode): Record<string, number> =>
  Object.fromEntries(Object.entries(n.stats().drops).filter(([k]) => k.includes("decode:")));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("pre-shared-key encryption over real sockets", () => {
  it("SEC-40: an encrypted 3-node cluster forms, carries key/value data, and refuses plaintext", async () => {
    const ns = await cluster(["e1", "e2", "e3"], () => ({
      encryption: { keyFiles: [oldFile], mode: "encrypted" },
    }));
    const t = traffic(ns);
    ns[0]?.setKey("k", "v");
    await sleep(300);
    await t.stop();
    await waitFor("kv spread", () => ns.every((n) => n.getKey("k", "e1") !== undefined));
    for (const n of ns) expect(decodeDrops(n)).toEqual({});
    expect(ns[0]?.security?.stats().keyring?.sealed).toBeGreaterThan(0);
    // A plaintext node cannot join, and its packets are counted.
    const p = await start("plain", { seeds: [ns[0]?.address as string], join: { timeoutMs: 1200 } });
    await expect(p.join()).rejects.toMatchObject({ code: "JOIN_FAILED" });
    expect(aliveView(ns[0] as GossipNode)).toEqual(["e1", "e2", "e3"]);
    expect(decodeDrops(ns[0] as GossipNode)["decode:ENCRYPTION_REQUIRED"]).toBeGreaterThan(0);
  });

  it("SEC-30..SEC-33: a rolling key rotation (install, use, remove on every node in turn) loses no message", async () => {
    const ns = await cluster(["r1", "r2", "r3"], () => ({
      encryption: { keyFiles: [oldFile], mode: "encrypted" },
    }));
    const t = traffic(ns);
    const oldId = keyIdOf(keyOld);
    const newId = keyIdOf(keyNew);
    for (const n of ns) {
      expect(n.security?.installKey(keyNew)).toBe(newId);
      await sleep(150);
    }
    for (const n of ns) {
      n.security?.useKey(newId);
      await sleep(150);
    }
    for (const n of ns) {
      expect(n.security?.removeKey(oldId)).toBe(true);
      await sleep(150);
    }
    await sleep(300);
    await t.stop();
    expect(t.count).toBeGreaterThan(30);
    for (const n of ns) {
      expect(decodeDrops(n)).toEqual({});
      expect(n.security?.listKeys()).toEqual([{ keyId: newId, primary: true }]);
    }
    // A node still on the old key is now refused: its packets count as unknown-key.
    const late = await start("late", {
      encryption: { keyFiles: [oldFile], mode: "encrypted" },
      seeds: [ns[0]?.address as string],
      join: { timeoutMs: 1200 },
    });
    await expect(late.join()).rejects.toMatchObject({ code: "JOIN_FAILED" });
    expect(decodeDrops(ns[0] as GossipNode)["decode:DECRYPT_FAILED:unknown-key"]).toBeGreaterThan(0);
  });

  it("SEC-40..SEC-43: migration turns encryption on in a running cluster without losing a message", async () => {
    const ns = await cluster(["m1", "m2", "m3"], () => ({
      encryption: { keyFiles: [oldFile], mode: "plaintext" },
    }));
    const t = traffic(ns);
    for (const n of ns) {
      n.security?.setMode("migration");
      await sleep(200);
    }
    for (const n of ns) {
      n.security?.setMode("encrypted");
      await sleep(200);
    }
    await sleep(300);
    await t.stop();
    for (const n of ns) {
      expect(n.security?.mode).toBe("encrypted");
      expect(decodeDrops(n)).toEqual({});
      expect(aliveView(n)).toEqual(["m1", "m2", "m3"]);
    }
    const opened = ns.map((n) => n.security?.stats().keyring?.opened ?? 0);
    expect(Math.min(...opened)).toBeGreaterThan(0);
  });

  it("SEC-34: a replayed datagram is refused and changes nothing", async () => {
    const [a] = await cluster(["p1", "p2"], () => ({
      encryption: { keyFiles: [oldFile], mode: "encrypted" },
    }));
    const node = a as GossipNode;
    const events: string[] = [];
    node.on("user-event", (e) => events.push(e.name));
    // A datagram as a key holder would capture it: sealed with the cluster key by another sender.
    const sender = new Keyring({ keys: [keyOld] });
    const packet = encodePacket(
      [
        {
          type: "user-event",
          id: new Uint8Array(16).fill(7),
          origin: "p2",
          name: "once",
          payload: new Uint8Array(0),
          ltime: 1,
          ttl: 1,
        },
      ],
      { cluster: "default", cipher: sender },
    );
    const [host, port] = node.address.split(/:(?=\d+$)/) as [string, string];
    const sock = createSocket("udp4");
    try {
      const send = () => new Promise<void>((r) => sock.send(packet, Number(port), host, () => r()));
      await send();
      await waitFor("first copy delivered", () => events.includes("once"));
      await send();
      await send();
      await waitFor("replays counted", () => (decodeDrops(node)["decode:DECRYPT_FAILED:replayed"] ?? 0) >= 2);
      expect(events.filter((e) => e === "once")).toHaveLength(1);
      expect(node.security?.stats().keyring?.rejected.replayed).toBeGreaterThanOrEqual(2);
      expect(node.stats().security?.keyring?.rejected.replayed).toBeGreaterThanOrEqual(2);
      expect(node.prometheus()).toMatch(/gossip_security_refused\{layer="keyring",reason="replayed"\} [1-9]/);
    } finally {
      sock.close();
    }
  });

  it("SEC-10, WIRE-8: two clusters on one host sharing seeds never merge, and the drops are counted", async () => {
    for (const encryption of [undefined, { keyFiles: [oldFile], mode: "encrypted" as const }]) {
      const blue = await cluster(["b1", "b2"], () => ({
        cluster: "blue",
        ...(encryption ? { encryption } : {}),
      }));
      const green = await cluster(["g1", "g2"], () => ({
        cluster: "green",
        ...(encryption ? { encryption } : {}),
      }));
      // Each cluster's second node is also seeded with the other cluster's first node.
      const cross = await start(`x-${encryption ? "enc" : "plain"}`, {
        cluster: "green",
        ...(encryption ? { encryption } : {}),
        seeds: [blue[0]?.address as string, green[0]?.address as string],
      });
      await waitFor("cross node joined green", () => aliveView(green[0] as GossipNode).includes(cross.name));
      await sleep(1500);
      expect(aliveView(blue[0] as GossipNode)).toEqual(["b1", "b2"]);
      expect(aliveView(blue[1] as GossipNode)).toEqual(["b1", "b2"]);
      expect(aliveView(green[0] as GossipNode)).toEqual(["g1", "g2", cross.name].sort());
      const wrong = Object.entries(blue[0]?.stats().drops ?? {})
        .filter(([k]) => k.includes("WRONG_CLUSTER"))
        .reduce((s, [, v]) => s + v, 0);
      expect(wrong).toBeGreaterThan(0);
      await Promise.all(nodes.map((n) => n.close()));
      nodes = [];
    }
  });
});
