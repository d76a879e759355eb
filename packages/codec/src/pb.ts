/**
 * protobufjs runtime configuration. Imported before the generated module so
 * that uint64 fields decode to plain numbers (the spec caps them at 2^53 - 1,
 * WIRE-41); values above the cap are detected by the codec and rejected.
 */
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = null as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

// Every encoded buffer gets its own memory. protobufjs would slice small ones out of shared 8 KiB
// slabs, and one long-lived slice (a queued entry, a packet still in flight) then keeps a whole slab
// alive: in a simulation that holds hundreds of MiB outside the heap and forces full collections.
$protobuf.Writer.alloc = (size: number) => new Uint8Array(size);

export const Reader = $protobuf.Reader;
export const Writer = $protobuf.Writer;
export type Reader = $protobuf.Reader;
export type Writer = $protobuf.Writer;
