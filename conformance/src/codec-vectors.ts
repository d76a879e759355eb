/**
 * Codec vectors (conformance/vectors/codec/*.json, owned by the codec): each
 * case is sent to the IUT as a `decode` request (and, for canonical inputs,
 * an `encode` request) so that a port's own codec is what gets tested.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonObject } from "./codec.js";
import type { TraceOutcome } from "./execute.js";
import { diffLines } from "./match.js";
import { IutError, type IutSession } from "./session.js";
import type { Vector } from "./suite.js";
import { listJson, VECTOR_DIR } from "./vectors.js";

interface CodecCase {
  readonly id: string;
  readonly kind: "packet" | "message" | "stream";
  readonly description?: string;
  readonly requirements: readonly string[];
  readonly hex: string;
  readonly decode?: {
    readonly cluster: string;
    readonly cipher?: { readonly keys: readonly { id: number; key: string }[] };
    readonly acceptPlaintext?: boolean;
    readonly limits?: Record<string, number>;
  };
  readonly frameLimit?: number;
  readonly expect: JsonObject & { ok: boolean };
}

const b64 = (hex: string) => Buffer.from(hex, "hex").toString("base64");
const hexOf = (b: string) => Buffer.from(b, "base64").toString("hex");

function canon(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canon);
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canon((v as JsonObject)[k])]),
    );
  return v;
}
const same = (a: unknown, b: unknown) => JSON.stringify(canon(a)) === JSON.stringify(canon(b));

const fail = (
  message: string,
  expected?: unknown,
  actual?: unknown,
  step = 0,
  op = "decode",
): TraceOutcome => ({
  status: "failed",
  failure: {
    step,
    op,
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(actual !== undefined ? { actual } : {}),
    ...(expected !== undefined && actual !== undefined ? { diff: diffLines(expected, actual) } : {}),
  },
  timeline: [],
});

export async function runCodecCase(session: IutSession, c: CodecCase): Promise<TraceOutcome> {
  const req: JsonObject = { format: c.kind, bytes: b64(c.hex) };
  if (c.decode) {
    req.cluster = c.decode.cluster;
    if (c.decode.cipher) req.keys = c.decode.cipher.keys.map((k) => ({ id: k.id, key: b64(k.key) }));
    if (c.decode.acceptPlaintext !== undefined) req.acceptPlaintext = c.decode.acceptPlaintext;
    if (c.decode.limits) req.limits = c.decode.limits;
  }
  if (c.frameLimit !== undefined) req.frameLimit = c.frameLimit;
  let res: JsonObject;
  try {
    res = await session.request("decode", req);
  } catch (err) {
    if (err instanceof IutError && err.code === "unsupported")
      return { status: "skipped", reason: `IUT: unsupported: ${err.message}` };
    throw err;
  }
  const e = c.expect;
  if (!e.ok) {
    if (res.decodeError === e.error) return { status: "passed", steps: 1 };
    return fail(
      `expected rejection ${String(e.error)}, got ${res.decodeError ? `rejection ${String(res.decodeError)}` : "a successful decode"}`,
      { decodeError: e.error },
      res.decodeError ? { decodeError: res.decodeError } : (res.packet ?? res.message ?? res.envelopes),
    );
  }
  if (res.decodeError) return fail(`expected a successful decode, got rejection ${String(res.decodeError)}`);
  if (c.kind === "stream") {
    const got = ((res.envelopes as string[]) ?? []).map(hexOf);
    return same(got, e.envelopes)
      ? { status: "passed", steps: 1 }
      : fail("the frames' envelopes differ", e.envelopes, got);
  }
  const value = c.kind === "packet" ? res.packet : res.message;
  const want = c.kind === "packet" ? e.packet : e.message;
  if (!same(value, want)) return fail("the decoded JSON differs", want, value);
  if (c.kind === "packet") {
    for (const k of ["unknown", "encrypted", "compressed", "keyId"] as const) {
      if (e[k] !== undefined && res[k] !== e[k])
        return fail(`${k}: expected ${JSON.stringify(e[k])}, got ${JSON.stringify(res[k])}`);
    }
  }
  if (e.canonical === true && !e.encrypted && !e.compressed) {
    const enc = await session.request(
      "encode",
      c.kind === "packet"
        ? { format: "packet", packet: want as JsonObject }
        : { format: "message", message: want as JsonObject },
    );
    const got = hexOf(String(enc.bytes ?? ""));
    if (got !== c.hex)
      return fail("re-encoding the canonical JSON does not give the vector's bytes", c.hex, got, 1, "encode");
  }
  return { status: "passed", steps: 1 };
}

/** One runnable vector per codec case; id `codec/<case id>`. */
export function codecVectors(dir: string = join(VECTOR_DIR, "codec")): Vector[] {
  return listJson(dir).flatMap((file) => {
    const doc = JSON.parse(readFileSync(file, "utf8")) as { vectors?: CodecCase[] };
    return (doc.vectors ?? []).map(
      (c): Vector => ({
        id: `codec/${c.id}`,
        title: c.description ?? c.id,
        area: "codec",
        level: "MUST",
        // Through the harness the IUT reports its own JSON form and error codes.
        requirements: [
          ...c.requirements,
          ...(c.expect.ok
            ? c.kind === "packet"
              ? ["WIRE-100", "WIRE-101", "WIRE-102"]
              : c.kind === "message"
                ? ["WIRE-100", "WIRE-101"]
                : []
            : ["WIRE-93"]),
        ].filter((r, i, all) => all.indexOf(r) === i),
        spec: "spec/02-wire.md",
        kind: "codec",
        file,
        run: async (session) => {
          if (!session.has("codec")) return { status: "skipped", reason: "IUT lacks feature: codec" };
          if (c.decode?.cipher && !session.has("encryption"))
            return { status: "skipped", reason: "IUT lacks feature: encryption" };
          return runCodecCase(session, c);
        },
      }),
    );
  });
}
