import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@gossip/source"] },
  ssr: { resolve: { conditions: ["@gossip/source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "conformance/src/**/*.test.ts", "scripts/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
