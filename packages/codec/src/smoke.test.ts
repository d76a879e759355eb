import { describe, expect, it } from "vitest";
import { gossip } from "./gen/wire.js";

describe("generated wire classes", () => {
  it("round-trip a ping through protobuf", () => {
    const bytes = gossip.v1.Message.encode({ ping: { seq: 7, target: "b", source: "a" } }).finish();
    const back = gossip.v1.Message.decode(bytes);
    expect(back.body).toBe("ping");
    expect(back.ping?.seq).toBe(7);
  });
});
