export type * from "./io.js";
