import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace gossip. */
export namespace gossip {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Address.
         * @deprecated Use gossip.v1.Address.$Properties instead.
         */
        interface IAddress extends gossip.v1.Address.$Properties {
        }

        /** Represents an Address. */
        class Address {

            /**
             * Constructs a new Address.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Address.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Address ip. */
            ip: Uint8Array;

            /** Address port. */
            port: number;

            /**
             * Creates a new Address instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Address instance
             */
            static create(properties: gossip.v1.Address.$Shape): gossip.v1.Address & gossip.v1.Address.$Shape;
            static create(properties?: gossip.v1.Address.$Properties): gossip.v1.Address;

            /**
             * Encodes the specified Address message. Does not implicitly {@link gossip.v1.Address.verify|verify} messages.
             * @param message Address message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Address & gossip.v1.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Address & gossip.v1.Address.$Shape;

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Address
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Address;

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @param message Address
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Address, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Address to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Address
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Address {

            /** Properties of an Address. */
            interface $Properties {

                /** Address ip */
                ip?: (Uint8Array|null);

                /** Address port */
                port?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Address. */
            type $Shape = gossip.v1.Address.$Properties;
        }

        /** MemberState enum. */
        enum MemberState {

            /** MEMBER_STATE_ALIVE value */
            MEMBER_STATE_ALIVE = 0,

            /** MEMBER_STATE_SUSPECT value */
            MEMBER_STATE_SUSPECT = 1,

            /** MEMBER_STATE_DEAD value */
            MEMBER_STATE_DEAD = 2,

            /** MEMBER_STATE_LEFT value */
            MEMBER_STATE_LEFT = 3
        }

        /**
         * Properties of a Packet.
         * @deprecated Use gossip.v1.Packet.$Properties instead.
         */
        interface IPacket extends gossip.v1.Packet.$Properties {
        }

        /** Represents a Packet. */
        class Packet {

            /**
             * Constructs a new Packet.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Packet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Packet messages. */
            messages: gossip.v1.Message.$Properties[];

            /**
             * Creates a new Packet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Packet instance
             */
            static create(properties: gossip.v1.Packet.$Shape): gossip.v1.Packet & gossip.v1.Packet.$Shape;
            static create(properties?: gossip.v1.Packet.$Properties): gossip.v1.Packet;

            /**
             * Encodes the specified Packet message. Does not implicitly {@link gossip.v1.Packet.verify|verify} messages.
             * @param message Packet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Packet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Packet & gossip.v1.Packet.$Shape} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Packet & gossip.v1.Packet.$Shape;

            /**
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Packet
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Packet;

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @param message Packet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Packet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Packet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Packet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Packet {

            /** Properties of a Packet. */
            interface $Properties {

