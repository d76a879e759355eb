/**
 * Conversions between the wire's `Address` (4 or 16 address bytes and a port)
 * and the strings people write: `10.0.0.1:7946`, `[fd00::1]:7946`,
 * `gossip.internal:7946`, or a bare host with the default port.
 */
import { isIP } from "node:net";
import type { Address } from "@gossip/codec";
import { SeedError } from "./errors.js";

export interface HostPort {
  readonly host: string;
  readonly port: number;
}

/** Parse `host:port`, `[v6]:port`, `v4`, `[v6]`, bare `v6`, or `host` (with `defaultPort`). */
export function parseHostPort(text: string, defaultPort: number): HostPort {
  const s = text.trim();
  if (s.length === 0) throw new SeedError(text, "empty address");
  let host: string;
  let portText: string | undefined;
  if (s.startsWith("[")) {
    const end = s.indexOf("]");
    if (end < 0) throw new SeedError(text, `"${text}": missing "]"`);
    host = s.slice(1, end);
    const rest = s.slice(end + 1);
    if (rest.length > 0) {
      if (!rest.startsWith(":")) throw new SeedError(text, `"${text}": expected ":port" after "]"`);
      portText = rest.slice(1);
    }
    if (isIP(host) !== 6) throw new SeedError(text, `"${text}": "${host}" is not an IPv6 address`);
  } else if (isIP(s) === 6) {
    host = s;
  } else {
    const colon = s.lastIndexOf(":");
    if (colon >= 0) {
      host = s.slice(0, colon);
      portText = s.slice(colon + 1);
    } else {
      host = s;
    }
    if (host.length === 0 || host.includes(":")) throw new SeedError(text, `"${text}": bad host`);
  }
  let port = defaultPort;
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText)) throw new SeedError(text, `"${text}": bad port "${portText}"`);
    port = Number(portText);
  }
  if (port < 1 || port > 65535) throw new SeedError(text, `"${text}": port ${port} is out of range 1..65535`);
  return { host, port };
}

/** The 4 or 16 bytes of an IP literal; throws on anything else. */
export function ipToBytes(ip: string): Uint8Array {
  const kind = isIP(ip);
  if (kind === 4) return Uint8Array.from(ip.split(".").map(Number));
  if (kind !== 6) throw new TypeError(`not an IP address: ${ip}`);
  let text = ip;
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    const b = tail.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, rest] = text.includes("::") ? text.split("::") : [text, undefined];
  const headGroups = head ? head.split(":") : [];
  const restGroups = rest ? rest.split(":") : [];
  const fill = rest === undefined ? 0 : 8 - headGroups.length - restGroups.length;
  const groups = [...headGroups, ...new Array<string>(fill).fill("0"), ...restGroups];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    const v = Number.parseInt(g, 16);
    out[i * 2] = v >> 8;
    out[i * 2 + 1] = v & 0xff;
  });
  return out;
}

/** The text form of 4 or 16 address bytes (IPv6 compressed per RFC 5952). */
export function bytesToIp(ip: Uint8Array): string {
  if (ip.length === 4) return Array.from(ip).join(".");
  if (ip.length !== 16) return `invalid(${ip.length})`;
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((ip[i]! << 8) | ip[i + 1]!);
  // Longest run of zero groups (length >= 2) becomes "::".
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(":");
  return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}

export function toAddress(ip: string, port: number): Address {
  return { ip: ipToBytes(ip), port };
}

/** `1.2.3.4:5` / `[::1]:5`; also the key the runtime uses to tell peers apart. */
export function addressToString(a: Address): string {
  const ip = bytesToIp(a.ip);
  return a.ip.length === 16 ? `[${ip}]:${a.port}` : `${ip}:${a.port}`;
}

/** An IPv4-mapped IPv6 address (`::ffff:a.b.c.d`) as plain IPv4; other addresses unchanged. */
export function unmapIp(ip: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return m ? m[1]! : ip;
}

export function sameAddress(a: Address, b: Address): boolean {
  if (a.port !== b.port || a.ip.length !== b.ip.length) return false;
  for (let i = 0; i < a.ip.length; i++) if (a.ip[i] !== b.ip[i]) return false;
  return true;
}

export function isUnspecified(ip: string): boolean {
  return ip === "0.0.0.0" || ip === "::" || ip === "0:0:0:0:0:0:0:0";
}
