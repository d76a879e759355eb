import { createSocket } from "node:dgram";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { portForIut } from "./iut-port.js";

describe("live mode: the port handed to the IUT", () => {
  it("is free for UDP and TCP on loopback and outside the OS's ephemeral ranges", async () => {
    for (let i = 0; i < 5; i++) {
      const port = await portForIut("127.0.0.1");
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(32_768);
      const tcp = createServer();
      await new Promise<void>((res, rej) => {
        tcp.once("error", rej);
        tcp.listen(port, "127.0.0.1", () => res());
      });
      const udp = createSocket("udp4");
      await new Promise<void>((res, rej) => {
        udp.once("error", rej);
        udp.bind(port, "127.0.0.1", () => res());
      });
      // Held now: a second pick never returns it.
      expect(await portForIut("127.0.0.1")).not.toBe(port);
      await new Promise<void>((r) => tcp.close(() => r()));
      await new Promise<void>((r) => udp.close(() => r()));
    }
  });
});