                /** Packet messages */
                messages?: (gossip.v1.Message.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Packet. */
            type $Shape = {
              messages?: gossip.v1.Message.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Message.
         * @deprecated Use gossip.v1.Message.$Properties instead.
         */
        interface IMessage extends gossip.v1.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message ping. */
            ping?: (gossip.v1.Ping.$Properties|null);

            /** Message pingReq. */
            pingReq?: (gossip.v1.PingReq.$Properties|null);

            /** Message ack. */
            ack?: (gossip.v1.Ack.$Properties|null);

            /** Message nack. */
            nack?: (gossip.v1.Nack.$Properties|null);

            /** Message alive. */
            alive?: (gossip.v1.Alive.$Properties|null);

            /** Message suspect. */
            suspect?: (gossip.v1.Suspect.$Properties|null);

            /** Message dead. */
            dead?: (gossip.v1.Dead.$Properties|null);

            /** Message leave. */
            leave?: (gossip.v1.Leave.$Properties|null);

            /** Message pushPull. */
            pushPull?: (gossip.v1.PushPull.$Properties|null);

            /** Message kvDigest. */
            kvDigest?: (gossip.v1.KvDigest.$Properties|null);

            /** Message kvDelta. */
            kvDelta?: (gossip.v1.KvDelta.$Properties|null);

            /** Message userEvent. */
            userEvent?: (gossip.v1.UserEvent.$Properties|null);

            /** Message crdtDelta. */
            crdtDelta?: (gossip.v1.CrdtDelta.$Properties|null);

            /** Message signed. */
            signed?: (gossip.v1.Signed.$Properties|null);

            /** Message revocation. */
            revocation?: (gossip.v1.Revocation.$Properties|null);

            /** Message error. */
            error?: (gossip.v1.ErrorReply.$Properties|null);

            /** Message body. */
            body?: ("ping"|"pingReq"|"ack"|"nack"|"alive"|"suspect"|"dead"|"leave"|"pushPull"|"kvDigest"|"kvDelta"|"userEvent"|"crdtDelta"|"signed"|"revocation"|"error");

            /**
             * Creates a new Message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Message instance
             */
            static create(properties: gossip.v1.Message.$Shape): gossip.v1.Message & gossip.v1.Message.$Shape;
            static create(properties?: gossip.v1.Message.$Properties): gossip.v1.Message;

            /**
             * Encodes the specified Message message. Does not implicitly {@link gossip.v1.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Message & gossip.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Message & gossip.v1.Message.$Shape;

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Message
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Message;

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @param message Message
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Message to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Message
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message ping */
                ping?: (gossip.v1.Ping.$Properties|null);

                /** Message pingReq */
                pingReq?: (gossip.v1.PingReq.$Properties|null);

                /** Message ack */
                ack?: (gossip.v1.Ack.$Properties|null);

                /** Message nack */
                nack?: (gossip.v1.Nack.$Properties|null);

                /** Message alive */
                alive?: (gossip.v1.Alive.$Properties|null);

                /** Message suspect */
                suspect?: (gossip.v1.Suspect.$Properties|null);

                /** Message dead */
                dead?: (gossip.v1.Dead.$Properties|null);

                /** Message leave */
                leave?: (gossip.v1.Leave.$Properties|null);

                /** Message pushPull */
                pushPull?: (gossip.v1.PushPull.$Properties|null);

                /** Message kvDigest */
                kvDigest?: (gossip.v1.KvDigest.$Properties|null);

                /** Message kvDelta */
                kvDelta?: (gossip.v1.KvDelta.$Properties|null);

                /** Message userEvent */
                userEvent?: (gossip.v1.UserEvent.$Properties|null);

                /** Message crdtDelta */
                crdtDelta?: (gossip.v1.CrdtDelta.$Properties|null);

                /** Message signed */
                signed?: (gossip.v1.Signed.$Properties|null);

                /** Message revocation */
                revocation?: (gossip.v1.Revocation.$Properties|null);

                /** Message error */
                error?: (gossip.v1.ErrorReply.$Properties|null);

                /** Message body */
                body?: ("ping"|"pingReq"|"ack"|"nack"|"alive"|"suspect"|"dead"|"leave"|"pushPull"|"kvDigest"|"kvDelta"|"userEvent"|"crdtDelta"|"signed"|"revocation"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Message. */
            type $Shape = {
              ping?: gossip.v1.Ping.$Shape|null;
              pingReq?: gossip.v1.PingReq.$Shape|null;
              ack?: gossip.v1.Ack.$Shape|null;
              nack?: gossip.v1.Nack.$Shape|null;
              alive?: gossip.v1.Alive.$Shape|null;
              suspect?: gossip.v1.Suspect.$Shape|null;
              dead?: gossip.v1.Dead.$Shape|null;
              leave?: gossip.v1.Leave.$Shape|null;
              pushPull?: gossip.v1.PushPull.$Shape|null;
              kvDigest?: gossip.v1.KvDigest.$Shape|null;
              kvDelta?: gossip.v1.KvDelta.$Shape|null;
              userEvent?: gossip.v1.UserEvent.$Shape|null;
              crdtDelta?: gossip.v1.CrdtDelta.$Shape|null;
              signed?: gossip.v1.Signed.$Shape|null;
              revocation?: gossip.v1.Revocation.$Shape|null;
              error?: gossip.v1.ErrorReply.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "ping"; ping: gossip.v1.Ping.$Shape; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "pingReq"; ping?: null; pingReq: gossip.v1.PingReq.$Shape; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "ack"; ping?: null; pingReq?: null; ack: gossip.v1.Ack.$Shape; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "nack"; ping?: null; pingReq?: null; ack?: null; nack: gossip.v1.Nack.$Shape; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "alive"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive: gossip.v1.Alive.$Shape; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "suspect"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect: gossip.v1.Suspect.$Shape; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "dead"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead: gossip.v1.Dead.$Shape; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "leave"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave: gossip.v1.Leave.$Shape; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "pushPull"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull: gossip.v1.PushPull.$Shape; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "kvDigest"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest: gossip.v1.KvDigest.$Shape; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "kvDelta"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta: gossip.v1.KvDelta.$Shape; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "userEvent"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent: gossip.v1.UserEvent.$Shape; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "crdtDelta"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta: gossip.v1.CrdtDelta.$Shape; signed?: null; revocation?: null; error?: null }|{ body?: "signed"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed: gossip.v1.Signed.$Shape; revocation?: null; error?: null }|{ body?: "revocation"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation: gossip.v1.Revocation.$Shape; error?: null }|{ body?: "error"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error: gossip.v1.ErrorReply.$Shape })
            );
        }

        /**
         * Properties of a Ping.
         * @deprecated Use gossip.v1.Ping.$Properties instead.
         */
        interface IPing extends gossip.v1.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ping seq. */
            seq: number;

            /** Ping target. */
            target: string;

            /** Ping source. */
            source: string;

            /** Ping sourceAddr. */
            sourceAddr?: (gossip.v1.Address.$Properties|null);

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            static create(properties: gossip.v1.Ping.$Shape): gossip.v1.Ping & gossip.v1.Ping.$Shape;
            static create(properties?: gossip.v1.Ping.$Properties): gossip.v1.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link gossip.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Ping & gossip.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Ping & gossip.v1.Ping.$Shape;

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ping
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Ping;

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @param message Ping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ping
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Ping seq */
                seq?: (number|null);

                /** Ping target */
                target?: (string|null);

                /** Ping source */
                source?: (string|null);

                /** Ping sourceAddr */
                sourceAddr?: (gossip.v1.Address.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = gossip.v1.Ping.$Properties;
        }

        /**
         * Properties of a PingReq.
         * @deprecated Use gossip.v1.PingReq.$Properties instead.
         */
        interface IPingReq extends gossip.v1.PingReq.$Properties {
        }

        /** Represents a PingReq. */
        class PingReq {

            /**
             * Constructs a new PingReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.PingReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PingReq seq. */
            seq: number;

            /** PingReq target. */
            target: string;

            /** PingReq targetAddr. */
            targetAddr?: (gossip.v1.Address.$Properties|null);

            /** PingReq source. */
            source: string;

            /** PingReq sourceAddr. */
            sourceAddr?: (gossip.v1.Address.$Properties|null);

            /** PingReq wantNack. */
            wantNack: boolean;

            /**
             * Creates a new PingReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingReq instance
             */
            static create(properties: gossip.v1.PingReq.$Shape): gossip.v1.PingReq & gossip.v1.PingReq.$Shape;
            static create(properties?: gossip.v1.PingReq.$Properties): gossip.v1.PingReq;

            /**
             * Encodes the specified PingReq message. Does not implicitly {@link gossip.v1.PingReq.verify|verify} messages.
             * @param message PingReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.PingReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.PingReq & gossip.v1.PingReq.$Shape} PingReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.PingReq & gossip.v1.PingReq.$Shape;

            /**
             * Creates a PingReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingReq
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.PingReq;

            /**
             * Creates a plain object from a PingReq message. Also converts values to other types if specified.
             * @param message PingReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.PingReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PingReq
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingReq {

            /** Properties of a PingReq. */
            interface $Properties {

