// The engine's key design rule, checked: nothing in packages/core (outside
// tests and benchmarks) reaches for sockets, timers, wall clocks, ambient
// randomness, the process or the console.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "bench" ? [] : sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

const forbidden: ReadonlyArray<[RegExp, string]> = [
  [/\bDate\.now\s*\(/, "Date.now()"],
  [/\bnew Date\s*\(/, "new Date()"],
  [/\bMath\.random\s*\(/, "Math.random()"],
  [/\bperformance\.now\s*\(/, "performance.now()"],
  [/\b(setTimeout|setInterval|setImmediate|queueMicrotask)\s*\(/, "timers"],
  [/\bprocess\./, "process"],
  [/\bconsole\./, "console"],
  [/from\s+["']node:(dgram|net|http|https|fs|child_process|timers)["']/, "I/O modules"],
];

describe("packages/core is sans-IO", () => {
  const files = sources(join(root, "packages/core/src"));
  it("has sources to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });
  for (const file of files) {
    it(`${relative(root, file)} uses no I/O, clocks or ambient randomness`, () => {
      const text = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      const hits = forbidden.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
      expect(hits).toEqual([]);
    });
  }
});
