/**
 * A loopback port for the implementation under test to bind in live mode.
 *
 * The runner cannot hand a bound socket to another process, so it picks a
 * free port, releases it and tells the IUT to bind it. A port asked of the OS
 * (`listen(0)`) comes from the ephemeral range, which every other socket in
 * the machine's parallel tests draws from too, so one of them could take it in
 * between (seen as EADDRINUSE at init). Ports are therefore drawn at random
 * below the ephemeral ranges of Linux (32768-60999), macOS and Windows
 * (49152-65535), where no `listen(0)` lands, and checked free for both UDP and
 * TCP before they are handed out.
 */
import { randomInt } from "node:crypto";
import { createSocket } from "node:dgram";
import { createServer } from "node:net";
import { DriverError } from "./driver.js";

const FIRST = 20_000;
const LAST = 32_767;

async function bindable(port: number, host: string): Promise<boolean> {
  const tcp = createServer();
  const tcpOk = await new Promise<boolean>((res) => {
    tcp.once("error", () => res(false));
    tcp.listen(port, host, () => res(true));
  });
  if (!tcpOk) return false;
  const udp = createSocket("udp4");
  const udpOk = await new Promise<boolean>((res) => {
    udp.once("error", () => res(false));
    udp.bind(port, host, () => res(true));
  });
  await new Promise<void>((r) => tcp.close(() => r()));
  if (udpOk) await new Promise<void>((r) => udp.close(() => r()));
  return udpOk;
}

/** A port free for UDP and TCP on `host`, outside the OS's ephemeral range. */
export async function portForIut(host: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = randomInt(FIRST, LAST + 1);
    if (await bindable(port, host)) return port;
  }
  throw new DriverError("LIVE_BIND", `no free UDP+TCP port on ${host} between ${FIRST} and ${LAST}`);
}
