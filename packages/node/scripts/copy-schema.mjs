// Ship the configuration schema next to the compiled module (dist/config.schema.json).
import { copyFileSync, mkdirSync } from "node:fs";

const src = new URL("../../../schemas/json/config.schema.json", import.meta.url);
const dist = new URL("../dist/", import.meta.url);
mkdirSync(dist, { recursive: true });
copyFileSync(src, new URL("config.schema.json", dist));
