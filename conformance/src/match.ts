/**
 * Patterns over decoded JSON (see HARNESS.md, Patterns). A pattern is a JSON
 * value; an object whose keys all start with `$` is a matcher:
 *
 * - `{"$any": true}` anything (also an absent field)
 * - `{"$capture": "x"}` binds `x` to the value (or, if bound, requires equality)
 * - `{"$var": "x"}` equals the value bound to `x`
 * - `{"$add": [a, b]}` equals the sum of two patterns' values (numbers or vars)
 * - `{"$oneOf": [p, ...]}` matches one of the patterns
 * - `{"$gte": n}`, `{"$lte": n}`, `{"$gt": n}`, `{"$lt": n}` numeric bounds (n may be a `$var`/`$add`)
 * - `{"$type": "string" | "number" | "boolean" | "object" | "array" | "null"}`
 * - `{"$len": n}` array or string length
 * - `{"$contains": [p, ...]}` an array with, for each pattern, a distinct matching element
 * - `{"$unordered": [p, ...]}` an array of exactly these, in any order
 * - `{"$not": p}` does not match p
 * - `{"$absent": true}` the field is missing (or null)
 * Several matcher keys in one object must all hold. A plain object matches an
 * object having at least the listed keys, each matching; a plain array matches
 * an array of the same length, element by element; anything else by equality.
 */

export type Vars = Map<string, unknown>;

export interface Mismatch {
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
}

const show = (v: unknown): string => (v === undefined ? "(absent)" : JSON.stringify(v));

export function isMatcher(p: unknown): p is Record<string, unknown> {
  if (typeof p !== "object" || p === null || Array.isArray(p)) return false;
  const keys = Object.keys(p);
  return keys.length > 0 && keys.every((k) => k.startsWith("$"));
}

export class PatternError extends Error {
  readonly code = "PATTERN_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "PatternError";
  }
}

/** Evaluate a template: substitute `$var` and `$add`; anything else is copied. */
export function resolve(t: unknown, vars: Vars): unknown {
  if (Array.isArray(t)) return t.map((x) => resolve(x, vars));
  if (typeof t !== "object" || t === null) return t;
  const o = t as Record<string, unknown>;
  if (isMatcher(o)) {
    if ("$var" in o) {
      const name = String(o.$var);
      if (!vars.has(name)) throw new PatternError(`variable ${name} is not bound`);
      return vars.get(name);
    }
    if ("$add" in o) {
      const parts = o.$add as unknown[];
      return parts.map((x) => resolve(x, vars) as number).reduce((a, b) => a + b, 0);
    }
    throw new PatternError(`not a template: ${JSON.stringify(o)}`);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = resolve(v, vars);
  return out;
}

const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(canon(a)) === JSON.stringify(canon(b));
function canon(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canon);
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
    );
  return v;
}

/**
 * Match `actual` against `pattern`. On success the captures are written into
 * `vars` and undefined is returned; on failure `vars` is untouched and the
 * first mismatch is returned.
 */
export function match(pattern: unknown, actual: unknown, vars: Vars, path = ""): Mismatch | undefined {
  const scratch = new Map(vars);
  const m = matchInto(pattern, actual, scratch, path);
  if (!m) for (const [k, v] of scratch) vars.set(k, v);
  return m;
}

function matchInto(p: unknown, a: unknown, vars: Vars, path: string): Mismatch | undefined {
  const fail = (expected: string): Mismatch => ({ path: path || "/", expected, actual: show(a) });
  if (isMatcher(p)) {
    for (const [k, arg] of Object.entries(p)) {
      const m = matcher(k, arg, a, vars, path, fail);
      if (m) return m;
    }
    return undefined;
  }
  if (Array.isArray(p)) {
    if (!Array.isArray(a)) return fail(`an array of ${p.length}`);
    if (a.length !== p.length) return fail(`an array of ${p.length} element(s)`);
    for (let i = 0; i < p.length; i++) {
      const m = matchInto(p[i], a[i], vars, `${path}/${i}`);
      if (m) return m;
    }
    return undefined;
  }
  if (typeof p === "object" && p !== null) {
    if (typeof a !== "object" || a === null || Array.isArray(a)) return fail("an object");
    for (const [k, v] of Object.entries(p)) {
      const m = matchInto(v, (a as Record<string, unknown>)[k], vars, `${path}/${k}`);
      if (m) return m;
    }
    return undefined;
  }
  return deepEqual(p, a) ? undefined : fail(show(p));
}