                /** PingReq seq */
                seq?: (number|null);

                /** PingReq target */
                target?: (string|null);

                /** PingReq targetAddr */
                targetAddr?: (gossip.v1.Address.$Properties|null);

                /** PingReq source */
                source?: (string|null);

                /** PingReq sourceAddr */
                sourceAddr?: (gossip.v1.Address.$Properties|null);

                /** PingReq wantNack */
                wantNack?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingReq. */
            type $Shape = gossip.v1.PingReq.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use gossip.v1.Ack.$Properties instead.
         */
        interface IAck extends gossip.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack seq. */
            seq: number;

            /** Ack payload. */
            payload: Uint8Array;

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: gossip.v1.Ack.$Shape): gossip.v1.Ack & gossip.v1.Ack.$Shape;
            static create(properties?: gossip.v1.Ack.$Properties): gossip.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link gossip.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Ack & gossip.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Ack & gossip.v1.Ack.$Shape;

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack seq */
                seq?: (number|null);

                /** Ack payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = gossip.v1.Ack.$Properties;
        }

        /**
         * Properties of a Nack.
         * @deprecated Use gossip.v1.Nack.$Properties instead.
         */
        interface INack extends gossip.v1.Nack.$Properties {
        }

        /** Represents a Nack. */
        class Nack {

            /**
             * Constructs a new Nack.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Nack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Nack seq. */
            seq: number;

            /**
             * Creates a new Nack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Nack instance
             */
            static create(properties: gossip.v1.Nack.$Shape): gossip.v1.Nack & gossip.v1.Nack.$Shape;
            static create(properties?: gossip.v1.Nack.$Properties): gossip.v1.Nack;

            /**
             * Encodes the specified Nack message. Does not implicitly {@link gossip.v1.Nack.verify|verify} messages.
             * @param message Nack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Nack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Nack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Nack & gossip.v1.Nack.$Shape} Nack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Nack & gossip.v1.Nack.$Shape;

            /**
             * Creates a Nack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Nack
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Nack;

            /**
             * Creates a plain object from a Nack message. Also converts values to other types if specified.
             * @param message Nack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Nack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Nack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Nack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Nack {

            /** Properties of a Nack. */
            interface $Properties {

                /** Nack seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Nack. */
            type $Shape = gossip.v1.Nack.$Properties;
        }

        /**
         * Properties of an Alive.
         * @deprecated Use gossip.v1.Alive.$Properties instead.
         */
        interface IAlive extends gossip.v1.Alive.$Properties {
        }

        /** Represents an Alive. */
        class Alive {

            /**
             * Constructs a new Alive.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Alive.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Alive node. */
            node: string;

            /** Alive incarnation. */
            incarnation: number;

            /** Alive addr. */
            addr?: (gossip.v1.Address.$Properties|null);

            /** Alive meta. */
            meta: Uint8Array;

            /** Alive protocolMin. */
            protocolMin: number;

            /** Alive protocolMax. */
            protocolMax: number;

            /** Alive certificate. */
            certificate: Uint8Array;

            /**
             * Creates a new Alive instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Alive instance
             */
            static create(properties: gossip.v1.Alive.$Shape): gossip.v1.Alive & gossip.v1.Alive.$Shape;
            static create(properties?: gossip.v1.Alive.$Properties): gossip.v1.Alive;

            /**
             * Encodes the specified Alive message. Does not implicitly {@link gossip.v1.Alive.verify|verify} messages.
             * @param message Alive message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Alive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Alive message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Alive & gossip.v1.Alive.$Shape} Alive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Alive & gossip.v1.Alive.$Shape;

            /**
             * Creates an Alive message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Alive
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Alive;

            /**
             * Creates a plain object from an Alive message. Also converts values to other types if specified.
             * @param message Alive
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Alive, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Alive to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Alive
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Alive {

            /** Properties of an Alive. */
            interface $Properties {

                /** Alive node */
                node?: (string|null);

                /** Alive incarnation */
                incarnation?: (number|null);

                /** Alive addr */
                addr?: (gossip.v1.Address.$Properties|null);

                /** Alive meta */
                meta?: (Uint8Array|null);

                /** Alive protocolMin */
                protocolMin?: (number|null);

                /** Alive protocolMax */
                protocolMax?: (number|null);

                /** Alive certificate */
                certificate?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Alive. */
            type $Shape = gossip.v1.Alive.$Properties;
        }

        /**
         * Properties of a Suspect.
         * @deprecated Use gossip.v1.Suspect.$Properties instead.
         */
        interface ISuspect extends gossip.v1.Suspect.$Properties {
        }

        /** Represents a Suspect. */
        class Suspect {

            /**
             * Constructs a new Suspect.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Suspect.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Suspect node. */
            node: string;

            /** Suspect incarnation. */
            incarnation: number;

            /** Suspect from. */
            from: string;

            /**
             * Creates a new Suspect instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Suspect instance
             */
            static create(properties: gossip.v1.Suspect.$Shape): gossip.v1.Suspect & gossip.v1.Suspect.$Shape;
            static create(properties?: gossip.v1.Suspect.$Properties): gossip.v1.Suspect;

            /**
             * Encodes the specified Suspect message. Does not implicitly {@link gossip.v1.Suspect.verify|verify} messages.
             * @param message Suspect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Suspect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Suspect message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Suspect & gossip.v1.Suspect.$Shape} Suspect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Suspect & gossip.v1.Suspect.$Shape;

            /**
             * Creates a Suspect message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Suspect
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Suspect;

            /**
             * Creates a plain object from a Suspect message. Also converts values to other types if specified.
             * @param message Suspect
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Suspect, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Suspect to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Suspect
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Suspect {

            /** Properties of a Suspect. */
            interface $Properties {

                /** Suspect node */
                node?: (string|null);

                /** Suspect incarnation */
                incarnation?: (number|null);

