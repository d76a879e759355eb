import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { runAdapter } from "./adapter-kit.js";
import { referenceAdapter } from "./reference.js";
import { checkHarnessMessage } from "./schemas.js";
import { IutError, IutSession } from "./session.js";

describe("harness messages are schema-checked", () => {
  it("accepts well-formed messages and names what is wrong with others", () => {
    expect(checkHarnessMessage({ type: "tick", id: 3, now: 10 }, "to-iut")).toBeUndefined();
    expect(checkHarnessMessage({ type: "tick", id: 3 }, "to-iut")).toMatch(/now/);
    expect(checkHarnessMessage({ type: "tick", id: 3, now: 1, extra: true }, "to-iut")).toMatch(/additional/);
    expect(checkHarnessMessage({ type: "result", id: 3 }, "to-iut")).toMatch(/unknown message type/);
    expect(
      checkHarnessMessage(
        {
          type: "result",
          id: 3,
          outputs: [{ kind: "datagram", to: { ip: "10.0.0.1", port: 0 }, bytes: "" }],
        },
        "to-runner",
      ),
    ).toMatch(/port|oneOf/);
    expect(
      checkHarnessMessage(
        { type: "hello", harness: 1, implementation: "x", protocolVersions: [1], features: ["teleport"] },
        "to-runner",
      ),
    ).toBeDefined();
    expect(checkHarnessMessage([], "to-runner")).toBe("not a JSON object");
  });

  it("the runner refuses an IUT that sends an invalid message", async () => {
    const session = IutSession.start(
      {
        kind: "in-process",
        start: (addr) => {
          const [host, port] = addr.split(":") as [string, string];
          const s: Socket = connect({ host, port: Number(port) }, () => {
            s.write(
              `${JSON.stringify({ type: "hello", harness: 1, implementation: "bad", protocolVersions: [1], features: [] })}\n`,
            );
            s.on("data", () => s.write(`${JSON.stringify({ type: "result", id: 1, nextWakeup: "soon" })}\n`));
          });
        },
      },
      { requestTimeoutMs: 5000 },
    );
    const s = await session;
    await expect(s.request("tick", { now: 0 })).rejects.toThrow(/invalid message from IUT/);
    await s.close();
  });

  it("an error answer is an IutError with the IUT's code", async () => {
    const s = await IutSession.start({
      kind: "in-process",
      start: (addr) => void runAdapter(referenceAdapter(), addr),
    });
    try {
      const err = await s.request("tick", { now: 0 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(IutError);
      expect((err as IutError).code).toBe("no-node");
      const res = await s
        .request("init", {
          mode: "virtual",
          name: "a",
          addr: { ip: "::1", port: 7946 },
          cluster: "c",
          config: { preset: "lan", bogus: 1 },
          seed: 0,
          now: 0,
        })
        .catch((e: unknown) => e);
      expect((res as IutError).code).toBe("unsupported");
    } finally {
      await s.close();
    }
  });

  it("an IUT command that never connects is reported, not waited on forever", async () => {
    const err = await IutSession.start(
      { kind: "command", command: "exit 3" },
      { connectTimeoutMs: 5000 },
    ).catch((e: unknown) => e);
    expect((err as IutError).code).toBe("IUT_EXITED");
  });
});