function matcher(
  k: string,
  arg: unknown,
  a: unknown,
  vars: Vars,
  path: string,
  fail: (expected: string) => Mismatch,
): Mismatch | undefined {
  const num = (x: unknown): number => {
    const v = resolve(x, vars);
    if (typeof v !== "number") throw new PatternError(`${k} needs a number, got ${show(v)}`);
    return v;
  };
  switch (k) {
    case "$any":
      return undefined;
    case "$capture": {
      const name = String(arg);
      if (a === undefined) return fail(`a value to capture as ${name}`);
      if (vars.has(name))
        return deepEqual(vars.get(name), a) ? undefined : fail(`${show(vars.get(name))} (captured ${name})`);
      vars.set(name, a);
      return undefined;
    }
    case "$var":
    case "$add": {
      const v = resolve({ [k]: arg }, vars);
      return deepEqual(v, a) ? undefined : fail(`${show(v)} (${k === "$var" ? `$${String(arg)}` : "sum"})`);
    }
    case "$oneOf": {
      for (const alt of arg as unknown[]) if (!match(alt, a, vars, path)) return undefined;
      return fail(`one of ${show(arg)}`);
    }
    case "$gte":
      return typeof a === "number" && a >= num(arg) ? undefined : fail(`>= ${num(arg)}`);
    case "$lte":
      return typeof a === "number" && a <= num(arg) ? undefined : fail(`<= ${num(arg)}`);
    case "$gt":
      return typeof a === "number" && a > num(arg) ? undefined : fail(`> ${num(arg)}`);
    case "$lt":
      return typeof a === "number" && a < num(arg) ? undefined : fail(`< ${num(arg)}`);
    case "$type": {
      const t = a === null ? "null" : Array.isArray(a) ? "array" : typeof a;
      return t === arg ? undefined : fail(`a ${String(arg)}`);
    }
    case "$len":
      return (Array.isArray(a) || typeof a === "string") && a.length === num(arg)
        ? undefined
        : fail(`length ${num(arg)}`);
    case "$absent":
      return a === undefined || a === null ? undefined : fail("(absent)");
    case "$not":
      return match(arg, a, new Map(vars), path) ? undefined : fail(`not ${show(arg)}`);
    case "$contains":
    case "$unordered": {
      const pats = arg as unknown[];
      if (!Array.isArray(a)) return fail("an array");
      if (k === "$unordered" && a.length !== pats.length)
        return fail(`an array of ${pats.length} element(s) in any order`);
      const used = new Set<number>();
      for (const pat of pats) {
        let found = -1;
        for (let i = 0; i < a.length && found < 0; i++) {
          if (used.has(i)) continue;
          if (!match(pat, a[i], vars, `${path}/${i}`)) found = i;
        }
        if (found < 0) return fail(`an element matching ${show(pat)}`);
        used.add(found);
      }
      return undefined;
    }
    default:
      throw new PatternError(`unknown matcher ${k} at ${path || "/"}`);
  }
}

/** Pretty JSON lines of expected (pattern) and actual, marked up as a small diff. */
export function diffLines(expected: unknown, actual: unknown): string {
  const e = JSON.stringify(expected, null, 2).split("\n");
  const a = JSON.stringify(actual, null, 2)?.split("\n") ?? ["(nothing)"];
  const out: string[] = [];
  // Longest common subsequence on lines, enough for message-sized JSON.
  const n = e.length;
  const m = a.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (lcs[i] as number[])[j] =
        e[i] === a[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, (lcs[i] as number[])[j + 1] as number);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (e[i] === a[j]) {
      out.push(`  ${e[i]}`);
      i++;
      j++;
    } else if (((lcs[i + 1] as number[])[j] as number) >= ((lcs[i] as number[])[j + 1] as number))
      out.push(`- ${e[i++]}`);
    else out.push(`+ ${a[j++]}`);
  }
  while (i < n) out.push(`- ${e[i++]}`);
  while (j < m) out.push(`+ ${a[j++]}`);
  return out.join("\n");
}