                /** Suspect from */
                from?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Suspect. */
            type $Shape = gossip.v1.Suspect.$Properties;
        }

        /**
         * Properties of a Dead.
         * @deprecated Use gossip.v1.Dead.$Properties instead.
         */
        interface IDead extends gossip.v1.Dead.$Properties {
        }

        /** Represents a Dead. */
        class Dead {

            /**
             * Constructs a new Dead.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Dead.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Dead node. */
            node: string;

            /** Dead incarnation. */
            incarnation: number;

            /** Dead from. */
            from: string;

            /**
             * Creates a new Dead instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Dead instance
             */
            static create(properties: gossip.v1.Dead.$Shape): gossip.v1.Dead & gossip.v1.Dead.$Shape;
            static create(properties?: gossip.v1.Dead.$Properties): gossip.v1.Dead;

            /**
             * Encodes the specified Dead message. Does not implicitly {@link gossip.v1.Dead.verify|verify} messages.
             * @param message Dead message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Dead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Dead message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Dead & gossip.v1.Dead.$Shape} Dead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Dead & gossip.v1.Dead.$Shape;

            /**
             * Creates a Dead message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Dead
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Dead;

            /**
             * Creates a plain object from a Dead message. Also converts values to other types if specified.
             * @param message Dead
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Dead, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Dead to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Dead
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Dead {

            /** Properties of a Dead. */
            interface $Properties {

                /** Dead node */
                node?: (string|null);

                /** Dead incarnation */
                incarnation?: (number|null);

                /** Dead from */
                from?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Dead. */
            type $Shape = gossip.v1.Dead.$Properties;
        }

        /**
         * Properties of a Leave.
         * @deprecated Use gossip.v1.Leave.$Properties instead.
         */
        interface ILeave extends gossip.v1.Leave.$Properties {
        }

        /** Represents a Leave. */
        class Leave {

            /**
             * Constructs a new Leave.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Leave.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Leave node. */
            node: string;

            /** Leave incarnation. */
            incarnation: number;

            /**
             * Creates a new Leave instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Leave instance
             */
            static create(properties: gossip.v1.Leave.$Shape): gossip.v1.Leave & gossip.v1.Leave.$Shape;
            static create(properties?: gossip.v1.Leave.$Properties): gossip.v1.Leave;

            /**
             * Encodes the specified Leave message. Does not implicitly {@link gossip.v1.Leave.verify|verify} messages.
             * @param message Leave message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Leave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Leave message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Leave & gossip.v1.Leave.$Shape} Leave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Leave & gossip.v1.Leave.$Shape;

            /**
             * Creates a Leave message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Leave
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Leave;

            /**
             * Creates a plain object from a Leave message. Also converts values to other types if specified.
             * @param message Leave
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Leave, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Leave to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Leave
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Leave {

            /** Properties of a Leave. */
            interface $Properties {

                /** Leave node */
                node?: (string|null);

                /** Leave incarnation */
                incarnation?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Leave. */
            type $Shape = gossip.v1.Leave.$Properties;
        }

        /**
         * Properties of a MemberRecord.
         * @deprecated Use gossip.v1.MemberRecord.$Properties instead.
         */
        interface IMemberRecord extends gossip.v1.MemberRecord.$Properties {
        }

        /** Represents a MemberRecord. */
        class MemberRecord {

            /**
             * Constructs a new MemberRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.MemberRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberRecord node. */
            node: string;

            /** MemberRecord addr. */
            addr?: (gossip.v1.Address.$Properties|null);

            /** MemberRecord meta. */
            meta: Uint8Array;

            /** MemberRecord incarnation. */
            incarnation: number;

            /** MemberRecord state. */
            state: gossip.v1.MemberState;

            /** MemberRecord protocolMin. */
            protocolMin: number;

            /** MemberRecord protocolMax. */
            protocolMax: number;

            /** MemberRecord certificate. */
            certificate: Uint8Array;

            /**
             * Creates a new MemberRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberRecord instance
             */
            static create(properties: gossip.v1.MemberRecord.$Shape): gossip.v1.MemberRecord & gossip.v1.MemberRecord.$Shape;
            static create(properties?: gossip.v1.MemberRecord.$Properties): gossip.v1.MemberRecord;

            /**
             * Encodes the specified MemberRecord message. Does not implicitly {@link gossip.v1.MemberRecord.verify|verify} messages.
             * @param message MemberRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.MemberRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.MemberRecord & gossip.v1.MemberRecord.$Shape} MemberRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.MemberRecord & gossip.v1.MemberRecord.$Shape;

            /**
             * Creates a MemberRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberRecord
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.MemberRecord;

            /**
             * Creates a plain object from a MemberRecord message. Also converts values to other types if specified.
             * @param message MemberRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.MemberRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberRecord {

            /** Properties of a MemberRecord. */
            interface $Properties {

                /** MemberRecord node */
                node?: (string|null);

                /** MemberRecord addr */
                addr?: (gossip.v1.Address.$Properties|null);

                /** MemberRecord meta */
                meta?: (Uint8Array|null);

                /** MemberRecord incarnation */
                incarnation?: (number|null);

                /** MemberRecord state */
                state?: (gossip.v1.MemberState|null);

                /** MemberRecord protocolMin */
                protocolMin?: (number|null);

                /** MemberRecord protocolMax */
                protocolMax?: (number|null);

                /** MemberRecord certificate */
                certificate?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberRecord. */
            type $Shape = gossip.v1.MemberRecord.$Properties;
        }

        /**
         * Properties of a PushPull.
         * @deprecated Use gossip.v1.PushPull.$Properties instead.
         */
        interface IPushPull extends gossip.v1.PushPull.$Properties {
        }

        /** Represents a PushPull. */
        class PushPull {

            /**
             * Constructs a new PushPull.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.PushPull.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushPull join. */
            join: boolean;

            /** PushPull reply. */
            reply: boolean;

            /** PushPull members. */
            members: gossip.v1.MemberRecord.$Properties[];

