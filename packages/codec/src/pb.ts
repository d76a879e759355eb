/**
 * protobufjs runtime configuration. Imported before the generated module so
 * that uint64 fields decode to plain numbers (the spec caps them at 2^53 - 1,
 * WIRE-41); values above the cap are detected by the codec and rejected.
 */
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = null as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

export const Reader = $protobuf.Reader;
export const Writer = $protobuf.Writer;
export type Reader = $protobuf.Reader;
export type Writer = $protobuf.Writer;
