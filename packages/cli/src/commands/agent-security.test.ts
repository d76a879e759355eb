import { describe, expect, it } from "vitest";
import { buildConfig } from "./agent.js";

describe("gossip agent security flags", () => {
  it("SEC-40: --encryption-mode and the PKI files map onto encryption.mode and pki", () => {
    const cfg = buildConfig({
      keyFile: ["a.key", "b.key"],
      encryptionMode: "migration",
      nodeKey: "n1.key",
      cert: "n1.crt",
      ca: ["ca.pub"],
      revocation: "crl.json",
    });
    expect(cfg.encryption).toEqual({ keyFiles: ["a.key", "b.key"], mode: "migration" });
    expect(cfg.pki).toEqual({
      privateKeyFile: "n1.key",
      certificateFile: "n1.crt",
      caFiles: ["ca.pub"],
      revocationFile: "crl.json",
    });
  });

  it("without security flags, neither section is set", () => {
    const cfg = buildConfig({ name: "x" });
    expect(cfg.encryption).toBeUndefined();
    expect(cfg.pki).toBeUndefined();
  });
});