            /** PushPull kvDigest. */
            kvDigest?: (gossip.v1.KvDigest.$Properties|null);

            /** PushPull kvDelta. */
            kvDelta?: (gossip.v1.KvDelta.$Properties|null);

            /** PushPull crdt. */
            crdt: gossip.v1.CrdtDelta.$Properties[];

            /** PushPull signedMembers. */
            signedMembers: gossip.v1.Signed.$Properties[];

            /**
             * Creates a new PushPull instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushPull instance
             */
            static create(properties: gossip.v1.PushPull.$Shape): gossip.v1.PushPull & gossip.v1.PushPull.$Shape;
            static create(properties?: gossip.v1.PushPull.$Properties): gossip.v1.PushPull;

            /**
             * Encodes the specified PushPull message. Does not implicitly {@link gossip.v1.PushPull.verify|verify} messages.
             * @param message PushPull message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.PushPull.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushPull message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.PushPull & gossip.v1.PushPull.$Shape} PushPull
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.PushPull & gossip.v1.PushPull.$Shape;

            /**
             * Creates a PushPull message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushPull
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.PushPull;

            /**
             * Creates a plain object from a PushPull message. Also converts values to other types if specified.
             * @param message PushPull
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.PushPull, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushPull to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PushPull
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushPull {

            /** Properties of a PushPull. */
            interface $Properties {

                /** PushPull join */
                join?: (boolean|null);

                /** PushPull reply */
                reply?: (boolean|null);

                /** PushPull members */
                members?: (gossip.v1.MemberRecord.$Properties[]|null);

                /** PushPull kvDigest */
                kvDigest?: (gossip.v1.KvDigest.$Properties|null);

                /** PushPull kvDelta */
                kvDelta?: (gossip.v1.KvDelta.$Properties|null);

                /** PushPull crdt */
                crdt?: (gossip.v1.CrdtDelta.$Properties[]|null);

                /** PushPull signedMembers */
                signedMembers?: (gossip.v1.Signed.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushPull. */
            type $Shape = gossip.v1.PushPull.$Properties;
        }

        /**
         * Properties of a NodeDigest.
         * @deprecated Use gossip.v1.NodeDigest.$Properties instead.
         */
        interface INodeDigest extends gossip.v1.NodeDigest.$Properties {
        }

        /** Represents a NodeDigest. */
        class NodeDigest {

            /**
             * Constructs a new NodeDigest.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.NodeDigest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeDigest node. */
            node: string;

            /** NodeDigest maxVersion. */
            maxVersion: (number|Long);

            /** NodeDigest gcVersion. */
            gcVersion: (number|Long);

            /**
             * Creates a new NodeDigest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeDigest instance
             */
            static create(properties: gossip.v1.NodeDigest.$Shape): gossip.v1.NodeDigest & gossip.v1.NodeDigest.$Shape;
            static create(properties?: gossip.v1.NodeDigest.$Properties): gossip.v1.NodeDigest;

            /**
             * Encodes the specified NodeDigest message. Does not implicitly {@link gossip.v1.NodeDigest.verify|verify} messages.
             * @param message NodeDigest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.NodeDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeDigest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.NodeDigest & gossip.v1.NodeDigest.$Shape} NodeDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.NodeDigest & gossip.v1.NodeDigest.$Shape;

            /**
             * Creates a NodeDigest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeDigest
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.NodeDigest;

            /**
             * Creates a plain object from a NodeDigest message. Also converts values to other types if specified.
             * @param message NodeDigest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.NodeDigest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeDigest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeDigest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeDigest {

            /** Properties of a NodeDigest. */
            interface $Properties {

                /** NodeDigest node */
                node?: (string|null);

                /** NodeDigest maxVersion */
                maxVersion?: (number|Long|null);

                /** NodeDigest gcVersion */
                gcVersion?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeDigest. */
            type $Shape = gossip.v1.NodeDigest.$Properties;
        }

        /**
         * Properties of a KvDigest.
         * @deprecated Use gossip.v1.KvDigest.$Properties instead.
         */
        interface IKvDigest extends gossip.v1.KvDigest.$Properties {
        }

        /** Represents a KvDigest. */
        class KvDigest {

            /**
             * Constructs a new KvDigest.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.KvDigest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KvDigest nodes. */
            nodes: gossip.v1.NodeDigest.$Properties[];

            /** KvDigest reply. */
            reply: boolean;

            /**
             * Creates a new KvDigest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KvDigest instance
             */
            static create(properties: gossip.v1.KvDigest.$Shape): gossip.v1.KvDigest & gossip.v1.KvDigest.$Shape;
            static create(properties?: gossip.v1.KvDigest.$Properties): gossip.v1.KvDigest;

            /**
             * Encodes the specified KvDigest message. Does not implicitly {@link gossip.v1.KvDigest.verify|verify} messages.
             * @param message KvDigest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.KvDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KvDigest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.KvDigest & gossip.v1.KvDigest.$Shape} KvDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.KvDigest & gossip.v1.KvDigest.$Shape;

            /**
             * Creates a KvDigest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KvDigest
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.KvDigest;

            /**
             * Creates a plain object from a KvDigest message. Also converts values to other types if specified.
             * @param message KvDigest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.KvDigest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KvDigest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KvDigest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KvDigest {

            /** Properties of a KvDigest. */
            interface $Properties {

                /** KvDigest nodes */
                nodes?: (gossip.v1.NodeDigest.$Properties[]|null);

                /** KvDigest reply */
                reply?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KvDigest. */
            type $Shape = gossip.v1.KvDigest.$Properties;
        }

        /**
         * Properties of a KvEntry.
         * @deprecated Use gossip.v1.KvEntry.$Properties instead.
         */
        interface IKvEntry extends gossip.v1.KvEntry.$Properties {
        }

        /** Represents a KvEntry. */
        class KvEntry {

            /**
             * Constructs a new KvEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.KvEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KvEntry key. */
            key: string;

            /** KvEntry value. */
            value: Uint8Array;

