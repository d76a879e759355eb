/**
 * The keyring over real UDP sockets on loopback: a rolling key rotation loses
 * no datagram, and a captured datagram re-sent by an attacker is refused.
 */
import { createSocket, type Socket } from "node:dgram";
import { decodePacket, encodePacket, type Message } from "@gossip/codec";
import { afterAll, describe, expect, it } from "vitest";
import { Keyring, keyIdOf } from "./keyring.js";
import { envelopePolicy } from "./mode.js";

const sockets: Socket[] = [];
afterAll(() => {
  for (const s of sockets) s.close();
});

async function bind(): Promise<{
  socket: Socket;
  port: number;
  inbox: Uint8Array[];
  next: () => Promise<Uint8Array>;
}> {
  const socket = createSocket("udp4");
  sockets.push(socket);
  const inbox: Uint8Array[] = [];
  const waiters: ((b: Uint8Array) => void)[] = [];
  socket.on("message", (msg) => {
    const b = new Uint8Array(msg);
    const w = waiters.shift();
    if (w) w(b);
    else inbox.push(b);
  });
  await new Promise<void>((r) => socket.bind(0, "127.0.0.1", r));
  const next = () =>
    new Promise<Uint8Array>((resolve) => {
      const b = inbox.shift();
      if (b) resolve(b);
      else waiters.push(resolve);
    });
  return { socket, port: socket.address().port, inbox, next };
}

const send = (s: Socket, port: number, bytes: Uint8Array) =>
  new Promise<void>((r, j) => s.send(bytes, port, "127.0.0.1", (e) => (e ? j(e) : r())));

describe("keyring over loopback UDP", () => {
  it("SEC-16, SEC-30: rotation loses nothing; a re-sent datagram is refused", async () => {
    const k1 = new Uint8Array(32).fill(1);
    const k2 = new Uint8Array(32).fill(2);
    const a = await bind();
    const b = await bind();
    const ka = new Keyring({ keys: [k1] });
    const kb = new Keyring({ keys: [k1] });
    const pa = envelopePolicy("encrypted", ka);
    const pb = envelopePolicy("encrypted", kb);
    let seq = 0;
    const ping = (): Message => ({
      type: "ping",
      seq: ++seq,
      target: "b",
      source: "a",
      sourceAddr: undefined,
    });
    const received: number[] = [];
    let captured: Uint8Array | undefined;

    // a -> b, across the three rotation steps; b rotates one step behind a.
    const exchange = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await send(a.socket, b.port, encodePacket([ping()], { cluster: "prod", cipher: pa.sealWith }));
        const bytes = await b.next();
        captured ??= bytes;
        const r = decodePacket(bytes, {
          cluster: "prod",
          cipher: pb.openWith,
          acceptPlaintext: pb.acceptPlaintext,
        });
        expect(r.ok).toBe(true);
        if (r.ok && r.value.messages[0]?.type === "ping") received.push(r.value.messages[0].seq);
      }
    };
    await exchange(20);
    ka.install(k2);
    await exchange(20);
    kb.install(k2);
    ka.use(keyIdOf(k2)); // a seals with k2; b already holds it
    await exchange(20);
    kb.use(keyIdOf(k2));
    ka.remove(keyIdOf(k1));
    kb.remove(keyIdOf(k1));
    await exchange(20);
    expect(received).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));

    // An attacker re-sends the first captured datagram (sealed under k1, now removed) and a recent one.
    await send(a.socket, b.port, captured!);
    const replay1 = decodePacket(await b.next(), { cluster: "prod", cipher: kb, acceptPlaintext: false });
    expect(replay1.ok).toBe(false);
    expect(kb.lastOpenFailure).toBe("unknown-key");
    const fresh = encodePacket([ping()], { cluster: "prod", cipher: ka });
    await send(a.socket, b.port, fresh);
    expect(decodePacket(await b.next(), { cluster: "prod", cipher: kb, acceptPlaintext: false }).ok).toBe(
      true,
    );
    await send(a.socket, b.port, fresh);
    expect(decodePacket(await b.next(), { cluster: "prod", cipher: kb, acceptPlaintext: false }).ok).toBe(
      false,
    );
    expect(kb.lastOpenFailure).toBe("replayed");
  });
});
