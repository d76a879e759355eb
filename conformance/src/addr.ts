/** Textual IP addresses (harness form) to and from address bytes (wire form). */
import { isIPv4, isIPv6 } from "node:net";

export class AddressError extends Error {
  readonly code = "ADDRESS_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "AddressError";
  }
}

export function ipToBytes(ip: string): Uint8Array {
  if (isIPv4(ip)) return new Uint8Array(ip.split(".").map(Number));
  if (!isIPv6(ip)) throw new AddressError(`not an IP address: ${ip}`);
  let s = ip;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const b = ipToBytes(v4[1] as string);
    s = `${s.slice(0, v4.index)}${(((b[0] as number) << 8) | (b[1] as number)).toString(16)}:${(((b[2] as number) << 8) | (b[3] as number)).toString(16)}`;
  }
  const [head, tail] = s.split("::") as [string, string | undefined];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups =
    tail === undefined ? h : [...h, ...new Array<string>(8 - h.length - t.length).fill("0"), ...t];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    const n = Number.parseInt(g, 16);
    out[2 * i] = n >> 8;
    out[2 * i + 1] = n & 0xff;
  });
  return out;
}

export function bytesToIp(b: Uint8Array): string {
  if (b.length === 4) return Array.from(b).join(".");
  if (b.length !== 16) throw new AddressError(`address of ${b.length} bytes`);
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((b[i] as number) << 8) | (b[i + 1] as number));
  // Compress the longest run of zero groups (RFC 5952).
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}

export interface TextAddress {
  readonly ip: string;
  readonly port: number;
}

export const toWire = (a: TextAddress): { ip: Uint8Array; port: number } => ({
  ip: ipToBytes(a.ip),
  port: a.port,
});
export const toText = (a: { ip: Uint8Array; port: number }): TextAddress => ({
  ip: bytesToIp(a.ip),
  port: a.port,
});