            /** KvEntry version. */
            version: (number|Long);

            /** KvEntry tombstone. */
            tombstone: boolean;

            /**
             * Creates a new KvEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KvEntry instance
             */
            static create(properties: gossip.v1.KvEntry.$Shape): gossip.v1.KvEntry & gossip.v1.KvEntry.$Shape;
            static create(properties?: gossip.v1.KvEntry.$Properties): gossip.v1.KvEntry;

            /**
             * Encodes the specified KvEntry message. Does not implicitly {@link gossip.v1.KvEntry.verify|verify} messages.
             * @param message KvEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.KvEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KvEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.KvEntry & gossip.v1.KvEntry.$Shape} KvEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.KvEntry & gossip.v1.KvEntry.$Shape;

            /**
             * Creates a KvEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KvEntry
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.KvEntry;

            /**
             * Creates a plain object from a KvEntry message. Also converts values to other types if specified.
             * @param message KvEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.KvEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KvEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KvEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KvEntry {

            /** Properties of a KvEntry. */
            interface $Properties {

                /** KvEntry key */
                key?: (string|null);

                /** KvEntry value */
                value?: (Uint8Array|null);

                /** KvEntry version */
                version?: (number|Long|null);

                /** KvEntry tombstone */
                tombstone?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KvEntry. */
            type $Shape = gossip.v1.KvEntry.$Properties;
        }

        /**
         * Properties of a NodeDelta.
         * @deprecated Use gossip.v1.NodeDelta.$Properties instead.
         */
        interface INodeDelta extends gossip.v1.NodeDelta.$Properties {
        }

        /** Represents a NodeDelta. */
        class NodeDelta {

            /**
             * Constructs a new NodeDelta.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.NodeDelta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeDelta node. */
            node: string;

            /** NodeDelta fromVersion. */
            fromVersion: (number|Long);

            /** NodeDelta reset. */
            reset: boolean;

            /** NodeDelta gcVersion. */
            gcVersion: (number|Long);

            /** NodeDelta maxVersion. */
            maxVersion: (number|Long);

            /** NodeDelta entries. */
            entries: gossip.v1.KvEntry.$Properties[];

            /**
             * Creates a new NodeDelta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeDelta instance
             */
            static create(properties: gossip.v1.NodeDelta.$Shape): gossip.v1.NodeDelta & gossip.v1.NodeDelta.$Shape;
            static create(properties?: gossip.v1.NodeDelta.$Properties): gossip.v1.NodeDelta;

            /**
             * Encodes the specified NodeDelta message. Does not implicitly {@link gossip.v1.NodeDelta.verify|verify} messages.
             * @param message NodeDelta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.NodeDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeDelta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.NodeDelta & gossip.v1.NodeDelta.$Shape} NodeDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.NodeDelta & gossip.v1.NodeDelta.$Shape;

            /**
             * Creates a NodeDelta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeDelta
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.NodeDelta;

            /**
             * Creates a plain object from a NodeDelta message. Also converts values to other types if specified.
             * @param message NodeDelta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.NodeDelta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeDelta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeDelta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeDelta {

            /** Properties of a NodeDelta. */
            interface $Properties {

                /** NodeDelta node */
                node?: (string|null);

                /** NodeDelta fromVersion */
                fromVersion?: (number|Long|null);

                /** NodeDelta reset */
                reset?: (boolean|null);

                /** NodeDelta gcVersion */
                gcVersion?: (number|Long|null);

                /** NodeDelta maxVersion */
                maxVersion?: (number|Long|null);

                /** NodeDelta entries */
                entries?: (gossip.v1.KvEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeDelta. */
            type $Shape = gossip.v1.NodeDelta.$Properties;
        }

        /**
         * Properties of a KvDelta.
         * @deprecated Use gossip.v1.KvDelta.$Properties instead.
         */
        interface IKvDelta extends gossip.v1.KvDelta.$Properties {
        }

        /** Represents a KvDelta. */
        class KvDelta {

            /**
             * Constructs a new KvDelta.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.KvDelta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KvDelta nodes. */
            nodes: gossip.v1.NodeDelta.$Properties[];

            /**
             * Creates a new KvDelta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KvDelta instance
             */
            static create(properties: gossip.v1.KvDelta.$Shape): gossip.v1.KvDelta & gossip.v1.KvDelta.$Shape;
            static create(properties?: gossip.v1.KvDelta.$Properties): gossip.v1.KvDelta;

            /**
             * Encodes the specified KvDelta message. Does not implicitly {@link gossip.v1.KvDelta.verify|verify} messages.
             * @param message KvDelta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.KvDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KvDelta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.KvDelta & gossip.v1.KvDelta.$Shape} KvDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.KvDelta & gossip.v1.KvDelta.$Shape;

            /**
             * Creates a KvDelta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KvDelta
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.KvDelta;

            /**
             * Creates a plain object from a KvDelta message. Also converts values to other types if specified.
             * @param message KvDelta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.KvDelta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KvDelta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KvDelta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KvDelta {

            /** Properties of a KvDelta. */
            interface $Properties {

                /** KvDelta nodes */
                nodes?: (gossip.v1.NodeDelta.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KvDelta. */
            type $Shape = gossip.v1.KvDelta.$Properties;
        }

        /**
         * Properties of a UserEvent.
         * @deprecated Use gossip.v1.UserEvent.$Properties instead.
         */
        interface IUserEvent extends gossip.v1.UserEvent.$Properties {
        }

        /** Represents a UserEvent. */
        class UserEvent {

            /**
             * Constructs a new UserEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.UserEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserEvent id. */
            id: Uint8Array;

            /** UserEvent origin. */
            origin: string;

            /** UserEvent name. */
            name: string;

            /** UserEvent payload. */
            payload: Uint8Array;

            /** UserEvent ltime. */
            ltime: (number|Long);

            /** UserEvent ttl. */
            ttl: number;

            /**
             * Creates a new UserEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserEvent instance
             */
            static create(properties: gossip.v1.UserEvent.$Shape): gossip.v1.UserEvent & gossip.v1.UserEvent.$Shape;
            static create(properties?: gossip.v1.UserEvent.$Properties): gossip.v1.UserEvent;

            /**
             * Encodes the specified UserEvent message. Does not implicitly {@link gossip.v1.UserEvent.verify|verify} messages.
             * @param message UserEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.UserEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.UserEvent & gossip.v1.UserEvent.$Shape} UserEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.UserEvent & gossip.v1.UserEvent.$Shape;

            /**
             * Creates a UserEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserEvent
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.UserEvent;

            /**
             * Creates a plain object from a UserEvent message. Also converts values to other types if specified.
             * @param message UserEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.UserEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserEvent {

            /** Properties of a UserEvent. */
            interface $Properties {

                /** UserEvent id */
                id?: (Uint8Array|null);

                /** UserEvent origin */
                origin?: (string|null);

                /** UserEvent name */
                name?: (string|null);

                /** UserEvent payload */
                payload?: (Uint8Array|null);

                /** UserEvent ltime */
                ltime?: (number|Long|null);

                /** UserEvent ttl */
                ttl?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserEvent. */
            type $Shape = gossip.v1.UserEvent.$Properties;
        }

        /** CrdtType enum. */
        enum CrdtType {

            /** CRDT_TYPE_UNSPECIFIED value */
            CRDT_TYPE_UNSPECIFIED = 0,

            /** CRDT_TYPE_G_COUNTER value */
            CRDT_TYPE_G_COUNTER = 1,

            /** CRDT_TYPE_PN_COUNTER value */
            CRDT_TYPE_PN_COUNTER = 2,

            /** CRDT_TYPE_G_SET value */
            CRDT_TYPE_G_SET = 3,

            /** CRDT_TYPE_TWO_P_SET value */
            CRDT_TYPE_TWO_P_SET = 4,

            /** CRDT_TYPE_OR_SET value */
            CRDT_TYPE_OR_SET = 5,

            /** CRDT_TYPE_LWW_ELEMENT_SET value */
            CRDT_TYPE_LWW_ELEMENT_SET = 6,

            /** CRDT_TYPE_MAX_CHANGE_SET value */
            CRDT_TYPE_MAX_CHANGE_SET = 7,

            /** CRDT_TYPE_LWW_REGISTER value */
            CRDT_TYPE_LWW_REGISTER = 8,

            /** CRDT_TYPE_OR_MAP value */
            CRDT_TYPE_OR_MAP = 9
        }

        /** ReplicationMode enum. */
        enum ReplicationMode {

            /** REPLICATION_MODE_ALL value */
            REPLICATION_MODE_ALL = 0,

            /** REPLICATION_MODE_NONE value */
            REPLICATION_MODE_NONE = 1,

            /** REPLICATION_MODE_NODES value */
            REPLICATION_MODE_NODES = 2,

            /** REPLICATION_MODE_METADATA value */
            REPLICATION_MODE_METADATA = 3
        }

        /**
         * Properties of a Replication.
         * @deprecated Use gossip.v1.Replication.$Properties instead.
         */
        interface IReplication extends gossip.v1.Replication.$Properties {
        }

        /** Represents a Replication. */
        class Replication {

            /**
             * Constructs a new Replication.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Replication.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Replication mode. */
            mode: gossip.v1.ReplicationMode;

            /** Replication nodes. */
            nodes: string[];

            /** Replication match. */
            match: { [k: string]: string };

            /**
             * Creates a new Replication instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Replication instance
             */
            static create(properties: gossip.v1.Replication.$Shape): gossip.v1.Replication & gossip.v1.Replication.$Shape;
            static create(properties?: gossip.v1.Replication.$Properties): gossip.v1.Replication;

            /**
             * Encodes the specified Replication message. Does not implicitly {@link gossip.v1.Replication.verify|verify} messages.
             * @param message Replication message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Replication.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Replication message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Replication & gossip.v1.Replication.$Shape} Replication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Replication & gossip.v1.Replication.$Shape;

            /**
             * Creates a Replication message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Replication
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Replication;

            /**
             * Creates a plain object from a Replication message. Also converts values to other types if specified.
             * @param message Replication
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Replication, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Replication to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Replication
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Replication {

            /** Properties of a Replication. */
            interface $Properties {

                /** Replication mode */
                mode?: (gossip.v1.ReplicationMode|null);

                /** Replication nodes */
                nodes?: (string[]|null);

                /** Replication match */
                match?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Replication. */
            type $Shape = gossip.v1.Replication.$Properties;
        }

        /**
         * Properties of a CrdtDelta.
         * @deprecated Use gossip.v1.CrdtDelta.$Properties instead.
         */
        interface ICrdtDelta extends gossip.v1.CrdtDelta.$Properties {
        }

        /** Represents a CrdtDelta. */
        class CrdtDelta {

            /**
             * Constructs a new CrdtDelta.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.CrdtDelta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CrdtDelta key. */
            key: string;

            /** CrdtDelta type. */
            type: gossip.v1.CrdtType;

            /** CrdtDelta state. */
            state: Uint8Array;

            /** CrdtDelta full. */
            full: boolean;

            /** CrdtDelta replication. */
            replication?: (gossip.v1.Replication.$Properties|null);

            /** CrdtDelta ttlMs. */
            ttlMs: (number|Long);

            /** CrdtDelta origin. */
            origin: string;

            /**
             * Creates a new CrdtDelta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CrdtDelta instance
             */
            static create(properties: gossip.v1.CrdtDelta.$Shape): gossip.v1.CrdtDelta & gossip.v1.CrdtDelta.$Shape;
            static create(properties?: gossip.v1.CrdtDelta.$Properties): gossip.v1.CrdtDelta;

            /**
             * Encodes the specified CrdtDelta message. Does not implicitly {@link gossip.v1.CrdtDelta.verify|verify} messages.
             * @param message CrdtDelta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.CrdtDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CrdtDelta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.CrdtDelta & gossip.v1.CrdtDelta.$Shape} CrdtDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.CrdtDelta & gossip.v1.CrdtDelta.$Shape;

            /**
             * Creates a CrdtDelta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CrdtDelta
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.CrdtDelta;

            /**
             * Creates a plain object from a CrdtDelta message. Also converts values to other types if specified.
             * @param message CrdtDelta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.CrdtDelta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CrdtDelta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CrdtDelta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CrdtDelta {

            /** Properties of a CrdtDelta. */
            interface $Properties {

                /** CrdtDelta key */
                key?: (string|null);

                /** CrdtDelta type */
                type?: (gossip.v1.CrdtType|null);

                /** CrdtDelta state */
                state?: (Uint8Array|null);

                /** CrdtDelta full */
                full?: (boolean|null);

                /** CrdtDelta replication */
                replication?: (gossip.v1.Replication.$Properties|null);

                /** CrdtDelta ttlMs */
                ttlMs?: (number|Long|null);

                /** CrdtDelta origin */
                origin?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CrdtDelta. */
            type $Shape = gossip.v1.CrdtDelta.$Properties;
        }

        /**
         * Properties of a Signed.
         * @deprecated Use gossip.v1.Signed.$Properties instead.
         */
        interface ISigned extends gossip.v1.Signed.$Properties {
        }

        /** Represents a Signed. */
        class Signed {

            /**
             * Constructs a new Signed.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Signed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Signed signer. */
            signer: string;

            /** Signed message. */
            message: Uint8Array;

            /** Signed signature. */
            signature: Uint8Array;

            /**
             * Creates a new Signed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Signed instance
             */
            static create(properties: gossip.v1.Signed.$Shape): gossip.v1.Signed & gossip.v1.Signed.$Shape;
            static create(properties?: gossip.v1.Signed.$Properties): gossip.v1.Signed;

            /**
             * Encodes the specified Signed message. Does not implicitly {@link gossip.v1.Signed.verify|verify} messages.
             * @param message Signed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Signed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Signed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Signed & gossip.v1.Signed.$Shape} Signed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Signed & gossip.v1.Signed.$Shape;

            /**
             * Creates a Signed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Signed
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Signed;

            /**
             * Creates a plain object from a Signed message. Also converts values to other types if specified.
             * @param message Signed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Signed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Signed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Signed
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Signed {

            /** Properties of a Signed. */
            interface $Properties {

                /** Signed signer */
                signer?: (string|null);

                /** Signed message */
                message?: (Uint8Array|null);

                /** Signed signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Signed. */
            type $Shape = gossip.v1.Signed.$Properties;
        }

        /**
         * Properties of a Revocation.
         * @deprecated Use gossip.v1.Revocation.$Properties instead.
         */
        interface IRevocation extends gossip.v1.Revocation.$Properties {
        }

        /** Represents a Revocation. */
        class Revocation {

            /**
             * Constructs a new Revocation.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.Revocation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Revocation caPublicKey. */
            caPublicKey: Uint8Array;

            /** Revocation issuedAtMs. */
            issuedAtMs: (number|Long);

            /** Revocation revoked. */
            revoked: Uint8Array[];

            /** Revocation signature. */
            signature: Uint8Array;

            /**
             * Creates a new Revocation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Revocation instance
             */
            static create(properties: gossip.v1.Revocation.$Shape): gossip.v1.Revocation & gossip.v1.Revocation.$Shape;
            static create(properties?: gossip.v1.Revocation.$Properties): gossip.v1.Revocation;

            /**
             * Encodes the specified Revocation message. Does not implicitly {@link gossip.v1.Revocation.verify|verify} messages.
             * @param message Revocation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.Revocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Revocation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.Revocation & gossip.v1.Revocation.$Shape} Revocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.Revocation & gossip.v1.Revocation.$Shape;

            /**
             * Creates a Revocation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Revocation
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.Revocation;

            /**
             * Creates a plain object from a Revocation message. Also converts values to other types if specified.
             * @param message Revocation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.Revocation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Revocation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Revocation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Revocation {

            /** Properties of a Revocation. */
            interface $Properties {

                /** Revocation caPublicKey */
                caPublicKey?: (Uint8Array|null);

                /** Revocation issuedAtMs */
                issuedAtMs?: (number|Long|null);

                /** Revocation revoked */
                revoked?: (Uint8Array[]|null);

                /** Revocation signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Revocation. */
            type $Shape = gossip.v1.Revocation.$Properties;
        }

        /**
         * Properties of an ErrorReply.
         * @deprecated Use gossip.v1.ErrorReply.$Properties instead.
         */
        interface IErrorReply extends gossip.v1.ErrorReply.$Properties {
        }

        /** Represents an ErrorReply. */
        class ErrorReply {

            /**
             * Constructs a new ErrorReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: gossip.v1.ErrorReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorReply code. */
            code: number;

            /** ErrorReply message. */
            message: string;

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorReply instance
             */
            static create(properties: gossip.v1.ErrorReply.$Shape): gossip.v1.ErrorReply & gossip.v1.ErrorReply.$Shape;
            static create(properties?: gossip.v1.ErrorReply.$Properties): gossip.v1.ErrorReply;

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link gossip.v1.ErrorReply.verify|verify} messages.
             * @param message ErrorReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: gossip.v1.ErrorReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {gossip.v1.ErrorReply & gossip.v1.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): gossip.v1.ErrorReply & gossip.v1.ErrorReply.$Shape;

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ErrorReply
             */
            static fromObject(object: { [k: string]: any }): gossip.v1.ErrorReply;

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @param message ErrorReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: gossip.v1.ErrorReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ErrorReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ErrorReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorReply {

            /** Properties of an ErrorReply. */
            interface $Properties {

                /** ErrorReply code */
                code?: (number|null);

                /** ErrorReply message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorReply. */
            type $Shape = gossip.v1.ErrorReply.$Properties;
        }
    }
}
