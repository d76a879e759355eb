/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const gossip = $root.gossip = (() => {

    /**
     * Namespace gossip.
     * @exports gossip
     * @namespace
     */
    const gossip = {};

    gossip.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof gossip
         * @namespace
         */
        const v1 = {};

        v1.Address = (function() {

            /**
             * Properties of an Address.
             * @typedef {Object} gossip.v1.Address.$Properties
             * @property {Uint8Array|null} [ip] Address ip
             * @property {number|null} [port] Address port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Address.
             * @memberof gossip.v1
             * @interface IAddress
             * @augments gossip.v1.Address.$Properties
             * @deprecated Use gossip.v1.Address.$Properties instead.
             */

            /**
             * Shape of an Address.
             * @typedef {gossip.v1.Address.$Properties} gossip.v1.Address.$Shape
             */

            /**
             * Constructs a new Address.
             * @memberof gossip.v1
             * @classdesc Represents an Address.
             * @constructor
             * @param {gossip.v1.Address.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Address = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Address ip.
             * @member {Uint8Array} ip
             * @memberof gossip.v1.Address
             * @instance
             */
            Address.prototype.ip = $util.newBuffer([]);

            /**
             * Address port.
             * @member {number} port
             * @memberof gossip.v1.Address
             * @instance
             */
            Address.prototype.port = 0;

            /**
             * Creates a new Address instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Address
             * @static
             * @param {gossip.v1.Address.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Address} Address instance
             * @type {{
             *   (properties: gossip.v1.Address.$Shape): gossip.v1.Address & gossip.v1.Address.$Shape;
             *   (properties?: gossip.v1.Address.$Properties): gossip.v1.Address;
             * }}
             */
            Address.create = function(properties) {
                return new Address(properties);
            };

            /**
             * Encodes the specified Address message. Does not implicitly {@link gossip.v1.Address.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Address
             * @static
             * @param {gossip.v1.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip") && message.ip.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ip);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Address & gossip.v1.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Address();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ip = value;
                            else
                                delete message.ip;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Address
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Address} Address
             */
            Address.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Address)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Address: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Address();
                if (object.ip != null)
                    if (object.ip.length)
                        if (typeof object.ip === "string")
                            $util.base64.decode(object.ip, message.ip = $util.newBuffer($util.base64.length(object.ip)), 0);
                        else if (object.ip.length >= 0)
                            message.ip = object.ip;
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Address
             * @static
             * @param {gossip.v1.Address} message Address
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Address.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.ip = "";
                    else {
                        object.ip = [];
                        if (options.bytes !== $Array)
                            object.ip = $util.newBuffer(object.ip);
                    }
                    object.port = 0;
                }
                if (message.ip != null && $Object.hasOwnProperty.call(message, "ip"))
                    object.ip = options.bytes === $String ? $util.base64.encode(message.ip, 0, message.ip.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ip) : message.ip;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                return object;
            };

            /**
             * Converts this Address to JSON.
             * @function toJSON
             * @memberof gossip.v1.Address
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Address.prototype.toJSON = function() {
                return Address.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Address
             * @function getTypeUrl
             * @memberof gossip.v1.Address
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Address.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Address";
            };

            return Address;
        })();

        /**
         * MemberState enum.
         * @name gossip.v1.MemberState
         * @enum {number}
         * @property {number} MEMBER_STATE_ALIVE=0 MEMBER_STATE_ALIVE value
         * @property {number} MEMBER_STATE_SUSPECT=1 MEMBER_STATE_SUSPECT value
         * @property {number} MEMBER_STATE_DEAD=2 MEMBER_STATE_DEAD value
         * @property {number} MEMBER_STATE_LEFT=3 MEMBER_STATE_LEFT value
         */
        v1.MemberState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MEMBER_STATE_ALIVE"] = 0;
            values[valuesById[1] = "MEMBER_STATE_SUSPECT"] = 1;
            values[valuesById[2] = "MEMBER_STATE_DEAD"] = 2;
            values[valuesById[3] = "MEMBER_STATE_LEFT"] = 3;
            return values;
        })();

        v1.Packet = (function() {

            /**
             * Properties of a Packet.
             * @typedef {Object} gossip.v1.Packet.$Properties
             * @property {Array.<gossip.v1.Message.$Properties>|null} [messages] Packet messages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Packet.
             * @memberof gossip.v1
             * @interface IPacket
             * @augments gossip.v1.Packet.$Properties
             * @deprecated Use gossip.v1.Packet.$Properties instead.
             */

            /**
             * Shape of a Packet.
             * @typedef {{
             *   messages?: Array.<gossip.v1.Message.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} gossip.v1.Packet.$Shape
             */

            /**
             * Constructs a new Packet.
             * @memberof gossip.v1
             * @classdesc Represents a Packet.
             * @constructor
             * @param {gossip.v1.Packet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Packet = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Packet messages.
             * @member {Array.<gossip.v1.Message.$Properties>} messages
             * @memberof gossip.v1.Packet
             * @instance
             */
            Packet.prototype.messages = $util.emptyArray;

            /**
             * Creates a new Packet instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Packet
             * @static
             * @param {gossip.v1.Packet.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Packet} Packet instance
             * @type {{
             *   (properties: gossip.v1.Packet.$Shape): gossip.v1.Packet & gossip.v1.Packet.$Shape;
             *   (properties?: gossip.v1.Packet.$Properties): gossip.v1.Packet;
             * }}
             */
            Packet.create = function(properties) {
                return new Packet(properties);
            };

            /**
             * Encodes the specified Packet message. Does not implicitly {@link gossip.v1.Packet.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Packet
             * @static
             * @param {gossip.v1.Packet.$Properties} message Packet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Packet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.gossip.v1.Message.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Packet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Packet & gossip.v1.Packet.$Shape} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Packet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Packet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.gossip.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Packet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Packet} Packet
             */
            Packet.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Packet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Packet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Packet();
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".gossip.v1.Packet.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".gossip.v1.Packet.messages: object expected");
                        message.messages[i] = $root.gossip.v1.Message.fromObject(object.messages[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Packet
             * @static
             * @param {gossip.v1.Packet} message Packet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Packet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.messages = [];
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.gossip.v1.Message.toObject(message.messages[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Packet to JSON.
             * @function toJSON
             * @memberof gossip.v1.Packet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Packet.prototype.toJSON = function() {
                return Packet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Packet
             * @function getTypeUrl
             * @memberof gossip.v1.Packet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Packet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Packet";
            };

            return Packet;
        })();

        v1.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} gossip.v1.Message.$Properties
             * @property {gossip.v1.Ping.$Properties|null} [ping] Message ping
             * @property {gossip.v1.PingReq.$Properties|null} [pingReq] Message pingReq
             * @property {gossip.v1.Ack.$Properties|null} [ack] Message ack
             * @property {gossip.v1.Nack.$Properties|null} [nack] Message nack
             * @property {gossip.v1.Alive.$Properties|null} [alive] Message alive
             * @property {gossip.v1.Suspect.$Properties|null} [suspect] Message suspect
             * @property {gossip.v1.Dead.$Properties|null} [dead] Message dead
             * @property {gossip.v1.Leave.$Properties|null} [leave] Message leave
             * @property {gossip.v1.PushPull.$Properties|null} [pushPull] Message pushPull
             * @property {gossip.v1.KvDigest.$Properties|null} [kvDigest] Message kvDigest
             * @property {gossip.v1.KvDelta.$Properties|null} [kvDelta] Message kvDelta
             * @property {gossip.v1.UserEvent.$Properties|null} [userEvent] Message userEvent
             * @property {gossip.v1.CrdtDelta.$Properties|null} [crdtDelta] Message crdtDelta
             * @property {gossip.v1.Signed.$Properties|null} [signed] Message signed
             * @property {gossip.v1.Revocation.$Properties|null} [revocation] Message revocation
             * @property {gossip.v1.ErrorReply.$Properties|null} [error] Message error
             * @property {"ping"|"pingReq"|"ack"|"nack"|"alive"|"suspect"|"dead"|"leave"|"pushPull"|"kvDigest"|"kvDelta"|"userEvent"|"crdtDelta"|"signed"|"revocation"|"error"} [body] Message body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof gossip.v1
             * @interface IMessage
             * @augments gossip.v1.Message.$Properties
             * @deprecated Use gossip.v1.Message.$Properties instead.
             */

            /**
             * Narrowed shape of a Message.
             * @typedef {{
             *   ping?: gossip.v1.Ping.$Shape|null;
             *   pingReq?: gossip.v1.PingReq.$Shape|null;
             *   ack?: gossip.v1.Ack.$Shape|null;
             *   nack?: gossip.v1.Nack.$Shape|null;
             *   alive?: gossip.v1.Alive.$Shape|null;
             *   suspect?: gossip.v1.Suspect.$Shape|null;
             *   dead?: gossip.v1.Dead.$Shape|null;
             *   leave?: gossip.v1.Leave.$Shape|null;
             *   pushPull?: gossip.v1.PushPull.$Shape|null;
             *   kvDigest?: gossip.v1.KvDigest.$Shape|null;
             *   kvDelta?: gossip.v1.KvDelta.$Shape|null;
             *   userEvent?: gossip.v1.UserEvent.$Shape|null;
             *   crdtDelta?: gossip.v1.CrdtDelta.$Shape|null;
             *   signed?: gossip.v1.Signed.$Shape|null;
             *   revocation?: gossip.v1.Revocation.$Shape|null;
             *   error?: gossip.v1.ErrorReply.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "ping"; ping: gossip.v1.Ping.$Shape; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "pingReq"; ping?: null; pingReq: gossip.v1.PingReq.$Shape; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "ack"; ping?: null; pingReq?: null; ack: gossip.v1.Ack.$Shape; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "nack"; ping?: null; pingReq?: null; ack?: null; nack: gossip.v1.Nack.$Shape; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "alive"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive: gossip.v1.Alive.$Shape; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "suspect"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect: gossip.v1.Suspect.$Shape; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "dead"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead: gossip.v1.Dead.$Shape; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "leave"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave: gossip.v1.Leave.$Shape; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "pushPull"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull: gossip.v1.PushPull.$Shape; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "kvDigest"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest: gossip.v1.KvDigest.$Shape; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "kvDelta"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta: gossip.v1.KvDelta.$Shape; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "userEvent"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent: gossip.v1.UserEvent.$Shape; crdtDelta?: null; signed?: null; revocation?: null; error?: null }|{ body?: "crdtDelta"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta: gossip.v1.CrdtDelta.$Shape; signed?: null; revocation?: null; error?: null }|{ body?: "signed"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed: gossip.v1.Signed.$Shape; revocation?: null; error?: null }|{ body?: "revocation"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation: gossip.v1.Revocation.$Shape; error?: null }|{ body?: "error"; ping?: null; pingReq?: null; ack?: null; nack?: null; alive?: null; suspect?: null; dead?: null; leave?: null; pushPull?: null; kvDigest?: null; kvDelta?: null; userEvent?: null; crdtDelta?: null; signed?: null; revocation?: null; error: gossip.v1.ErrorReply.$Shape })
             * )} gossip.v1.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof gossip.v1
             * @classdesc Represents a Message.
             * @constructor
             * @param {gossip.v1.Message.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Message ping.
             * @member {gossip.v1.Ping.$Properties|null|undefined} ping
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.ping = null;

            /**
             * Message pingReq.
             * @member {gossip.v1.PingReq.$Properties|null|undefined} pingReq
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.pingReq = null;

            /**
             * Message ack.
             * @member {gossip.v1.Ack.$Properties|null|undefined} ack
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.ack = null;

            /**
             * Message nack.
             * @member {gossip.v1.Nack.$Properties|null|undefined} nack
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.nack = null;

            /**
             * Message alive.
             * @member {gossip.v1.Alive.$Properties|null|undefined} alive
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.alive = null;

            /**
             * Message suspect.
             * @member {gossip.v1.Suspect.$Properties|null|undefined} suspect
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.suspect = null;

            /**
             * Message dead.
             * @member {gossip.v1.Dead.$Properties|null|undefined} dead
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.dead = null;

            /**
             * Message leave.
             * @member {gossip.v1.Leave.$Properties|null|undefined} leave
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.leave = null;

            /**
             * Message pushPull.
             * @member {gossip.v1.PushPull.$Properties|null|undefined} pushPull
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.pushPull = null;

            /**
             * Message kvDigest.
             * @member {gossip.v1.KvDigest.$Properties|null|undefined} kvDigest
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.kvDigest = null;

            /**
             * Message kvDelta.
             * @member {gossip.v1.KvDelta.$Properties|null|undefined} kvDelta
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.kvDelta = null;

            /**
             * Message userEvent.
             * @member {gossip.v1.UserEvent.$Properties|null|undefined} userEvent
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.userEvent = null;

            /**
             * Message crdtDelta.
             * @member {gossip.v1.CrdtDelta.$Properties|null|undefined} crdtDelta
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.crdtDelta = null;

            /**
             * Message signed.
             * @member {gossip.v1.Signed.$Properties|null|undefined} signed
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.signed = null;

            /**
             * Message revocation.
             * @member {gossip.v1.Revocation.$Properties|null|undefined} revocation
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.revocation = null;

            /**
             * Message error.
             * @member {gossip.v1.ErrorReply.$Properties|null|undefined} error
             * @memberof gossip.v1.Message
             * @instance
             */
            Message.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Message body.
             * @member {"ping"|"pingReq"|"ack"|"nack"|"alive"|"suspect"|"dead"|"leave"|"pushPull"|"kvDigest"|"kvDelta"|"userEvent"|"crdtDelta"|"signed"|"revocation"|"error"|undefined} body
             * @memberof gossip.v1.Message
             * @instance
             */
            $Object.defineProperty(Message.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["ping", "pingReq", "ack", "nack", "alive", "suspect", "dead", "leave", "pushPull", "kvDigest", "kvDelta", "userEvent", "crdtDelta", "signed", "revocation", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Message
             * @static
             * @param {gossip.v1.Message.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Message} Message instance
             * @type {{
             *   (properties: gossip.v1.Message.$Shape): gossip.v1.Message & gossip.v1.Message.$Shape;
             *   (properties?: gossip.v1.Message.$Properties): gossip.v1.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

            /**
             * Encodes the specified Message message. Does not implicitly {@link gossip.v1.Message.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Message
             * @static
             * @param {gossip.v1.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.gossip.v1.Ping.encode(message.ping, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.pingReq != null && $Object.hasOwnProperty.call(message, "pingReq"))
                    $root.gossip.v1.PingReq.encode(message.pingReq, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.gossip.v1.Ack.encode(message.ack, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack"))
                    $root.gossip.v1.Nack.encode(message.nack, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.alive != null && $Object.hasOwnProperty.call(message, "alive"))
                    $root.gossip.v1.Alive.encode(message.alive, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.suspect != null && $Object.hasOwnProperty.call(message, "suspect"))
                    $root.gossip.v1.Suspect.encode(message.suspect, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.dead != null && $Object.hasOwnProperty.call(message, "dead"))
                    $root.gossip.v1.Dead.encode(message.dead, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.leave != null && $Object.hasOwnProperty.call(message, "leave"))
                    $root.gossip.v1.Leave.encode(message.leave, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.pushPull != null && $Object.hasOwnProperty.call(message, "pushPull"))
                    $root.gossip.v1.PushPull.encode(message.pushPull, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.kvDigest != null && $Object.hasOwnProperty.call(message, "kvDigest"))
                    $root.gossip.v1.KvDigest.encode(message.kvDigest, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.kvDelta != null && $Object.hasOwnProperty.call(message, "kvDelta"))
                    $root.gossip.v1.KvDelta.encode(message.kvDelta, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.userEvent != null && $Object.hasOwnProperty.call(message, "userEvent"))
                    $root.gossip.v1.UserEvent.encode(message.userEvent, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.crdtDelta != null && $Object.hasOwnProperty.call(message, "crdtDelta"))
                    $root.gossip.v1.CrdtDelta.encode(message.crdtDelta, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.signed != null && $Object.hasOwnProperty.call(message, "signed"))
                    $root.gossip.v1.Signed.encode(message.signed, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.revocation != null && $Object.hasOwnProperty.call(message, "revocation"))
                    $root.gossip.v1.Revocation.encode(message.revocation, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.gossip.v1.ErrorReply.encode(message.error, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Message & gossip.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Message();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.gossip.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.pingReq = $root.gossip.v1.PingReq.decode(reader, reader.size(), $undefined, _depth + 1, message.pingReq);
                            message.body = "pingReq";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.gossip.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.nack = $root.gossip.v1.Nack.decode(reader, reader.size(), $undefined, _depth + 1, message.nack);
                            message.body = "nack";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.alive = $root.gossip.v1.Alive.decode(reader, reader.size(), $undefined, _depth + 1, message.alive);
                            message.body = "alive";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.suspect = $root.gossip.v1.Suspect.decode(reader, reader.size(), $undefined, _depth + 1, message.suspect);
                            message.body = "suspect";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.dead = $root.gossip.v1.Dead.decode(reader, reader.size(), $undefined, _depth + 1, message.dead);
                            message.body = "dead";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.leave = $root.gossip.v1.Leave.decode(reader, reader.size(), $undefined, _depth + 1, message.leave);
                            message.body = "leave";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.pushPull = $root.gossip.v1.PushPull.decode(reader, reader.size(), $undefined, _depth + 1, message.pushPull);
                            message.body = "pushPull";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.kvDigest = $root.gossip.v1.KvDigest.decode(reader, reader.size(), $undefined, _depth + 1, message.kvDigest);
                            message.body = "kvDigest";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.kvDelta = $root.gossip.v1.KvDelta.decode(reader, reader.size(), $undefined, _depth + 1, message.kvDelta);
                            message.body = "kvDelta";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.userEvent = $root.gossip.v1.UserEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.userEvent);
                            message.body = "userEvent";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.crdtDelta = $root.gossip.v1.CrdtDelta.decode(reader, reader.size(), $undefined, _depth + 1, message.crdtDelta);
                            message.body = "crdtDelta";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.signed = $root.gossip.v1.Signed.decode(reader, reader.size(), $undefined, _depth + 1, message.signed);
                            message.body = "signed";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.revocation = $root.gossip.v1.Revocation.decode(reader, reader.size(), $undefined, _depth + 1, message.revocation);
                            message.body = "revocation";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.gossip.v1.ErrorReply.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Message
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Message} Message
             */
            Message.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Message)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Message: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Message();
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".gossip.v1.Message.ping: object expected");
                    message.ping = $root.gossip.v1.Ping.fromObject(object.ping, _depth + 1);
                }
                if (object.pingReq != null) {
                    if (!$util.isObject(object.pingReq))
                        throw $TypeError(".gossip.v1.Message.pingReq: object expected");
                    message.pingReq = $root.gossip.v1.PingReq.fromObject(object.pingReq, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".gossip.v1.Message.ack: object expected");
                    message.ack = $root.gossip.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.nack != null) {
                    if (!$util.isObject(object.nack))
                        throw $TypeError(".gossip.v1.Message.nack: object expected");
                    message.nack = $root.gossip.v1.Nack.fromObject(object.nack, _depth + 1);
                }
                if (object.alive != null) {
                    if (!$util.isObject(object.alive))
                        throw $TypeError(".gossip.v1.Message.alive: object expected");
                    message.alive = $root.gossip.v1.Alive.fromObject(object.alive, _depth + 1);
                }
                if (object.suspect != null) {
                    if (!$util.isObject(object.suspect))
                        throw $TypeError(".gossip.v1.Message.suspect: object expected");
                    message.suspect = $root.gossip.v1.Suspect.fromObject(object.suspect, _depth + 1);
                }
                if (object.dead != null) {
                    if (!$util.isObject(object.dead))
                        throw $TypeError(".gossip.v1.Message.dead: object expected");
                    message.dead = $root.gossip.v1.Dead.fromObject(object.dead, _depth + 1);
                }
                if (object.leave != null) {
                    if (!$util.isObject(object.leave))
                        throw $TypeError(".gossip.v1.Message.leave: object expected");
                    message.leave = $root.gossip.v1.Leave.fromObject(object.leave, _depth + 1);
                }
                if (object.pushPull != null) {
                    if (!$util.isObject(object.pushPull))
                        throw $TypeError(".gossip.v1.Message.pushPull: object expected");
                    message.pushPull = $root.gossip.v1.PushPull.fromObject(object.pushPull, _depth + 1);
                }
                if (object.kvDigest != null) {
                    if (!$util.isObject(object.kvDigest))
                        throw $TypeError(".gossip.v1.Message.kvDigest: object expected");
                    message.kvDigest = $root.gossip.v1.KvDigest.fromObject(object.kvDigest, _depth + 1);
                }
                if (object.kvDelta != null) {
                    if (!$util.isObject(object.kvDelta))
                        throw $TypeError(".gossip.v1.Message.kvDelta: object expected");
                    message.kvDelta = $root.gossip.v1.KvDelta.fromObject(object.kvDelta, _depth + 1);
                }
                if (object.userEvent != null) {
                    if (!$util.isObject(object.userEvent))
                        throw $TypeError(".gossip.v1.Message.userEvent: object expected");
                    message.userEvent = $root.gossip.v1.UserEvent.fromObject(object.userEvent, _depth + 1);
                }
                if (object.crdtDelta != null) {
                    if (!$util.isObject(object.crdtDelta))
                        throw $TypeError(".gossip.v1.Message.crdtDelta: object expected");
                    message.crdtDelta = $root.gossip.v1.CrdtDelta.fromObject(object.crdtDelta, _depth + 1);
                }
                if (object.signed != null) {
                    if (!$util.isObject(object.signed))
                        throw $TypeError(".gossip.v1.Message.signed: object expected");
                    message.signed = $root.gossip.v1.Signed.fromObject(object.signed, _depth + 1);
                }
                if (object.revocation != null) {
                    if (!$util.isObject(object.revocation))
                        throw $TypeError(".gossip.v1.Message.revocation: object expected");
                    message.revocation = $root.gossip.v1.Revocation.fromObject(object.revocation, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".gossip.v1.Message.error: object expected");
                    message.error = $root.gossip.v1.ErrorReply.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Message
             * @static
             * @param {gossip.v1.Message} message Message
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Message.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.gossip.v1.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ping";
                }
                if (message.pingReq != null && $Object.hasOwnProperty.call(message, "pingReq")) {
                    object.pingReq = $root.gossip.v1.PingReq.toObject(message.pingReq, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "pingReq";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.gossip.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack")) {
                    object.nack = $root.gossip.v1.Nack.toObject(message.nack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "nack";
                }
                if (message.alive != null && $Object.hasOwnProperty.call(message, "alive")) {
                    object.alive = $root.gossip.v1.Alive.toObject(message.alive, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "alive";
                }
                if (message.suspect != null && $Object.hasOwnProperty.call(message, "suspect")) {
                    object.suspect = $root.gossip.v1.Suspect.toObject(message.suspect, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "suspect";
                }
                if (message.dead != null && $Object.hasOwnProperty.call(message, "dead")) {
                    object.dead = $root.gossip.v1.Dead.toObject(message.dead, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "dead";
                }
                if (message.leave != null && $Object.hasOwnProperty.call(message, "leave")) {
                    object.leave = $root.gossip.v1.Leave.toObject(message.leave, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "leave";
                }
                if (message.pushPull != null && $Object.hasOwnProperty.call(message, "pushPull")) {
                    object.pushPull = $root.gossip.v1.PushPull.toObject(message.pushPull, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "pushPull";
                }
                if (message.kvDigest != null && $Object.hasOwnProperty.call(message, "kvDigest")) {
                    object.kvDigest = $root.gossip.v1.KvDigest.toObject(message.kvDigest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "kvDigest";
                }
                if (message.kvDelta != null && $Object.hasOwnProperty.call(message, "kvDelta")) {
                    object.kvDelta = $root.gossip.v1.KvDelta.toObject(message.kvDelta, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "kvDelta";
                }
                if (message.userEvent != null && $Object.hasOwnProperty.call(message, "userEvent")) {
                    object.userEvent = $root.gossip.v1.UserEvent.toObject(message.userEvent, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "userEvent";
                }
                if (message.crdtDelta != null && $Object.hasOwnProperty.call(message, "crdtDelta")) {
                    object.crdtDelta = $root.gossip.v1.CrdtDelta.toObject(message.crdtDelta, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "crdtDelta";
                }
                if (message.signed != null && $Object.hasOwnProperty.call(message, "signed")) {
                    object.signed = $root.gossip.v1.Signed.toObject(message.signed, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "signed";
                }
                if (message.revocation != null && $Object.hasOwnProperty.call(message, "revocation")) {
                    object.revocation = $root.gossip.v1.Revocation.toObject(message.revocation, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "revocation";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.gossip.v1.ErrorReply.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                return object;
            };

            /**
             * Converts this Message to JSON.
             * @function toJSON
             * @memberof gossip.v1.Message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Message.prototype.toJSON = function() {
                return Message.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Message
             * @function getTypeUrl
             * @memberof gossip.v1.Message
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Message.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Message";
            };

            return Message;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} gossip.v1.Ping.$Properties
             * @property {number|null} [seq] Ping seq
             * @property {string|null} [target] Ping target
             * @property {string|null} [source] Ping source
             * @property {gossip.v1.Address.$Properties|null} [sourceAddr] Ping sourceAddr
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof gossip.v1
             * @interface IPing
             * @augments gossip.v1.Ping.$Properties
             * @deprecated Use gossip.v1.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {gossip.v1.Ping.$Properties} gossip.v1.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof gossip.v1
             * @classdesc Represents a Ping.
             * @constructor
             * @param {gossip.v1.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ping seq.
             * @member {number} seq
             * @memberof gossip.v1.Ping
             * @instance
             */
            Ping.prototype.seq = 0;

            /**
             * Ping target.
             * @member {string} target
             * @memberof gossip.v1.Ping
             * @instance
             */
            Ping.prototype.target = "";

            /**
             * Ping source.
             * @member {string} source
             * @memberof gossip.v1.Ping
             * @instance
             */
            Ping.prototype.source = "";

            /**
             * Ping sourceAddr.
             * @member {gossip.v1.Address.$Properties|null|undefined} sourceAddr
             * @memberof gossip.v1.Ping
             * @instance
             */
            Ping.prototype.sourceAddr = null;

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Ping
             * @static
             * @param {gossip.v1.Ping.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Ping} Ping instance
             * @type {{
             *   (properties: gossip.v1.Ping.$Shape): gossip.v1.Ping & gossip.v1.Ping.$Shape;
             *   (properties?: gossip.v1.Ping.$Properties): gossip.v1.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link gossip.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Ping
             * @static
             * @param {gossip.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.target);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.source);
                if (message.sourceAddr != null && $Object.hasOwnProperty.call(message, "sourceAddr"))
                    $root.gossip.v1.Address.encode(message.sourceAddr, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Ping & gossip.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.sourceAddr = $root.gossip.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.sourceAddr);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Ping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Ping} Ping
             */
            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Ping();
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.sourceAddr != null) {
                    if (!$util.isObject(object.sourceAddr))
                        throw $TypeError(".gossip.v1.Ping.sourceAddr: object expected");
                    message.sourceAddr = $root.gossip.v1.Address.fromObject(object.sourceAddr, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Ping
             * @static
             * @param {gossip.v1.Ping} message Ping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.seq = 0;
                    object.target = "";
                    object.source = "";
                    object.sourceAddr = null;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.sourceAddr != null && $Object.hasOwnProperty.call(message, "sourceAddr"))
                    object.sourceAddr = $root.gossip.v1.Address.toObject(message.sourceAddr, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof gossip.v1.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof gossip.v1.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Ping";
            };

            return Ping;
        })();

        v1.PingReq = (function() {

            /**
             * Properties of a PingReq.
             * @typedef {Object} gossip.v1.PingReq.$Properties
             * @property {number|null} [seq] PingReq seq
             * @property {string|null} [target] PingReq target
             * @property {gossip.v1.Address.$Properties|null} [targetAddr] PingReq targetAddr
             * @property {string|null} [source] PingReq source
             * @property {gossip.v1.Address.$Properties|null} [sourceAddr] PingReq sourceAddr
             * @property {boolean|null} [wantNack] PingReq wantNack
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingReq.
             * @memberof gossip.v1
             * @interface IPingReq
             * @augments gossip.v1.PingReq.$Properties
             * @deprecated Use gossip.v1.PingReq.$Properties instead.
             */

            /**
             * Shape of a PingReq.
             * @typedef {gossip.v1.PingReq.$Properties} gossip.v1.PingReq.$Shape
             */

            /**
             * Constructs a new PingReq.
             * @memberof gossip.v1
             * @classdesc Represents a PingReq.
             * @constructor
             * @param {gossip.v1.PingReq.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingReq = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PingReq seq.
             * @member {number} seq
             * @memberof gossip.v1.PingReq
             * @instance
             */
            PingReq.prototype.seq = 0;

            /**
             * PingReq target.
             * @member {string} target
             * @memberof gossip.v1.PingReq
             * @instance
             */
            PingReq.prototype.target = "";

            /**
             * PingReq targetAddr.
             * @member {gossip.v1.Address.$Properties|null|undefined} targetAddr
             * @memberof gossip.v1.PingReq
             * @instance
             */
            PingReq.prototype.targetAddr = null;

            /**
             * PingReq source.
             * @member {string} source
             * @memberof gossip.v1.PingReq
             * @instance
             */
            PingReq.prototype.source = "";

            /**
             * PingReq sourceAddr.
             * @member {gossip.v1.Address.$Properties|null|undefined} sourceAddr
             * @memberof gossip.v1.PingReq
             * @instance
             */
            PingReq.prototype.sourceAddr = null;

            /**
             * PingReq wantNack.
             * @member {boolean} wantNack
             * @memberof gossip.v1.PingReq
             * @instance
             */
            PingReq.prototype.wantNack = false;

            /**
             * Creates a new PingReq instance using the specified properties.
             * @function create
             * @memberof gossip.v1.PingReq
             * @static
             * @param {gossip.v1.PingReq.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.PingReq} PingReq instance
             * @type {{
             *   (properties: gossip.v1.PingReq.$Shape): gossip.v1.PingReq & gossip.v1.PingReq.$Shape;
             *   (properties?: gossip.v1.PingReq.$Properties): gossip.v1.PingReq;
             * }}
             */
            PingReq.create = function(properties) {
                return new PingReq(properties);
            };

            /**
             * Encodes the specified PingReq message. Does not implicitly {@link gossip.v1.PingReq.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.PingReq
             * @static
             * @param {gossip.v1.PingReq.$Properties} message PingReq message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingReq.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.target);
                if (message.targetAddr != null && $Object.hasOwnProperty.call(message, "targetAddr"))
                    $root.gossip.v1.Address.encode(message.targetAddr, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.source);
                if (message.sourceAddr != null && $Object.hasOwnProperty.call(message, "sourceAddr"))
                    $root.gossip.v1.Address.encode(message.sourceAddr, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.wantNack != null && $Object.hasOwnProperty.call(message, "wantNack") && message.wantNack !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.wantNack);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PingReq message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.PingReq
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.PingReq & gossip.v1.PingReq.$Shape} PingReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingReq.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.PingReq();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.targetAddr = $root.gossip.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.targetAddr);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.sourceAddr = $root.gossip.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.sourceAddr);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.wantNack = value;
                            else
                                delete message.wantNack;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PingReq message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.PingReq
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.PingReq} PingReq
             */
            PingReq.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.PingReq)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.PingReq: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.PingReq();
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                if (object.targetAddr != null) {
                    if (!$util.isObject(object.targetAddr))
                        throw $TypeError(".gossip.v1.PingReq.targetAddr: object expected");
                    message.targetAddr = $root.gossip.v1.Address.fromObject(object.targetAddr, _depth + 1);
                }
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.sourceAddr != null) {
                    if (!$util.isObject(object.sourceAddr))
                        throw $TypeError(".gossip.v1.PingReq.sourceAddr: object expected");
                    message.sourceAddr = $root.gossip.v1.Address.fromObject(object.sourceAddr, _depth + 1);
                }
                if (object.wantNack != null)
                    if (object.wantNack)
                        message.wantNack = $Boolean(object.wantNack);
                return message;
            };

            /**
             * Creates a plain object from a PingReq message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.PingReq
             * @static
             * @param {gossip.v1.PingReq} message PingReq
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingReq.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.seq = 0;
                    object.target = "";
                    object.targetAddr = null;
                    object.source = "";
                    object.sourceAddr = null;
                    object.wantNack = false;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.targetAddr != null && $Object.hasOwnProperty.call(message, "targetAddr"))
                    object.targetAddr = $root.gossip.v1.Address.toObject(message.targetAddr, options, _depth + 1);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.sourceAddr != null && $Object.hasOwnProperty.call(message, "sourceAddr"))
                    object.sourceAddr = $root.gossip.v1.Address.toObject(message.sourceAddr, options, _depth + 1);
                if (message.wantNack != null && $Object.hasOwnProperty.call(message, "wantNack"))
                    object.wantNack = message.wantNack;
                return object;
            };

            /**
             * Converts this PingReq to JSON.
             * @function toJSON
             * @memberof gossip.v1.PingReq
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingReq.prototype.toJSON = function() {
                return PingReq.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingReq
             * @function getTypeUrl
             * @memberof gossip.v1.PingReq
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingReq.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.PingReq";
            };

            return PingReq;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} gossip.v1.Ack.$Properties
             * @property {number|null} [seq] Ack seq
             * @property {Uint8Array|null} [payload] Ack payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof gossip.v1
             * @interface IAck
             * @augments gossip.v1.Ack.$Properties
             * @deprecated Use gossip.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {gossip.v1.Ack.$Properties} gossip.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof gossip.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {gossip.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack seq.
             * @member {number} seq
             * @memberof gossip.v1.Ack
             * @instance
             */
            Ack.prototype.seq = 0;

            /**
             * Ack payload.
             * @member {Uint8Array} payload
             * @memberof gossip.v1.Ack
             * @instance
             */
            Ack.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Ack
             * @static
             * @param {gossip.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Ack} Ack instance
             * @type {{
             *   (properties: gossip.v1.Ack.$Shape): gossip.v1.Ack & gossip.v1.Ack.$Shape;
             *   (properties?: gossip.v1.Ack.$Properties): gossip.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link gossip.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Ack
             * @static
             * @param {gossip.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Ack & gossip.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Ack();
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Ack
             * @static
             * @param {gossip.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.seq = 0;
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof gossip.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof gossip.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Ack";
            };

            return Ack;
        })();

        v1.Nack = (function() {

            /**
             * Properties of a Nack.
             * @typedef {Object} gossip.v1.Nack.$Properties
             * @property {number|null} [seq] Nack seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Nack.
             * @memberof gossip.v1
             * @interface INack
             * @augments gossip.v1.Nack.$Properties
             * @deprecated Use gossip.v1.Nack.$Properties instead.
             */

            /**
             * Shape of a Nack.
             * @typedef {gossip.v1.Nack.$Properties} gossip.v1.Nack.$Shape
             */

            /**
             * Constructs a new Nack.
             * @memberof gossip.v1
             * @classdesc Represents a Nack.
             * @constructor
             * @param {gossip.v1.Nack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Nack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Nack seq.
             * @member {number} seq
             * @memberof gossip.v1.Nack
             * @instance
             */
            Nack.prototype.seq = 0;

            /**
             * Creates a new Nack instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Nack
             * @static
             * @param {gossip.v1.Nack.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Nack} Nack instance
             * @type {{
             *   (properties: gossip.v1.Nack.$Shape): gossip.v1.Nack & gossip.v1.Nack.$Shape;
             *   (properties?: gossip.v1.Nack.$Properties): gossip.v1.Nack;
             * }}
             */
            Nack.create = function(properties) {
                return new Nack(properties);
            };

            /**
             * Encodes the specified Nack message. Does not implicitly {@link gossip.v1.Nack.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Nack
             * @static
             * @param {gossip.v1.Nack.$Properties} message Nack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Nack message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Nack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Nack & gossip.v1.Nack.$Shape} Nack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Nack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Nack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Nack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Nack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Nack} Nack
             */
            Nack.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Nack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Nack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Nack();
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Nack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Nack
             * @static
             * @param {gossip.v1.Nack} message Nack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Nack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.seq = 0;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                return object;
            };

            /**
             * Converts this Nack to JSON.
             * @function toJSON
             * @memberof gossip.v1.Nack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Nack.prototype.toJSON = function() {
                return Nack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Nack
             * @function getTypeUrl
             * @memberof gossip.v1.Nack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Nack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Nack";
            };

            return Nack;
        })();

        v1.Alive = (function() {

            /**
             * Properties of an Alive.
             * @typedef {Object} gossip.v1.Alive.$Properties
             * @property {string|null} [node] Alive node
             * @property {number|null} [incarnation] Alive incarnation
             * @property {gossip.v1.Address.$Properties|null} [addr] Alive addr
             * @property {Uint8Array|null} [meta] Alive meta
             * @property {number|null} [protocolMin] Alive protocolMin
             * @property {number|null} [protocolMax] Alive protocolMax
             * @property {Uint8Array|null} [certificate] Alive certificate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Alive.
             * @memberof gossip.v1
             * @interface IAlive
             * @augments gossip.v1.Alive.$Properties
             * @deprecated Use gossip.v1.Alive.$Properties instead.
             */

            /**
             * Shape of an Alive.
             * @typedef {gossip.v1.Alive.$Properties} gossip.v1.Alive.$Shape
             */

            /**
             * Constructs a new Alive.
             * @memberof gossip.v1
             * @classdesc Represents an Alive.
             * @constructor
             * @param {gossip.v1.Alive.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Alive = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Alive node.
             * @member {string} node
             * @memberof gossip.v1.Alive
             * @instance
             */
            Alive.prototype.node = "";

            /**
             * Alive incarnation.
             * @member {number} incarnation
             * @memberof gossip.v1.Alive
             * @instance
             */
            Alive.prototype.incarnation = 0;

            /**
             * Alive addr.
             * @member {gossip.v1.Address.$Properties|null|undefined} addr
             * @memberof gossip.v1.Alive
             * @instance
             */
            Alive.prototype.addr = null;

            /**
             * Alive meta.
             * @member {Uint8Array} meta
             * @memberof gossip.v1.Alive
             * @instance
             */
            Alive.prototype.meta = $util.newBuffer([]);

            /**
             * Alive protocolMin.
             * @member {number} protocolMin
             * @memberof gossip.v1.Alive
             * @instance
             */
            Alive.prototype.protocolMin = 0;

            /**
             * Alive protocolMax.
             * @member {number} protocolMax
             * @memberof gossip.v1.Alive
             * @instance
             */
            Alive.prototype.protocolMax = 0;

            /**
             * Alive certificate.
             * @member {Uint8Array} certificate
             * @memberof gossip.v1.Alive
             * @instance
             */
            Alive.prototype.certificate = $util.newBuffer([]);

            /**
             * Creates a new Alive instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Alive
             * @static
             * @param {gossip.v1.Alive.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Alive} Alive instance
             * @type {{
             *   (properties: gossip.v1.Alive.$Shape): gossip.v1.Alive & gossip.v1.Alive.$Shape;
             *   (properties?: gossip.v1.Alive.$Properties): gossip.v1.Alive;
             * }}
             */
            Alive.create = function(properties) {
                return new Alive(properties);
            };

            /**
             * Encodes the specified Alive message. Does not implicitly {@link gossip.v1.Alive.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Alive
             * @static
             * @param {gossip.v1.Alive.$Properties} message Alive message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alive.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && message.incarnation !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.incarnation);
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
                    $root.gossip.v1.Address.encode(message.addr, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta") && message.meta.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.meta);
                if (message.protocolMin != null && $Object.hasOwnProperty.call(message, "protocolMin") && message.protocolMin !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.protocolMin);
                if (message.protocolMax != null && $Object.hasOwnProperty.call(message, "protocolMax") && message.protocolMax !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.protocolMax);
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate") && message.certificate.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.certificate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Alive message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Alive
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Alive & gossip.v1.Alive.$Shape} Alive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alive.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Alive();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.addr = $root.gossip.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.addr);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.meta = value;
                            else
                                delete message.meta;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolMin = value;
                            else
                                delete message.protocolMin;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolMax = value;
                            else
                                delete message.protocolMax;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.certificate = value;
                            else
                                delete message.certificate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Alive message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Alive
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Alive} Alive
             */
            Alive.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Alive)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Alive: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Alive();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.incarnation != null)
                    if ($Number(object.incarnation) !== 0)
                        message.incarnation = object.incarnation >>> 0;
                if (object.addr != null) {
                    if (!$util.isObject(object.addr))
                        throw $TypeError(".gossip.v1.Alive.addr: object expected");
                    message.addr = $root.gossip.v1.Address.fromObject(object.addr, _depth + 1);
                }
                if (object.meta != null)
                    if (object.meta.length)
                        if (typeof object.meta === "string")
                            $util.base64.decode(object.meta, message.meta = $util.newBuffer($util.base64.length(object.meta)), 0);
                        else if (object.meta.length >= 0)
                            message.meta = object.meta;
                if (object.protocolMin != null)
                    if ($Number(object.protocolMin) !== 0)
                        message.protocolMin = object.protocolMin >>> 0;
                if (object.protocolMax != null)
                    if ($Number(object.protocolMax) !== 0)
                        message.protocolMax = object.protocolMax >>> 0;
                if (object.certificate != null)
                    if (object.certificate.length)
                        if (typeof object.certificate === "string")
                            $util.base64.decode(object.certificate, message.certificate = $util.newBuffer($util.base64.length(object.certificate)), 0);
                        else if (object.certificate.length >= 0)
                            message.certificate = object.certificate;
                return message;
            };

            /**
             * Creates a plain object from an Alive message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Alive
             * @static
             * @param {gossip.v1.Alive} message Alive
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Alive.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.incarnation = 0;
                    object.addr = null;
                    if (options.bytes === $String)
                        object.meta = "";
                    else {
                        object.meta = [];
                        if (options.bytes !== $Array)
                            object.meta = $util.newBuffer(object.meta);
                    }
                    object.protocolMin = 0;
                    object.protocolMax = 0;
                    if (options.bytes === $String)
                        object.certificate = "";
                    else {
                        object.certificate = [];
                        if (options.bytes !== $Array)
                            object.certificate = $util.newBuffer(object.certificate);
                    }
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    object.incarnation = message.incarnation;
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
                    object.addr = $root.gossip.v1.Address.toObject(message.addr, options, _depth + 1);
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = options.bytes === $String ? $util.base64.encode(message.meta, 0, message.meta.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.meta) : message.meta;
                if (message.protocolMin != null && $Object.hasOwnProperty.call(message, "protocolMin"))
                    object.protocolMin = message.protocolMin;
                if (message.protocolMax != null && $Object.hasOwnProperty.call(message, "protocolMax"))
                    object.protocolMax = message.protocolMax;
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    object.certificate = options.bytes === $String ? $util.base64.encode(message.certificate, 0, message.certificate.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.certificate) : message.certificate;
                return object;
            };

            /**
             * Converts this Alive to JSON.
             * @function toJSON
             * @memberof gossip.v1.Alive
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Alive.prototype.toJSON = function() {
                return Alive.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Alive
             * @function getTypeUrl
             * @memberof gossip.v1.Alive
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Alive.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Alive";
            };

            return Alive;
        })();

        v1.Suspect = (function() {

            /**
             * Properties of a Suspect.
             * @typedef {Object} gossip.v1.Suspect.$Properties
             * @property {string|null} [node] Suspect node
             * @property {number|null} [incarnation] Suspect incarnation
             * @property {string|null} [from] Suspect from
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Suspect.
             * @memberof gossip.v1
             * @interface ISuspect
             * @augments gossip.v1.Suspect.$Properties
             * @deprecated Use gossip.v1.Suspect.$Properties instead.
             */

            /**
             * Shape of a Suspect.
             * @typedef {gossip.v1.Suspect.$Properties} gossip.v1.Suspect.$Shape
             */

            /**
             * Constructs a new Suspect.
             * @memberof gossip.v1
             * @classdesc Represents a Suspect.
             * @constructor
             * @param {gossip.v1.Suspect.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Suspect = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Suspect node.
             * @member {string} node
             * @memberof gossip.v1.Suspect
             * @instance
             */
            Suspect.prototype.node = "";

            /**
             * Suspect incarnation.
             * @member {number} incarnation
             * @memberof gossip.v1.Suspect
             * @instance
             */
            Suspect.prototype.incarnation = 0;

            /**
             * Suspect from.
             * @member {string} from
             * @memberof gossip.v1.Suspect
             * @instance
             */
            Suspect.prototype.from = "";

            /**
             * Creates a new Suspect instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Suspect
             * @static
             * @param {gossip.v1.Suspect.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Suspect} Suspect instance
             * @type {{
             *   (properties: gossip.v1.Suspect.$Shape): gossip.v1.Suspect & gossip.v1.Suspect.$Shape;
             *   (properties?: gossip.v1.Suspect.$Properties): gossip.v1.Suspect;
             * }}
             */
            Suspect.create = function(properties) {
                return new Suspect(properties);
            };

            /**
             * Encodes the specified Suspect message. Does not implicitly {@link gossip.v1.Suspect.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Suspect
             * @static
             * @param {gossip.v1.Suspect.$Properties} message Suspect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Suspect.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && message.incarnation !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.incarnation);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.from);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Suspect message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Suspect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Suspect & gossip.v1.Suspect.$Shape} Suspect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Suspect.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Suspect();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Suspect message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Suspect
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Suspect} Suspect
             */
            Suspect.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Suspect)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Suspect: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Suspect();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.incarnation != null)
                    if ($Number(object.incarnation) !== 0)
                        message.incarnation = object.incarnation >>> 0;
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                return message;
            };

            /**
             * Creates a plain object from a Suspect message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Suspect
             * @static
             * @param {gossip.v1.Suspect} message Suspect
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Suspect.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.incarnation = 0;
                    object.from = "";
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    object.incarnation = message.incarnation;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                return object;
            };

            /**
             * Converts this Suspect to JSON.
             * @function toJSON
             * @memberof gossip.v1.Suspect
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Suspect.prototype.toJSON = function() {
                return Suspect.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Suspect
             * @function getTypeUrl
             * @memberof gossip.v1.Suspect
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Suspect.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Suspect";
            };

            return Suspect;
        })();

        v1.Dead = (function() {

            /**
             * Properties of a Dead.
             * @typedef {Object} gossip.v1.Dead.$Properties
             * @property {string|null} [node] Dead node
             * @property {number|null} [incarnation] Dead incarnation
             * @property {string|null} [from] Dead from
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Dead.
             * @memberof gossip.v1
             * @interface IDead
             * @augments gossip.v1.Dead.$Properties
             * @deprecated Use gossip.v1.Dead.$Properties instead.
             */

            /**
             * Shape of a Dead.
             * @typedef {gossip.v1.Dead.$Properties} gossip.v1.Dead.$Shape
             */

            /**
             * Constructs a new Dead.
             * @memberof gossip.v1
             * @classdesc Represents a Dead.
             * @constructor
             * @param {gossip.v1.Dead.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Dead = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Dead node.
             * @member {string} node
             * @memberof gossip.v1.Dead
             * @instance
             */
            Dead.prototype.node = "";

            /**
             * Dead incarnation.
             * @member {number} incarnation
             * @memberof gossip.v1.Dead
             * @instance
             */
            Dead.prototype.incarnation = 0;

            /**
             * Dead from.
             * @member {string} from
             * @memberof gossip.v1.Dead
             * @instance
             */
            Dead.prototype.from = "";

            /**
             * Creates a new Dead instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Dead
             * @static
             * @param {gossip.v1.Dead.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Dead} Dead instance
             * @type {{
             *   (properties: gossip.v1.Dead.$Shape): gossip.v1.Dead & gossip.v1.Dead.$Shape;
             *   (properties?: gossip.v1.Dead.$Properties): gossip.v1.Dead;
             * }}
             */
            Dead.create = function(properties) {
                return new Dead(properties);
            };

            /**
             * Encodes the specified Dead message. Does not implicitly {@link gossip.v1.Dead.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Dead
             * @static
             * @param {gossip.v1.Dead.$Properties} message Dead message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dead.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && message.incarnation !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.incarnation);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.from);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Dead message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Dead
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Dead & gossip.v1.Dead.$Shape} Dead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dead.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Dead();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Dead message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Dead
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Dead} Dead
             */
            Dead.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Dead)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Dead: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Dead();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.incarnation != null)
                    if ($Number(object.incarnation) !== 0)
                        message.incarnation = object.incarnation >>> 0;
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                return message;
            };

            /**
             * Creates a plain object from a Dead message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Dead
             * @static
             * @param {gossip.v1.Dead} message Dead
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Dead.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.incarnation = 0;
                    object.from = "";
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    object.incarnation = message.incarnation;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                return object;
            };

            /**
             * Converts this Dead to JSON.
             * @function toJSON
             * @memberof gossip.v1.Dead
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Dead.prototype.toJSON = function() {
                return Dead.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Dead
             * @function getTypeUrl
             * @memberof gossip.v1.Dead
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Dead.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Dead";
            };

            return Dead;
        })();

        v1.Leave = (function() {

            /**
             * Properties of a Leave.
             * @typedef {Object} gossip.v1.Leave.$Properties
             * @property {string|null} [node] Leave node
             * @property {number|null} [incarnation] Leave incarnation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Leave.
             * @memberof gossip.v1
             * @interface ILeave
             * @augments gossip.v1.Leave.$Properties
             * @deprecated Use gossip.v1.Leave.$Properties instead.
             */

            /**
             * Shape of a Leave.
             * @typedef {gossip.v1.Leave.$Properties} gossip.v1.Leave.$Shape
             */

            /**
             * Constructs a new Leave.
             * @memberof gossip.v1
             * @classdesc Represents a Leave.
             * @constructor
             * @param {gossip.v1.Leave.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Leave = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Leave node.
             * @member {string} node
             * @memberof gossip.v1.Leave
             * @instance
             */
            Leave.prototype.node = "";

            /**
             * Leave incarnation.
             * @member {number} incarnation
             * @memberof gossip.v1.Leave
             * @instance
             */
            Leave.prototype.incarnation = 0;

            /**
             * Creates a new Leave instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Leave
             * @static
             * @param {gossip.v1.Leave.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Leave} Leave instance
             * @type {{
             *   (properties: gossip.v1.Leave.$Shape): gossip.v1.Leave & gossip.v1.Leave.$Shape;
             *   (properties?: gossip.v1.Leave.$Properties): gossip.v1.Leave;
             * }}
             */
            Leave.create = function(properties) {
                return new Leave(properties);
            };

            /**
             * Encodes the specified Leave message. Does not implicitly {@link gossip.v1.Leave.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Leave
             * @static
             * @param {gossip.v1.Leave.$Properties} message Leave message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Leave.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && message.incarnation !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.incarnation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Leave message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Leave
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Leave & gossip.v1.Leave.$Shape} Leave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Leave.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Leave();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Leave message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Leave
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Leave} Leave
             */
            Leave.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Leave)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Leave: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Leave();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.incarnation != null)
                    if ($Number(object.incarnation) !== 0)
                        message.incarnation = object.incarnation >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Leave message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Leave
             * @static
             * @param {gossip.v1.Leave} message Leave
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Leave.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.incarnation = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    object.incarnation = message.incarnation;
                return object;
            };

            /**
             * Converts this Leave to JSON.
             * @function toJSON
             * @memberof gossip.v1.Leave
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Leave.prototype.toJSON = function() {
                return Leave.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Leave
             * @function getTypeUrl
             * @memberof gossip.v1.Leave
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Leave.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Leave";
            };

            return Leave;
        })();

        v1.MemberRecord = (function() {

            /**
             * Properties of a MemberRecord.
             * @typedef {Object} gossip.v1.MemberRecord.$Properties
             * @property {string|null} [node] MemberRecord node
             * @property {gossip.v1.Address.$Properties|null} [addr] MemberRecord addr
             * @property {Uint8Array|null} [meta] MemberRecord meta
             * @property {number|null} [incarnation] MemberRecord incarnation
             * @property {gossip.v1.MemberState|null} [state] MemberRecord state
             * @property {number|null} [protocolMin] MemberRecord protocolMin
             * @property {number|null} [protocolMax] MemberRecord protocolMax
             * @property {Uint8Array|null} [certificate] MemberRecord certificate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberRecord.
             * @memberof gossip.v1
             * @interface IMemberRecord
             * @augments gossip.v1.MemberRecord.$Properties
             * @deprecated Use gossip.v1.MemberRecord.$Properties instead.
             */

            /**
             * Shape of a MemberRecord.
             * @typedef {gossip.v1.MemberRecord.$Properties} gossip.v1.MemberRecord.$Shape
             */

            /**
             * Constructs a new MemberRecord.
             * @memberof gossip.v1
             * @classdesc Represents a MemberRecord.
             * @constructor
             * @param {gossip.v1.MemberRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberRecord node.
             * @member {string} node
             * @memberof gossip.v1.MemberRecord
             * @instance
             */
            MemberRecord.prototype.node = "";

            /**
             * MemberRecord addr.
             * @member {gossip.v1.Address.$Properties|null|undefined} addr
             * @memberof gossip.v1.MemberRecord
             * @instance
             */
            MemberRecord.prototype.addr = null;

            /**
             * MemberRecord meta.
             * @member {Uint8Array} meta
             * @memberof gossip.v1.MemberRecord
             * @instance
             */
            MemberRecord.prototype.meta = $util.newBuffer([]);

            /**
             * MemberRecord incarnation.
             * @member {number} incarnation
             * @memberof gossip.v1.MemberRecord
             * @instance
             */
            MemberRecord.prototype.incarnation = 0;

            /**
             * MemberRecord state.
             * @member {gossip.v1.MemberState} state
             * @memberof gossip.v1.MemberRecord
             * @instance
             */
            MemberRecord.prototype.state = 0;

            /**
             * MemberRecord protocolMin.
             * @member {number} protocolMin
             * @memberof gossip.v1.MemberRecord
             * @instance
             */
            MemberRecord.prototype.protocolMin = 0;

            /**
             * MemberRecord protocolMax.
             * @member {number} protocolMax
             * @memberof gossip.v1.MemberRecord
             * @instance
             */
            MemberRecord.prototype.protocolMax = 0;

            /**
             * MemberRecord certificate.
             * @member {Uint8Array} certificate
             * @memberof gossip.v1.MemberRecord
             * @instance
             */
            MemberRecord.prototype.certificate = $util.newBuffer([]);

            /**
             * Creates a new MemberRecord instance using the specified properties.
             * @function create
             * @memberof gossip.v1.MemberRecord
             * @static
             * @param {gossip.v1.MemberRecord.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.MemberRecord} MemberRecord instance
             * @type {{
             *   (properties: gossip.v1.MemberRecord.$Shape): gossip.v1.MemberRecord & gossip.v1.MemberRecord.$Shape;
             *   (properties?: gossip.v1.MemberRecord.$Properties): gossip.v1.MemberRecord;
             * }}
             */
            MemberRecord.create = function(properties) {
                return new MemberRecord(properties);
            };

            /**
             * Encodes the specified MemberRecord message. Does not implicitly {@link gossip.v1.MemberRecord.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.MemberRecord
             * @static
             * @param {gossip.v1.MemberRecord.$Properties} message MemberRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
                    $root.gossip.v1.Address.encode(message.addr, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta") && message.meta.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.meta);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && message.incarnation !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.incarnation);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.state);
                if (message.protocolMin != null && $Object.hasOwnProperty.call(message, "protocolMin") && message.protocolMin !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.protocolMin);
                if (message.protocolMax != null && $Object.hasOwnProperty.call(message, "protocolMax") && message.protocolMax !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.protocolMax);
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate") && message.certificate.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.certificate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemberRecord message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.MemberRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.MemberRecord & gossip.v1.MemberRecord.$Shape} MemberRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.MemberRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.addr = $root.gossip.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.addr);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.meta = value;
                            else
                                delete message.meta;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolMin = value;
                            else
                                delete message.protocolMin;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolMax = value;
                            else
                                delete message.protocolMax;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.certificate = value;
                            else
                                delete message.certificate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a MemberRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.MemberRecord
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.MemberRecord} MemberRecord
             */
            MemberRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.MemberRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.MemberRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.MemberRecord();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.addr != null) {
                    if (!$util.isObject(object.addr))
                        throw $TypeError(".gossip.v1.MemberRecord.addr: object expected");
                    message.addr = $root.gossip.v1.Address.fromObject(object.addr, _depth + 1);
                }
                if (object.meta != null)
                    if (object.meta.length)
                        if (typeof object.meta === "string")
                            $util.base64.decode(object.meta, message.meta = $util.newBuffer($util.base64.length(object.meta)), 0);
                        else if (object.meta.length >= 0)
                            message.meta = object.meta;
                if (object.incarnation != null)
                    if ($Number(object.incarnation) !== 0)
                        message.incarnation = object.incarnation >>> 0;
                if (object.state !== 0 && (typeof object.state !== "string" || $root.gossip.v1.MemberState[object.state] !== 0))
                    switch (object.state) {
                    case "MEMBER_STATE_ALIVE":
                    case 0:
                        message.state = 0;
                        break;
                    case "MEMBER_STATE_SUSPECT":
                    case 1:
                        message.state = 1;
                        break;
                    case "MEMBER_STATE_DEAD":
                    case 2:
                        message.state = 2;
                        break;
                    case "MEMBER_STATE_LEFT":
                    case 3:
                        message.state = 3;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.protocolMin != null)
                    if ($Number(object.protocolMin) !== 0)
                        message.protocolMin = object.protocolMin >>> 0;
                if (object.protocolMax != null)
                    if ($Number(object.protocolMax) !== 0)
                        message.protocolMax = object.protocolMax >>> 0;
                if (object.certificate != null)
                    if (object.certificate.length)
                        if (typeof object.certificate === "string")
                            $util.base64.decode(object.certificate, message.certificate = $util.newBuffer($util.base64.length(object.certificate)), 0);
                        else if (object.certificate.length >= 0)
                            message.certificate = object.certificate;
                return message;
            };

            /**
             * Creates a plain object from a MemberRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.MemberRecord
             * @static
             * @param {gossip.v1.MemberRecord} message MemberRecord
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemberRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.addr = null;
                    if (options.bytes === $String)
                        object.meta = "";
                    else {
                        object.meta = [];
                        if (options.bytes !== $Array)
                            object.meta = $util.newBuffer(object.meta);
                    }
                    object.incarnation = 0;
                    object.state = options.enums === $String ? "MEMBER_STATE_ALIVE" : 0;
                    object.protocolMin = 0;
                    object.protocolMax = 0;
                    if (options.bytes === $String)
                        object.certificate = "";
                    else {
                        object.certificate = [];
                        if (options.bytes !== $Array)
                            object.certificate = $util.newBuffer(object.certificate);
                    }
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.addr != null && $Object.hasOwnProperty.call(message, "addr"))
                    object.addr = $root.gossip.v1.Address.toObject(message.addr, options, _depth + 1);
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = options.bytes === $String ? $util.base64.encode(message.meta, 0, message.meta.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.meta) : message.meta;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    object.incarnation = message.incarnation;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.gossip.v1.MemberState[message.state] === $undefined ? message.state : $root.gossip.v1.MemberState[message.state] : message.state;
                if (message.protocolMin != null && $Object.hasOwnProperty.call(message, "protocolMin"))
                    object.protocolMin = message.protocolMin;
                if (message.protocolMax != null && $Object.hasOwnProperty.call(message, "protocolMax"))
                    object.protocolMax = message.protocolMax;
                if (message.certificate != null && $Object.hasOwnProperty.call(message, "certificate"))
                    object.certificate = options.bytes === $String ? $util.base64.encode(message.certificate, 0, message.certificate.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.certificate) : message.certificate;
                return object;
            };

            /**
             * Converts this MemberRecord to JSON.
             * @function toJSON
             * @memberof gossip.v1.MemberRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemberRecord.prototype.toJSON = function() {
                return MemberRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemberRecord
             * @function getTypeUrl
             * @memberof gossip.v1.MemberRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemberRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.MemberRecord";
            };

            return MemberRecord;
        })();

        v1.PushPull = (function() {

            /**
             * Properties of a PushPull.
             * @typedef {Object} gossip.v1.PushPull.$Properties
             * @property {boolean|null} [join] PushPull join
             * @property {boolean|null} [reply] PushPull reply
             * @property {Array.<gossip.v1.MemberRecord.$Properties>|null} [members] PushPull members
             * @property {gossip.v1.KvDigest.$Properties|null} [kvDigest] PushPull kvDigest
             * @property {gossip.v1.KvDelta.$Properties|null} [kvDelta] PushPull kvDelta
             * @property {Array.<gossip.v1.CrdtDelta.$Properties>|null} [crdt] PushPull crdt
             * @property {Array.<gossip.v1.Signed.$Properties>|null} [signedMembers] PushPull signedMembers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PushPull.
             * @memberof gossip.v1
             * @interface IPushPull
             * @augments gossip.v1.PushPull.$Properties
             * @deprecated Use gossip.v1.PushPull.$Properties instead.
             */

            /**
             * Shape of a PushPull.
             * @typedef {gossip.v1.PushPull.$Properties} gossip.v1.PushPull.$Shape
             */

            /**
             * Constructs a new PushPull.
             * @memberof gossip.v1
             * @classdesc Represents a PushPull.
             * @constructor
             * @param {gossip.v1.PushPull.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PushPull = function (properties) {
                this.members = [];
                this.crdt = [];
                this.signedMembers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PushPull join.
             * @member {boolean} join
             * @memberof gossip.v1.PushPull
             * @instance
             */
            PushPull.prototype.join = false;

            /**
             * PushPull reply.
             * @member {boolean} reply
             * @memberof gossip.v1.PushPull
             * @instance
             */
            PushPull.prototype.reply = false;

            /**
             * PushPull members.
             * @member {Array.<gossip.v1.MemberRecord.$Properties>} members
             * @memberof gossip.v1.PushPull
             * @instance
             */
            PushPull.prototype.members = $util.emptyArray;

            /**
             * PushPull kvDigest.
             * @member {gossip.v1.KvDigest.$Properties|null|undefined} kvDigest
             * @memberof gossip.v1.PushPull
             * @instance
             */
            PushPull.prototype.kvDigest = null;

            /**
             * PushPull kvDelta.
             * @member {gossip.v1.KvDelta.$Properties|null|undefined} kvDelta
             * @memberof gossip.v1.PushPull
             * @instance
             */
            PushPull.prototype.kvDelta = null;

            /**
             * PushPull crdt.
             * @member {Array.<gossip.v1.CrdtDelta.$Properties>} crdt
             * @memberof gossip.v1.PushPull
             * @instance
             */
            PushPull.prototype.crdt = $util.emptyArray;

            /**
             * PushPull signedMembers.
             * @member {Array.<gossip.v1.Signed.$Properties>} signedMembers
             * @memberof gossip.v1.PushPull
             * @instance
             */
            PushPull.prototype.signedMembers = $util.emptyArray;

            /**
             * Creates a new PushPull instance using the specified properties.
             * @function create
             * @memberof gossip.v1.PushPull
             * @static
             * @param {gossip.v1.PushPull.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.PushPull} PushPull instance
             * @type {{
             *   (properties: gossip.v1.PushPull.$Shape): gossip.v1.PushPull & gossip.v1.PushPull.$Shape;
             *   (properties?: gossip.v1.PushPull.$Properties): gossip.v1.PushPull;
             * }}
             */
            PushPull.create = function(properties) {
                return new PushPull(properties);
            };

            /**
             * Encodes the specified PushPull message. Does not implicitly {@link gossip.v1.PushPull.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.PushPull
             * @static
             * @param {gossip.v1.PushPull.$Properties} message PushPull message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushPull.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.join != null && $Object.hasOwnProperty.call(message, "join") && message.join !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.join);
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply") && message.reply !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.reply);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.gossip.v1.MemberRecord.encode(message.members[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.kvDigest != null && $Object.hasOwnProperty.call(message, "kvDigest"))
                    $root.gossip.v1.KvDigest.encode(message.kvDigest, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.kvDelta != null && $Object.hasOwnProperty.call(message, "kvDelta"))
                    $root.gossip.v1.KvDelta.encode(message.kvDelta, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.crdt != null && message.crdt.length)
                    for (let i = 0; i < message.crdt.length; ++i)
                        $root.gossip.v1.CrdtDelta.encode(message.crdt[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.signedMembers != null && message.signedMembers.length)
                    for (let i = 0; i < message.signedMembers.length; ++i)
                        $root.gossip.v1.Signed.encode(message.signedMembers[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PushPull message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.PushPull
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.PushPull & gossip.v1.PushPull.$Shape} PushPull
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushPull.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.PushPull();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.join = value;
                            else
                                delete message.join;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reply = value;
                            else
                                delete message.reply;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.gossip.v1.MemberRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.kvDigest = $root.gossip.v1.KvDigest.decode(reader, reader.size(), $undefined, _depth + 1, message.kvDigest);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.kvDelta = $root.gossip.v1.KvDelta.decode(reader, reader.size(), $undefined, _depth + 1, message.kvDelta);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.crdt && message.crdt.length))
                                message.crdt = [];
                            message.crdt.push($root.gossip.v1.CrdtDelta.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signedMembers && message.signedMembers.length))
                                message.signedMembers = [];
                            message.signedMembers.push($root.gossip.v1.Signed.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PushPull message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.PushPull
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.PushPull} PushPull
             */
            PushPull.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.PushPull)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.PushPull: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.PushPull();
                if (object.join != null)
                    if (object.join)
                        message.join = $Boolean(object.join);
                if (object.reply != null)
                    if (object.reply)
                        message.reply = $Boolean(object.reply);
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".gossip.v1.PushPull.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i) {
                        if (!$util.isObject(object.members[i]))
                            throw $TypeError(".gossip.v1.PushPull.members: object expected");
                        message.members[i] = $root.gossip.v1.MemberRecord.fromObject(object.members[i], _depth + 1);
                    }
                }
                if (object.kvDigest != null) {
                    if (!$util.isObject(object.kvDigest))
                        throw $TypeError(".gossip.v1.PushPull.kvDigest: object expected");
                    message.kvDigest = $root.gossip.v1.KvDigest.fromObject(object.kvDigest, _depth + 1);
                }
                if (object.kvDelta != null) {
                    if (!$util.isObject(object.kvDelta))
                        throw $TypeError(".gossip.v1.PushPull.kvDelta: object expected");
                    message.kvDelta = $root.gossip.v1.KvDelta.fromObject(object.kvDelta, _depth + 1);
                }
                if (object.crdt) {
                    if (!$Array.isArray(object.crdt))
                        throw $TypeError(".gossip.v1.PushPull.crdt: array expected");
                    message.crdt = $Array(object.crdt.length);
                    for (let i = 0; i < object.crdt.length; ++i) {
                        if (!$util.isObject(object.crdt[i]))
                            throw $TypeError(".gossip.v1.PushPull.crdt: object expected");
                        message.crdt[i] = $root.gossip.v1.CrdtDelta.fromObject(object.crdt[i], _depth + 1);
                    }
                }
                if (object.signedMembers) {
                    if (!$Array.isArray(object.signedMembers))
                        throw $TypeError(".gossip.v1.PushPull.signedMembers: array expected");
                    message.signedMembers = $Array(object.signedMembers.length);
                    for (let i = 0; i < object.signedMembers.length; ++i) {
                        if (!$util.isObject(object.signedMembers[i]))
                            throw $TypeError(".gossip.v1.PushPull.signedMembers: object expected");
                        message.signedMembers[i] = $root.gossip.v1.Signed.fromObject(object.signedMembers[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PushPull message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.PushPull
             * @static
             * @param {gossip.v1.PushPull} message PushPull
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PushPull.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.members = [];
                    object.crdt = [];
                    object.signedMembers = [];
                }
                if (options.defaults) {
                    object.join = false;
                    object.reply = false;
                    object.kvDigest = null;
                    object.kvDelta = null;
                }
                if (message.join != null && $Object.hasOwnProperty.call(message, "join"))
                    object.join = message.join;
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    object.reply = message.reply;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = $root.gossip.v1.MemberRecord.toObject(message.members[j], options, _depth + 1);
                }
                if (message.kvDigest != null && $Object.hasOwnProperty.call(message, "kvDigest"))
                    object.kvDigest = $root.gossip.v1.KvDigest.toObject(message.kvDigest, options, _depth + 1);
                if (message.kvDelta != null && $Object.hasOwnProperty.call(message, "kvDelta"))
                    object.kvDelta = $root.gossip.v1.KvDelta.toObject(message.kvDelta, options, _depth + 1);
                if (message.crdt && message.crdt.length) {
                    object.crdt = $Array(message.crdt.length);
                    for (let j = 0; j < message.crdt.length; ++j)
                        object.crdt[j] = $root.gossip.v1.CrdtDelta.toObject(message.crdt[j], options, _depth + 1);
                }
                if (message.signedMembers && message.signedMembers.length) {
                    object.signedMembers = $Array(message.signedMembers.length);
                    for (let j = 0; j < message.signedMembers.length; ++j)
                        object.signedMembers[j] = $root.gossip.v1.Signed.toObject(message.signedMembers[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PushPull to JSON.
             * @function toJSON
             * @memberof gossip.v1.PushPull
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PushPull.prototype.toJSON = function() {
                return PushPull.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PushPull
             * @function getTypeUrl
             * @memberof gossip.v1.PushPull
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PushPull.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.PushPull";
            };

            return PushPull;
        })();

        v1.NodeDigest = (function() {

            /**
             * Properties of a NodeDigest.
             * @typedef {Object} gossip.v1.NodeDigest.$Properties
             * @property {string|null} [node] NodeDigest node
             * @property {number|Long|null} [maxVersion] NodeDigest maxVersion
             * @property {number|Long|null} [gcVersion] NodeDigest gcVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeDigest.
             * @memberof gossip.v1
             * @interface INodeDigest
             * @augments gossip.v1.NodeDigest.$Properties
             * @deprecated Use gossip.v1.NodeDigest.$Properties instead.
             */

            /**
             * Shape of a NodeDigest.
             * @typedef {gossip.v1.NodeDigest.$Properties} gossip.v1.NodeDigest.$Shape
             */

            /**
             * Constructs a new NodeDigest.
             * @memberof gossip.v1
             * @classdesc Represents a NodeDigest.
             * @constructor
             * @param {gossip.v1.NodeDigest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeDigest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeDigest node.
             * @member {string} node
             * @memberof gossip.v1.NodeDigest
             * @instance
             */
            NodeDigest.prototype.node = "";

            /**
             * NodeDigest maxVersion.
             * @member {number|Long} maxVersion
             * @memberof gossip.v1.NodeDigest
             * @instance
             */
            NodeDigest.prototype.maxVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeDigest gcVersion.
             * @member {number|Long} gcVersion
             * @memberof gossip.v1.NodeDigest
             * @instance
             */
            NodeDigest.prototype.gcVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new NodeDigest instance using the specified properties.
             * @function create
             * @memberof gossip.v1.NodeDigest
             * @static
             * @param {gossip.v1.NodeDigest.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.NodeDigest} NodeDigest instance
             * @type {{
             *   (properties: gossip.v1.NodeDigest.$Shape): gossip.v1.NodeDigest & gossip.v1.NodeDigest.$Shape;
             *   (properties?: gossip.v1.NodeDigest.$Properties): gossip.v1.NodeDigest;
             * }}
             */
            NodeDigest.create = function(properties) {
                return new NodeDigest(properties);
            };

            /**
             * Encodes the specified NodeDigest message. Does not implicitly {@link gossip.v1.NodeDigest.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.NodeDigest
             * @static
             * @param {gossip.v1.NodeDigest.$Properties} message NodeDigest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeDigest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.maxVersion != null && $Object.hasOwnProperty.call(message, "maxVersion") && (typeof message.maxVersion === "object" ? message.maxVersion.low || message.maxVersion.high : message.maxVersion !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.maxVersion);
                if (message.gcVersion != null && $Object.hasOwnProperty.call(message, "gcVersion") && (typeof message.gcVersion === "object" ? message.gcVersion.low || message.gcVersion.high : message.gcVersion !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.gcVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeDigest message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.NodeDigest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.NodeDigest & gossip.v1.NodeDigest.$Shape} NodeDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeDigest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.NodeDigest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxVersion = value;
                            else
                                delete message.maxVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.gcVersion = value;
                            else
                                delete message.gcVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NodeDigest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.NodeDigest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.NodeDigest} NodeDigest
             */
            NodeDigest.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.NodeDigest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.NodeDigest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.NodeDigest();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.maxVersion != null)
                    if (typeof object.maxVersion === "object" ? object.maxVersion.low || object.maxVersion.high : $Number(object.maxVersion) !== 0)
                        if ($util.Long)
                            message.maxVersion = $util.Long.fromValue(object.maxVersion, true);
                        else if (typeof object.maxVersion === "string")
                            message.maxVersion = $parseInt(object.maxVersion, 10);
                        else if (typeof object.maxVersion === "number")
                            message.maxVersion = object.maxVersion;
                        else if (typeof object.maxVersion === "object")
                            message.maxVersion = new $util.LongBits(object.maxVersion.low >>> 0, object.maxVersion.high >>> 0).toNumber(true);
                if (object.gcVersion != null)
                    if (typeof object.gcVersion === "object" ? object.gcVersion.low || object.gcVersion.high : $Number(object.gcVersion) !== 0)
                        if ($util.Long)
                            message.gcVersion = $util.Long.fromValue(object.gcVersion, true);
                        else if (typeof object.gcVersion === "string")
                            message.gcVersion = $parseInt(object.gcVersion, 10);
                        else if (typeof object.gcVersion === "number")
                            message.gcVersion = object.gcVersion;
                        else if (typeof object.gcVersion === "object")
                            message.gcVersion = new $util.LongBits(object.gcVersion.low >>> 0, object.gcVersion.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a NodeDigest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.NodeDigest
             * @static
             * @param {gossip.v1.NodeDigest} message NodeDigest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeDigest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.gcVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.gcVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.maxVersion != null && $Object.hasOwnProperty.call(message, "maxVersion"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxVersion = typeof message.maxVersion === "number" ? $BigInt(message.maxVersion) : $util.Long.fromBits(message.maxVersion.low >>> 0, message.maxVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.maxVersion === "number")
                        object.maxVersion = options.longs === $String ? $String(message.maxVersion) : message.maxVersion;
                    else
                        object.maxVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.maxVersion) : options.longs === $Number ? new $util.LongBits(message.maxVersion.low >>> 0, message.maxVersion.high >>> 0).toNumber(true) : message.maxVersion;
                if (message.gcVersion != null && $Object.hasOwnProperty.call(message, "gcVersion"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.gcVersion = typeof message.gcVersion === "number" ? $BigInt(message.gcVersion) : $util.Long.fromBits(message.gcVersion.low >>> 0, message.gcVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.gcVersion === "number")
                        object.gcVersion = options.longs === $String ? $String(message.gcVersion) : message.gcVersion;
                    else
                        object.gcVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.gcVersion) : options.longs === $Number ? new $util.LongBits(message.gcVersion.low >>> 0, message.gcVersion.high >>> 0).toNumber(true) : message.gcVersion;
                return object;
            };

            /**
             * Converts this NodeDigest to JSON.
             * @function toJSON
             * @memberof gossip.v1.NodeDigest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeDigest.prototype.toJSON = function() {
                return NodeDigest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeDigest
             * @function getTypeUrl
             * @memberof gossip.v1.NodeDigest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeDigest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.NodeDigest";
            };

            return NodeDigest;
        })();

        v1.KvDigest = (function() {

            /**
             * Properties of a KvDigest.
             * @typedef {Object} gossip.v1.KvDigest.$Properties
             * @property {Array.<gossip.v1.NodeDigest.$Properties>|null} [nodes] KvDigest nodes
             * @property {boolean|null} [reply] KvDigest reply
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvDigest.
             * @memberof gossip.v1
             * @interface IKvDigest
             * @augments gossip.v1.KvDigest.$Properties
             * @deprecated Use gossip.v1.KvDigest.$Properties instead.
             */

            /**
             * Shape of a KvDigest.
             * @typedef {gossip.v1.KvDigest.$Properties} gossip.v1.KvDigest.$Shape
             */

            /**
             * Constructs a new KvDigest.
             * @memberof gossip.v1
             * @classdesc Represents a KvDigest.
             * @constructor
             * @param {gossip.v1.KvDigest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KvDigest = function (properties) {
                this.nodes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KvDigest nodes.
             * @member {Array.<gossip.v1.NodeDigest.$Properties>} nodes
             * @memberof gossip.v1.KvDigest
             * @instance
             */
            KvDigest.prototype.nodes = $util.emptyArray;

            /**
             * KvDigest reply.
             * @member {boolean} reply
             * @memberof gossip.v1.KvDigest
             * @instance
             */
            KvDigest.prototype.reply = false;

            /**
             * Creates a new KvDigest instance using the specified properties.
             * @function create
             * @memberof gossip.v1.KvDigest
             * @static
             * @param {gossip.v1.KvDigest.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.KvDigest} KvDigest instance
             * @type {{
             *   (properties: gossip.v1.KvDigest.$Shape): gossip.v1.KvDigest & gossip.v1.KvDigest.$Shape;
             *   (properties?: gossip.v1.KvDigest.$Properties): gossip.v1.KvDigest;
             * }}
             */
            KvDigest.create = function(properties) {
                return new KvDigest(properties);
            };

            /**
             * Encodes the specified KvDigest message. Does not implicitly {@link gossip.v1.KvDigest.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.KvDigest
             * @static
             * @param {gossip.v1.KvDigest.$Properties} message KvDigest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvDigest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        $root.gossip.v1.NodeDigest.encode(message.nodes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply") && message.reply !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.reply);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KvDigest message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.KvDigest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.KvDigest & gossip.v1.KvDigest.$Shape} KvDigest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvDigest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.KvDigest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.gossip.v1.NodeDigest.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reply = value;
                            else
                                delete message.reply;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a KvDigest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.KvDigest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.KvDigest} KvDigest
             */
            KvDigest.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.KvDigest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.KvDigest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.KvDigest();
                if (object.nodes) {
                    if (!$Array.isArray(object.nodes))
                        throw $TypeError(".gossip.v1.KvDigest.nodes: array expected");
                    message.nodes = $Array(object.nodes.length);
                    for (let i = 0; i < object.nodes.length; ++i) {
                        if (!$util.isObject(object.nodes[i]))
                            throw $TypeError(".gossip.v1.KvDigest.nodes: object expected");
                        message.nodes[i] = $root.gossip.v1.NodeDigest.fromObject(object.nodes[i], _depth + 1);
                    }
                }
                if (object.reply != null)
                    if (object.reply)
                        message.reply = $Boolean(object.reply);
                return message;
            };

            /**
             * Creates a plain object from a KvDigest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.KvDigest
             * @static
             * @param {gossip.v1.KvDigest} message KvDigest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KvDigest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.nodes = [];
                if (options.defaults)
                    object.reply = false;
                if (message.nodes && message.nodes.length) {
                    object.nodes = $Array(message.nodes.length);
                    for (let j = 0; j < message.nodes.length; ++j)
                        object.nodes[j] = $root.gossip.v1.NodeDigest.toObject(message.nodes[j], options, _depth + 1);
                }
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    object.reply = message.reply;
                return object;
            };

            /**
             * Converts this KvDigest to JSON.
             * @function toJSON
             * @memberof gossip.v1.KvDigest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KvDigest.prototype.toJSON = function() {
                return KvDigest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KvDigest
             * @function getTypeUrl
             * @memberof gossip.v1.KvDigest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KvDigest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.KvDigest";
            };

            return KvDigest;
        })();

        v1.KvEntry = (function() {

            /**
             * Properties of a KvEntry.
             * @typedef {Object} gossip.v1.KvEntry.$Properties
             * @property {string|null} [key] KvEntry key
             * @property {Uint8Array|null} [value] KvEntry value
             * @property {number|Long|null} [version] KvEntry version
             * @property {boolean|null} [tombstone] KvEntry tombstone
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvEntry.
             * @memberof gossip.v1
             * @interface IKvEntry
             * @augments gossip.v1.KvEntry.$Properties
             * @deprecated Use gossip.v1.KvEntry.$Properties instead.
             */

            /**
             * Shape of a KvEntry.
             * @typedef {gossip.v1.KvEntry.$Properties} gossip.v1.KvEntry.$Shape
             */

            /**
             * Constructs a new KvEntry.
             * @memberof gossip.v1
             * @classdesc Represents a KvEntry.
             * @constructor
             * @param {gossip.v1.KvEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KvEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KvEntry key.
             * @member {string} key
             * @memberof gossip.v1.KvEntry
             * @instance
             */
            KvEntry.prototype.key = "";

            /**
             * KvEntry value.
             * @member {Uint8Array} value
             * @memberof gossip.v1.KvEntry
             * @instance
             */
            KvEntry.prototype.value = $util.newBuffer([]);

            /**
             * KvEntry version.
             * @member {number|Long} version
             * @memberof gossip.v1.KvEntry
             * @instance
             */
            KvEntry.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * KvEntry tombstone.
             * @member {boolean} tombstone
             * @memberof gossip.v1.KvEntry
             * @instance
             */
            KvEntry.prototype.tombstone = false;

            /**
             * Creates a new KvEntry instance using the specified properties.
             * @function create
             * @memberof gossip.v1.KvEntry
             * @static
             * @param {gossip.v1.KvEntry.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.KvEntry} KvEntry instance
             * @type {{
             *   (properties: gossip.v1.KvEntry.$Shape): gossip.v1.KvEntry & gossip.v1.KvEntry.$Shape;
             *   (properties?: gossip.v1.KvEntry.$Properties): gossip.v1.KvEntry;
             * }}
             */
            KvEntry.create = function(properties) {
                return new KvEntry(properties);
            };

            /**
             * Encodes the specified KvEntry message. Does not implicitly {@link gossip.v1.KvEntry.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.KvEntry
             * @static
             * @param {gossip.v1.KvEntry.$Properties} message KvEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.version);
                if (message.tombstone != null && $Object.hasOwnProperty.call(message, "tombstone") && message.tombstone !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.tombstone);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KvEntry message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.KvEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.KvEntry & gossip.v1.KvEntry.$Shape} KvEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.KvEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tombstone = value;
                            else
                                delete message.tombstone;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a KvEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.KvEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.KvEntry} KvEntry
             */
            KvEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.KvEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.KvEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.KvEntry();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object.version != null)
                    if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = $parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                if (object.tombstone != null)
                    if (object.tombstone)
                        message.tombstone = $Boolean(object.tombstone);
                return message;
            };

            /**
             * Creates a plain object from a KvEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.KvEntry
             * @static
             * @param {gossip.v1.KvEntry} message KvEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KvEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.tombstone = false;
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === $String ? $String(message.version) : message.version;
                    else
                        object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                if (message.tombstone != null && $Object.hasOwnProperty.call(message, "tombstone"))
                    object.tombstone = message.tombstone;
                return object;
            };

            /**
             * Converts this KvEntry to JSON.
             * @function toJSON
             * @memberof gossip.v1.KvEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KvEntry.prototype.toJSON = function() {
                return KvEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KvEntry
             * @function getTypeUrl
             * @memberof gossip.v1.KvEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KvEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.KvEntry";
            };

            return KvEntry;
        })();

        v1.NodeDelta = (function() {

            /**
             * Properties of a NodeDelta.
             * @typedef {Object} gossip.v1.NodeDelta.$Properties
             * @property {string|null} [node] NodeDelta node
             * @property {number|Long|null} [fromVersion] NodeDelta fromVersion
             * @property {boolean|null} [reset] NodeDelta reset
             * @property {number|Long|null} [gcVersion] NodeDelta gcVersion
             * @property {number|Long|null} [maxVersion] NodeDelta maxVersion
             * @property {Array.<gossip.v1.KvEntry.$Properties>|null} [entries] NodeDelta entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeDelta.
             * @memberof gossip.v1
             * @interface INodeDelta
             * @augments gossip.v1.NodeDelta.$Properties
             * @deprecated Use gossip.v1.NodeDelta.$Properties instead.
             */

            /**
             * Shape of a NodeDelta.
             * @typedef {gossip.v1.NodeDelta.$Properties} gossip.v1.NodeDelta.$Shape
             */

            /**
             * Constructs a new NodeDelta.
             * @memberof gossip.v1
             * @classdesc Represents a NodeDelta.
             * @constructor
             * @param {gossip.v1.NodeDelta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeDelta = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeDelta node.
             * @member {string} node
             * @memberof gossip.v1.NodeDelta
             * @instance
             */
            NodeDelta.prototype.node = "";

            /**
             * NodeDelta fromVersion.
             * @member {number|Long} fromVersion
             * @memberof gossip.v1.NodeDelta
             * @instance
             */
            NodeDelta.prototype.fromVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeDelta reset.
             * @member {boolean} reset
             * @memberof gossip.v1.NodeDelta
             * @instance
             */
            NodeDelta.prototype.reset = false;

            /**
             * NodeDelta gcVersion.
             * @member {number|Long} gcVersion
             * @memberof gossip.v1.NodeDelta
             * @instance
             */
            NodeDelta.prototype.gcVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeDelta maxVersion.
             * @member {number|Long} maxVersion
             * @memberof gossip.v1.NodeDelta
             * @instance
             */
            NodeDelta.prototype.maxVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeDelta entries.
             * @member {Array.<gossip.v1.KvEntry.$Properties>} entries
             * @memberof gossip.v1.NodeDelta
             * @instance
             */
            NodeDelta.prototype.entries = $util.emptyArray;

            /**
             * Creates a new NodeDelta instance using the specified properties.
             * @function create
             * @memberof gossip.v1.NodeDelta
             * @static
             * @param {gossip.v1.NodeDelta.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.NodeDelta} NodeDelta instance
             * @type {{
             *   (properties: gossip.v1.NodeDelta.$Shape): gossip.v1.NodeDelta & gossip.v1.NodeDelta.$Shape;
             *   (properties?: gossip.v1.NodeDelta.$Properties): gossip.v1.NodeDelta;
             * }}
             */
            NodeDelta.create = function(properties) {
                return new NodeDelta(properties);
            };

            /**
             * Encodes the specified NodeDelta message. Does not implicitly {@link gossip.v1.NodeDelta.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.NodeDelta
             * @static
             * @param {gossip.v1.NodeDelta.$Properties} message NodeDelta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeDelta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.fromVersion != null && $Object.hasOwnProperty.call(message, "fromVersion") && (typeof message.fromVersion === "object" ? message.fromVersion.low || message.fromVersion.high : message.fromVersion !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromVersion);
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset") && message.reset !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.reset);
                if (message.gcVersion != null && $Object.hasOwnProperty.call(message, "gcVersion") && (typeof message.gcVersion === "object" ? message.gcVersion.low || message.gcVersion.high : message.gcVersion !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.gcVersion);
                if (message.maxVersion != null && $Object.hasOwnProperty.call(message, "maxVersion") && (typeof message.maxVersion === "object" ? message.maxVersion.low || message.maxVersion.high : message.maxVersion !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.maxVersion);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.gossip.v1.KvEntry.encode(message.entries[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeDelta message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.NodeDelta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.NodeDelta & gossip.v1.NodeDelta.$Shape} NodeDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeDelta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.NodeDelta();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromVersion = value;
                            else
                                delete message.fromVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reset = value;
                            else
                                delete message.reset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.gcVersion = value;
                            else
                                delete message.gcVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxVersion = value;
                            else
                                delete message.maxVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.gossip.v1.KvEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a NodeDelta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.NodeDelta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.NodeDelta} NodeDelta
             */
            NodeDelta.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.NodeDelta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.NodeDelta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.NodeDelta();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.fromVersion != null)
                    if (typeof object.fromVersion === "object" ? object.fromVersion.low || object.fromVersion.high : $Number(object.fromVersion) !== 0)
                        if ($util.Long)
                            message.fromVersion = $util.Long.fromValue(object.fromVersion, true);
                        else if (typeof object.fromVersion === "string")
                            message.fromVersion = $parseInt(object.fromVersion, 10);
                        else if (typeof object.fromVersion === "number")
                            message.fromVersion = object.fromVersion;
                        else if (typeof object.fromVersion === "object")
                            message.fromVersion = new $util.LongBits(object.fromVersion.low >>> 0, object.fromVersion.high >>> 0).toNumber(true);
                if (object.reset != null)
                    if (object.reset)
                        message.reset = $Boolean(object.reset);
                if (object.gcVersion != null)
                    if (typeof object.gcVersion === "object" ? object.gcVersion.low || object.gcVersion.high : $Number(object.gcVersion) !== 0)
                        if ($util.Long)
                            message.gcVersion = $util.Long.fromValue(object.gcVersion, true);
                        else if (typeof object.gcVersion === "string")
                            message.gcVersion = $parseInt(object.gcVersion, 10);
                        else if (typeof object.gcVersion === "number")
                            message.gcVersion = object.gcVersion;
                        else if (typeof object.gcVersion === "object")
                            message.gcVersion = new $util.LongBits(object.gcVersion.low >>> 0, object.gcVersion.high >>> 0).toNumber(true);
                if (object.maxVersion != null)
                    if (typeof object.maxVersion === "object" ? object.maxVersion.low || object.maxVersion.high : $Number(object.maxVersion) !== 0)
                        if ($util.Long)
                            message.maxVersion = $util.Long.fromValue(object.maxVersion, true);
                        else if (typeof object.maxVersion === "string")
                            message.maxVersion = $parseInt(object.maxVersion, 10);
                        else if (typeof object.maxVersion === "number")
                            message.maxVersion = object.maxVersion;
                        else if (typeof object.maxVersion === "object")
                            message.maxVersion = new $util.LongBits(object.maxVersion.low >>> 0, object.maxVersion.high >>> 0).toNumber(true);
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".gossip.v1.NodeDelta.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".gossip.v1.NodeDelta.entries: object expected");
                        message.entries[i] = $root.gossip.v1.KvEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a NodeDelta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.NodeDelta
             * @static
             * @param {gossip.v1.NodeDelta} message NodeDelta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeDelta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults) {
                    object.node = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fromVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fromVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reset = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.gcVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.gcVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.fromVersion != null && $Object.hasOwnProperty.call(message, "fromVersion"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fromVersion = typeof message.fromVersion === "number" ? $BigInt(message.fromVersion) : $util.Long.fromBits(message.fromVersion.low >>> 0, message.fromVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.fromVersion === "number")
                        object.fromVersion = options.longs === $String ? $String(message.fromVersion) : message.fromVersion;
                    else
                        object.fromVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.fromVersion) : options.longs === $Number ? new $util.LongBits(message.fromVersion.low >>> 0, message.fromVersion.high >>> 0).toNumber(true) : message.fromVersion;
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset"))
                    object.reset = message.reset;
                if (message.gcVersion != null && $Object.hasOwnProperty.call(message, "gcVersion"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.gcVersion = typeof message.gcVersion === "number" ? $BigInt(message.gcVersion) : $util.Long.fromBits(message.gcVersion.low >>> 0, message.gcVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.gcVersion === "number")
                        object.gcVersion = options.longs === $String ? $String(message.gcVersion) : message.gcVersion;
                    else
                        object.gcVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.gcVersion) : options.longs === $Number ? new $util.LongBits(message.gcVersion.low >>> 0, message.gcVersion.high >>> 0).toNumber(true) : message.gcVersion;
                if (message.maxVersion != null && $Object.hasOwnProperty.call(message, "maxVersion"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxVersion = typeof message.maxVersion === "number" ? $BigInt(message.maxVersion) : $util.Long.fromBits(message.maxVersion.low >>> 0, message.maxVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.maxVersion === "number")
                        object.maxVersion = options.longs === $String ? $String(message.maxVersion) : message.maxVersion;
                    else
                        object.maxVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.maxVersion) : options.longs === $Number ? new $util.LongBits(message.maxVersion.low >>> 0, message.maxVersion.high >>> 0).toNumber(true) : message.maxVersion;
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.gossip.v1.KvEntry.toObject(message.entries[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this NodeDelta to JSON.
             * @function toJSON
             * @memberof gossip.v1.NodeDelta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeDelta.prototype.toJSON = function() {
                return NodeDelta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeDelta
             * @function getTypeUrl
             * @memberof gossip.v1.NodeDelta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeDelta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.NodeDelta";
            };

            return NodeDelta;
        })();

        v1.KvDelta = (function() {

            /**
             * Properties of a KvDelta.
             * @typedef {Object} gossip.v1.KvDelta.$Properties
             * @property {Array.<gossip.v1.NodeDelta.$Properties>|null} [nodes] KvDelta nodes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvDelta.
             * @memberof gossip.v1
             * @interface IKvDelta
             * @augments gossip.v1.KvDelta.$Properties
             * @deprecated Use gossip.v1.KvDelta.$Properties instead.
             */

            /**
             * Shape of a KvDelta.
             * @typedef {gossip.v1.KvDelta.$Properties} gossip.v1.KvDelta.$Shape
             */

            /**
             * Constructs a new KvDelta.
             * @memberof gossip.v1
             * @classdesc Represents a KvDelta.
             * @constructor
             * @param {gossip.v1.KvDelta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KvDelta = function (properties) {
                this.nodes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KvDelta nodes.
             * @member {Array.<gossip.v1.NodeDelta.$Properties>} nodes
             * @memberof gossip.v1.KvDelta
             * @instance
             */
            KvDelta.prototype.nodes = $util.emptyArray;

            /**
             * Creates a new KvDelta instance using the specified properties.
             * @function create
             * @memberof gossip.v1.KvDelta
             * @static
             * @param {gossip.v1.KvDelta.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.KvDelta} KvDelta instance
             * @type {{
             *   (properties: gossip.v1.KvDelta.$Shape): gossip.v1.KvDelta & gossip.v1.KvDelta.$Shape;
             *   (properties?: gossip.v1.KvDelta.$Properties): gossip.v1.KvDelta;
             * }}
             */
            KvDelta.create = function(properties) {
                return new KvDelta(properties);
            };

            /**
             * Encodes the specified KvDelta message. Does not implicitly {@link gossip.v1.KvDelta.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.KvDelta
             * @static
             * @param {gossip.v1.KvDelta.$Properties} message KvDelta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvDelta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        $root.gossip.v1.NodeDelta.encode(message.nodes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KvDelta message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.KvDelta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.KvDelta & gossip.v1.KvDelta.$Shape} KvDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvDelta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.KvDelta();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.gossip.v1.NodeDelta.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a KvDelta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.KvDelta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.KvDelta} KvDelta
             */
            KvDelta.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.KvDelta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.KvDelta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.KvDelta();
                if (object.nodes) {
                    if (!$Array.isArray(object.nodes))
                        throw $TypeError(".gossip.v1.KvDelta.nodes: array expected");
                    message.nodes = $Array(object.nodes.length);
                    for (let i = 0; i < object.nodes.length; ++i) {
                        if (!$util.isObject(object.nodes[i]))
                            throw $TypeError(".gossip.v1.KvDelta.nodes: object expected");
                        message.nodes[i] = $root.gossip.v1.NodeDelta.fromObject(object.nodes[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a KvDelta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.KvDelta
             * @static
             * @param {gossip.v1.KvDelta} message KvDelta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KvDelta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.nodes = [];
                if (message.nodes && message.nodes.length) {
                    object.nodes = $Array(message.nodes.length);
                    for (let j = 0; j < message.nodes.length; ++j)
                        object.nodes[j] = $root.gossip.v1.NodeDelta.toObject(message.nodes[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this KvDelta to JSON.
             * @function toJSON
             * @memberof gossip.v1.KvDelta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KvDelta.prototype.toJSON = function() {
                return KvDelta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KvDelta
             * @function getTypeUrl
             * @memberof gossip.v1.KvDelta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KvDelta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.KvDelta";
            };

            return KvDelta;
        })();

        v1.UserEvent = (function() {

            /**
             * Properties of a UserEvent.
             * @typedef {Object} gossip.v1.UserEvent.$Properties
             * @property {Uint8Array|null} [id] UserEvent id
             * @property {string|null} [origin] UserEvent origin
             * @property {string|null} [name] UserEvent name
             * @property {Uint8Array|null} [payload] UserEvent payload
             * @property {number|Long|null} [ltime] UserEvent ltime
             * @property {number|null} [ttl] UserEvent ttl
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserEvent.
             * @memberof gossip.v1
             * @interface IUserEvent
             * @augments gossip.v1.UserEvent.$Properties
             * @deprecated Use gossip.v1.UserEvent.$Properties instead.
             */

            /**
             * Shape of a UserEvent.
             * @typedef {gossip.v1.UserEvent.$Properties} gossip.v1.UserEvent.$Shape
             */

            /**
             * Constructs a new UserEvent.
             * @memberof gossip.v1
             * @classdesc Represents a UserEvent.
             * @constructor
             * @param {gossip.v1.UserEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserEvent id.
             * @member {Uint8Array} id
             * @memberof gossip.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.id = $util.newBuffer([]);

            /**
             * UserEvent origin.
             * @member {string} origin
             * @memberof gossip.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.origin = "";

            /**
             * UserEvent name.
             * @member {string} name
             * @memberof gossip.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.name = "";

            /**
             * UserEvent payload.
             * @member {Uint8Array} payload
             * @memberof gossip.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.payload = $util.newBuffer([]);

            /**
             * UserEvent ltime.
             * @member {number|Long} ltime
             * @memberof gossip.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.ltime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UserEvent ttl.
             * @member {number} ttl
             * @memberof gossip.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.ttl = 0;

            /**
             * Creates a new UserEvent instance using the specified properties.
             * @function create
             * @memberof gossip.v1.UserEvent
             * @static
             * @param {gossip.v1.UserEvent.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.UserEvent} UserEvent instance
             * @type {{
             *   (properties: gossip.v1.UserEvent.$Shape): gossip.v1.UserEvent & gossip.v1.UserEvent.$Shape;
             *   (properties?: gossip.v1.UserEvent.$Properties): gossip.v1.UserEvent;
             * }}
             */
            UserEvent.create = function(properties) {
                return new UserEvent(properties);
            };

            /**
             * Encodes the specified UserEvent message. Does not implicitly {@link gossip.v1.UserEvent.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.UserEvent
             * @static
             * @param {gossip.v1.UserEvent.$Properties} message UserEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.id);
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin") && message.origin !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.origin);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.payload);
                if (message.ltime != null && $Object.hasOwnProperty.call(message, "ltime") && (typeof message.ltime === "object" ? message.ltime.low || message.ltime.high : message.ltime !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.ltime);
                if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl") && message.ttl !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.ttl);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UserEvent message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.UserEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.UserEvent & gossip.v1.UserEvent.$Shape} UserEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.UserEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.origin = value;
                            else
                                delete message.origin;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ltime = value;
                            else
                                delete message.ltime;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttl = value;
                            else
                                delete message.ttl;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a UserEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.UserEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.UserEvent} UserEvent
             */
            UserEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.UserEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.UserEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.UserEvent();
                if (object.id != null)
                    if (object.id.length)
                        if (typeof object.id === "string")
                            $util.base64.decode(object.id, message.id = $util.newBuffer($util.base64.length(object.id)), 0);
                        else if (object.id.length >= 0)
                            message.id = object.id;
                if (object.origin != null)
                    if (typeof object.origin !== "string" || object.origin.length)
                        message.origin = $String(object.origin);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.ltime != null)
                    if (typeof object.ltime === "object" ? object.ltime.low || object.ltime.high : $Number(object.ltime) !== 0)
                        if ($util.Long)
                            message.ltime = $util.Long.fromValue(object.ltime, true);
                        else if (typeof object.ltime === "string")
                            message.ltime = $parseInt(object.ltime, 10);
                        else if (typeof object.ltime === "number")
                            message.ltime = object.ltime;
                        else if (typeof object.ltime === "object")
                            message.ltime = new $util.LongBits(object.ltime.low >>> 0, object.ltime.high >>> 0).toNumber(true);
                if (object.ttl != null)
                    if ($Number(object.ttl) !== 0)
                        message.ttl = object.ttl >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a UserEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.UserEvent
             * @static
             * @param {gossip.v1.UserEvent} message UserEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.id = "";
                    else {
                        object.id = [];
                        if (options.bytes !== $Array)
                            object.id = $util.newBuffer(object.id);
                    }
                    object.origin = "";
                    object.name = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.ltime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ltime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.ttl = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = options.bytes === $String ? $util.base64.encode(message.id, 0, message.id.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.id) : message.id;
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    object.origin = message.origin;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.ltime != null && $Object.hasOwnProperty.call(message, "ltime"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ltime = typeof message.ltime === "number" ? $BigInt(message.ltime) : $util.Long.fromBits(message.ltime.low >>> 0, message.ltime.high >>> 0, true).toBigInt();
                    else if (typeof message.ltime === "number")
                        object.ltime = options.longs === $String ? $String(message.ltime) : message.ltime;
                    else
                        object.ltime = options.longs === $String ? $util.Long.prototype.toString.call(message.ltime) : options.longs === $Number ? new $util.LongBits(message.ltime.low >>> 0, message.ltime.high >>> 0).toNumber(true) : message.ltime;
                if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl"))
                    object.ttl = message.ttl;
                return object;
            };

            /**
             * Converts this UserEvent to JSON.
             * @function toJSON
             * @memberof gossip.v1.UserEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserEvent.prototype.toJSON = function() {
                return UserEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UserEvent
             * @function getTypeUrl
             * @memberof gossip.v1.UserEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UserEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.UserEvent";
            };

            return UserEvent;
        })();

        /**
         * CrdtType enum.
         * @name gossip.v1.CrdtType
         * @enum {number}
         * @property {number} CRDT_TYPE_UNSPECIFIED=0 CRDT_TYPE_UNSPECIFIED value
         * @property {number} CRDT_TYPE_G_COUNTER=1 CRDT_TYPE_G_COUNTER value
         * @property {number} CRDT_TYPE_PN_COUNTER=2 CRDT_TYPE_PN_COUNTER value
         * @property {number} CRDT_TYPE_G_SET=3 CRDT_TYPE_G_SET value
         * @property {number} CRDT_TYPE_TWO_P_SET=4 CRDT_TYPE_TWO_P_SET value
         * @property {number} CRDT_TYPE_OR_SET=5 CRDT_TYPE_OR_SET value
         * @property {number} CRDT_TYPE_LWW_ELEMENT_SET=6 CRDT_TYPE_LWW_ELEMENT_SET value
         * @property {number} CRDT_TYPE_MAX_CHANGE_SET=7 CRDT_TYPE_MAX_CHANGE_SET value
         * @property {number} CRDT_TYPE_LWW_REGISTER=8 CRDT_TYPE_LWW_REGISTER value
         * @property {number} CRDT_TYPE_OR_MAP=9 CRDT_TYPE_OR_MAP value
         */
        v1.CrdtType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CRDT_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CRDT_TYPE_G_COUNTER"] = 1;
            values[valuesById[2] = "CRDT_TYPE_PN_COUNTER"] = 2;
            values[valuesById[3] = "CRDT_TYPE_G_SET"] = 3;
            values[valuesById[4] = "CRDT_TYPE_TWO_P_SET"] = 4;
            values[valuesById[5] = "CRDT_TYPE_OR_SET"] = 5;
            values[valuesById[6] = "CRDT_TYPE_LWW_ELEMENT_SET"] = 6;
            values[valuesById[7] = "CRDT_TYPE_MAX_CHANGE_SET"] = 7;
            values[valuesById[8] = "CRDT_TYPE_LWW_REGISTER"] = 8;
            values[valuesById[9] = "CRDT_TYPE_OR_MAP"] = 9;
            return values;
        })();

        /**
         * ReplicationMode enum.
         * @name gossip.v1.ReplicationMode
         * @enum {number}
         * @property {number} REPLICATION_MODE_ALL=0 REPLICATION_MODE_ALL value
         * @property {number} REPLICATION_MODE_NONE=1 REPLICATION_MODE_NONE value
         * @property {number} REPLICATION_MODE_NODES=2 REPLICATION_MODE_NODES value
         * @property {number} REPLICATION_MODE_METADATA=3 REPLICATION_MODE_METADATA value
         */
        v1.ReplicationMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REPLICATION_MODE_ALL"] = 0;
            values[valuesById[1] = "REPLICATION_MODE_NONE"] = 1;
            values[valuesById[2] = "REPLICATION_MODE_NODES"] = 2;
            values[valuesById[3] = "REPLICATION_MODE_METADATA"] = 3;
            return values;
        })();

        v1.Replication = (function() {

            /**
             * Properties of a Replication.
             * @typedef {Object} gossip.v1.Replication.$Properties
             * @property {gossip.v1.ReplicationMode|null} [mode] Replication mode
             * @property {Array.<string>|null} [nodes] Replication nodes
             * @property {Object.<string,string>|null} [match] Replication match
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Replication.
             * @memberof gossip.v1
             * @interface IReplication
             * @augments gossip.v1.Replication.$Properties
             * @deprecated Use gossip.v1.Replication.$Properties instead.
             */

            /**
             * Shape of a Replication.
             * @typedef {gossip.v1.Replication.$Properties} gossip.v1.Replication.$Shape
             */

            /**
             * Constructs a new Replication.
             * @memberof gossip.v1
             * @classdesc Represents a Replication.
             * @constructor
             * @param {gossip.v1.Replication.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Replication = function (properties) {
                this.nodes = [];
                this.match = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Replication mode.
             * @member {gossip.v1.ReplicationMode} mode
             * @memberof gossip.v1.Replication
             * @instance
             */
            Replication.prototype.mode = 0;

            /**
             * Replication nodes.
             * @member {Array.<string>} nodes
             * @memberof gossip.v1.Replication
             * @instance
             */
            Replication.prototype.nodes = $util.emptyArray;

            /**
             * Replication match.
             * @member {Object.<string,string>} match
             * @memberof gossip.v1.Replication
             * @instance
             */
            Replication.prototype.match = $util.emptyObject;

            /**
             * Creates a new Replication instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Replication
             * @static
             * @param {gossip.v1.Replication.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Replication} Replication instance
             * @type {{
             *   (properties: gossip.v1.Replication.$Shape): gossip.v1.Replication & gossip.v1.Replication.$Shape;
             *   (properties?: gossip.v1.Replication.$Properties): gossip.v1.Replication;
             * }}
             */
            Replication.create = function(properties) {
                return new Replication(properties);
            };

            /**
             * Encodes the specified Replication message. Does not implicitly {@link gossip.v1.Replication.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Replication
             * @static
             * @param {gossip.v1.Replication.$Properties} message Replication message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Replication.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mode);
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.nodes[i]);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    for (let keys = $Object.keys(message.match), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.match[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Replication message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Replication
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Replication & gossip.v1.Replication.$Shape} Replication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Replication.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Replication();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.match === $util.emptyObject)
                                message.match = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.match, key);
                            message.match[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Replication message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Replication
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Replication} Replication
             */
            Replication.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Replication)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Replication: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Replication();
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.gossip.v1.ReplicationMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "REPLICATION_MODE_ALL":
                    case 0:
                        message.mode = 0;
                        break;
                    case "REPLICATION_MODE_NONE":
                    case 1:
                        message.mode = 1;
                        break;
                    case "REPLICATION_MODE_NODES":
                    case 2:
                        message.mode = 2;
                        break;
                    case "REPLICATION_MODE_METADATA":
                    case 3:
                        message.mode = 3;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.nodes) {
                    if (!$Array.isArray(object.nodes))
                        throw $TypeError(".gossip.v1.Replication.nodes: array expected");
                    message.nodes = $Array(object.nodes.length);
                    for (let i = 0; i < object.nodes.length; ++i)
                        message.nodes[i] = $String(object.nodes[i]);
                }
                if (object.match) {
                    if (!$util.isObject(object.match))
                        throw $TypeError(".gossip.v1.Replication.match: object expected");
                    message.match = {};
                    for (let keys = $Object.keys(object.match), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.match, keys[i]);
                        message.match[keys[i]] = $String(object.match[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Replication message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Replication
             * @static
             * @param {gossip.v1.Replication} message Replication
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Replication.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.nodes = [];
                if (options.objects || options.defaults)
                    object.match = {};
                if (options.defaults)
                    object.mode = options.enums === $String ? "REPLICATION_MODE_ALL" : 0;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.gossip.v1.ReplicationMode[message.mode] === $undefined ? message.mode : $root.gossip.v1.ReplicationMode[message.mode] : message.mode;
                if (message.nodes && message.nodes.length) {
                    object.nodes = $Array(message.nodes.length);
                    for (let j = 0; j < message.nodes.length; ++j)
                        object.nodes[j] = message.nodes[j];
                }
                let keys2;
                if (message.match && (keys2 = $Object.keys(message.match)).length) {
                    object.match = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.match, keys2[j]);
                        object.match[keys2[j]] = message.match[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Replication to JSON.
             * @function toJSON
             * @memberof gossip.v1.Replication
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Replication.prototype.toJSON = function() {
                return Replication.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Replication
             * @function getTypeUrl
             * @memberof gossip.v1.Replication
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Replication.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Replication";
            };

            return Replication;
        })();

        v1.CrdtDelta = (function() {

            /**
             * Properties of a CrdtDelta.
             * @typedef {Object} gossip.v1.CrdtDelta.$Properties
             * @property {string|null} [key] CrdtDelta key
             * @property {gossip.v1.CrdtType|null} [type] CrdtDelta type
             * @property {Uint8Array|null} [state] CrdtDelta state
             * @property {boolean|null} [full] CrdtDelta full
             * @property {gossip.v1.Replication.$Properties|null} [replication] CrdtDelta replication
             * @property {number|Long|null} [ttlMs] CrdtDelta ttlMs
             * @property {string|null} [origin] CrdtDelta origin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CrdtDelta.
             * @memberof gossip.v1
             * @interface ICrdtDelta
             * @augments gossip.v1.CrdtDelta.$Properties
             * @deprecated Use gossip.v1.CrdtDelta.$Properties instead.
             */

            /**
             * Shape of a CrdtDelta.
             * @typedef {gossip.v1.CrdtDelta.$Properties} gossip.v1.CrdtDelta.$Shape
             */

            /**
             * Constructs a new CrdtDelta.
             * @memberof gossip.v1
             * @classdesc Represents a CrdtDelta.
             * @constructor
             * @param {gossip.v1.CrdtDelta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CrdtDelta = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CrdtDelta key.
             * @member {string} key
             * @memberof gossip.v1.CrdtDelta
             * @instance
             */
            CrdtDelta.prototype.key = "";

            /**
             * CrdtDelta type.
             * @member {gossip.v1.CrdtType} type
             * @memberof gossip.v1.CrdtDelta
             * @instance
             */
            CrdtDelta.prototype.type = 0;

            /**
             * CrdtDelta state.
             * @member {Uint8Array} state
             * @memberof gossip.v1.CrdtDelta
             * @instance
             */
            CrdtDelta.prototype.state = $util.newBuffer([]);

            /**
             * CrdtDelta full.
             * @member {boolean} full
             * @memberof gossip.v1.CrdtDelta
             * @instance
             */
            CrdtDelta.prototype.full = false;

            /**
             * CrdtDelta replication.
             * @member {gossip.v1.Replication.$Properties|null|undefined} replication
             * @memberof gossip.v1.CrdtDelta
             * @instance
             */
            CrdtDelta.prototype.replication = null;

            /**
             * CrdtDelta ttlMs.
             * @member {number|Long} ttlMs
             * @memberof gossip.v1.CrdtDelta
             * @instance
             */
            CrdtDelta.prototype.ttlMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CrdtDelta origin.
             * @member {string} origin
             * @memberof gossip.v1.CrdtDelta
             * @instance
             */
            CrdtDelta.prototype.origin = "";

            /**
             * Creates a new CrdtDelta instance using the specified properties.
             * @function create
             * @memberof gossip.v1.CrdtDelta
             * @static
             * @param {gossip.v1.CrdtDelta.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.CrdtDelta} CrdtDelta instance
             * @type {{
             *   (properties: gossip.v1.CrdtDelta.$Shape): gossip.v1.CrdtDelta & gossip.v1.CrdtDelta.$Shape;
             *   (properties?: gossip.v1.CrdtDelta.$Properties): gossip.v1.CrdtDelta;
             * }}
             */
            CrdtDelta.create = function(properties) {
                return new CrdtDelta(properties);
            };

            /**
             * Encodes the specified CrdtDelta message. Does not implicitly {@link gossip.v1.CrdtDelta.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.CrdtDelta
             * @static
             * @param {gossip.v1.CrdtDelta.$Properties} message CrdtDelta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CrdtDelta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.state);
                if (message.full != null && $Object.hasOwnProperty.call(message, "full") && message.full !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.full);
                if (message.replication != null && $Object.hasOwnProperty.call(message, "replication"))
                    $root.gossip.v1.Replication.encode(message.replication, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && (typeof message.ttlMs === "object" ? message.ttlMs.low || message.ttlMs.high : message.ttlMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.ttlMs);
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin") && message.origin !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.origin);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CrdtDelta message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.CrdtDelta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.CrdtDelta & gossip.v1.CrdtDelta.$Shape} CrdtDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CrdtDelta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.CrdtDelta();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.full = value;
                            else
                                delete message.full;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.replication = $root.gossip.v1.Replication.decode(reader, reader.size(), $undefined, _depth + 1, message.replication);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.origin = value;
                            else
                                delete message.origin;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CrdtDelta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.CrdtDelta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.CrdtDelta} CrdtDelta
             */
            CrdtDelta.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.CrdtDelta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.CrdtDelta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.CrdtDelta();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.gossip.v1.CrdtType[object.type] !== 0))
                    switch (object.type) {
                    case "CRDT_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "CRDT_TYPE_G_COUNTER":
                    case 1:
                        message.type = 1;
                        break;
                    case "CRDT_TYPE_PN_COUNTER":
                    case 2:
                        message.type = 2;
                        break;
                    case "CRDT_TYPE_G_SET":
                    case 3:
                        message.type = 3;
                        break;
                    case "CRDT_TYPE_TWO_P_SET":
                    case 4:
                        message.type = 4;
                        break;
                    case "CRDT_TYPE_OR_SET":
                    case 5:
                        message.type = 5;
                        break;
                    case "CRDT_TYPE_LWW_ELEMENT_SET":
                    case 6:
                        message.type = 6;
                        break;
                    case "CRDT_TYPE_MAX_CHANGE_SET":
                    case 7:
                        message.type = 7;
                        break;
                    case "CRDT_TYPE_LWW_REGISTER":
                    case 8:
                        message.type = 8;
                        break;
                    case "CRDT_TYPE_OR_MAP":
                    case 9:
                        message.type = 9;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.state != null)
                    if (object.state.length)
                        if (typeof object.state === "string")
                            $util.base64.decode(object.state, message.state = $util.newBuffer($util.base64.length(object.state)), 0);
                        else if (object.state.length >= 0)
                            message.state = object.state;
                if (object.full != null)
                    if (object.full)
                        message.full = $Boolean(object.full);
                if (object.replication != null) {
                    if (!$util.isObject(object.replication))
                        throw $TypeError(".gossip.v1.CrdtDelta.replication: object expected");
                    message.replication = $root.gossip.v1.Replication.fromObject(object.replication, _depth + 1);
                }
                if (object.ttlMs != null)
                    if (typeof object.ttlMs === "object" ? object.ttlMs.low || object.ttlMs.high : $Number(object.ttlMs) !== 0)
                        if ($util.Long)
                            message.ttlMs = $util.Long.fromValue(object.ttlMs, true);
                        else if (typeof object.ttlMs === "string")
                            message.ttlMs = $parseInt(object.ttlMs, 10);
                        else if (typeof object.ttlMs === "number")
                            message.ttlMs = object.ttlMs;
                        else if (typeof object.ttlMs === "object")
                            message.ttlMs = new $util.LongBits(object.ttlMs.low >>> 0, object.ttlMs.high >>> 0).toNumber(true);
                if (object.origin != null)
                    if (typeof object.origin !== "string" || object.origin.length)
                        message.origin = $String(object.origin);
                return message;
            };

            /**
             * Creates a plain object from a CrdtDelta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.CrdtDelta
             * @static
             * @param {gossip.v1.CrdtDelta} message CrdtDelta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CrdtDelta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.type = options.enums === $String ? "CRDT_TYPE_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.state = "";
                    else {
                        object.state = [];
                        if (options.bytes !== $Array)
                            object.state = $util.newBuffer(object.state);
                    }
                    object.full = false;
                    object.replication = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.ttlMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ttlMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.origin = "";
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.gossip.v1.CrdtType[message.type] === $undefined ? message.type : $root.gossip.v1.CrdtType[message.type] : message.type;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.bytes === $String ? $util.base64.encode(message.state, 0, message.state.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.state) : message.state;
                if (message.full != null && $Object.hasOwnProperty.call(message, "full"))
                    object.full = message.full;
                if (message.replication != null && $Object.hasOwnProperty.call(message, "replication"))
                    object.replication = $root.gossip.v1.Replication.toObject(message.replication, options, _depth + 1);
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ttlMs = typeof message.ttlMs === "number" ? $BigInt(message.ttlMs) : $util.Long.fromBits(message.ttlMs.low >>> 0, message.ttlMs.high >>> 0, true).toBigInt();
                    else if (typeof message.ttlMs === "number")
                        object.ttlMs = options.longs === $String ? $String(message.ttlMs) : message.ttlMs;
                    else
                        object.ttlMs = options.longs === $String ? $util.Long.prototype.toString.call(message.ttlMs) : options.longs === $Number ? new $util.LongBits(message.ttlMs.low >>> 0, message.ttlMs.high >>> 0).toNumber(true) : message.ttlMs;
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    object.origin = message.origin;
                return object;
            };

            /**
             * Converts this CrdtDelta to JSON.
             * @function toJSON
             * @memberof gossip.v1.CrdtDelta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CrdtDelta.prototype.toJSON = function() {
                return CrdtDelta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CrdtDelta
             * @function getTypeUrl
             * @memberof gossip.v1.CrdtDelta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CrdtDelta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.CrdtDelta";
            };

            return CrdtDelta;
        })();

        v1.Signed = (function() {

            /**
             * Properties of a Signed.
             * @typedef {Object} gossip.v1.Signed.$Properties
             * @property {string|null} [signer] Signed signer
             * @property {Uint8Array|null} [message] Signed message
             * @property {Uint8Array|null} [signature] Signed signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Signed.
             * @memberof gossip.v1
             * @interface ISigned
             * @augments gossip.v1.Signed.$Properties
             * @deprecated Use gossip.v1.Signed.$Properties instead.
             */

            /**
             * Shape of a Signed.
             * @typedef {gossip.v1.Signed.$Properties} gossip.v1.Signed.$Shape
             */

            /**
             * Constructs a new Signed.
             * @memberof gossip.v1
             * @classdesc Represents a Signed.
             * @constructor
             * @param {gossip.v1.Signed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Signed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Signed signer.
             * @member {string} signer
             * @memberof gossip.v1.Signed
             * @instance
             */
            Signed.prototype.signer = "";

            /**
             * Signed message.
             * @member {Uint8Array} message
             * @memberof gossip.v1.Signed
             * @instance
             */
            Signed.prototype.message = $util.newBuffer([]);

            /**
             * Signed signature.
             * @member {Uint8Array} signature
             * @memberof gossip.v1.Signed
             * @instance
             */
            Signed.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new Signed instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Signed
             * @static
             * @param {gossip.v1.Signed.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Signed} Signed instance
             * @type {{
             *   (properties: gossip.v1.Signed.$Shape): gossip.v1.Signed & gossip.v1.Signed.$Shape;
             *   (properties?: gossip.v1.Signed.$Properties): gossip.v1.Signed;
             * }}
             */
            Signed.create = function(properties) {
                return new Signed(properties);
            };

            /**
             * Encodes the specified Signed message. Does not implicitly {@link gossip.v1.Signed.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Signed
             * @static
             * @param {gossip.v1.Signed.$Properties} message Signed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Signed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer") && message.signer !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.signer);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.message);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Signed message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Signed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Signed & gossip.v1.Signed.$Shape} Signed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Signed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Signed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signer = value;
                            else
                                delete message.signer;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Signed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Signed
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Signed} Signed
             */
            Signed.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Signed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Signed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Signed();
                if (object.signer != null)
                    if (typeof object.signer !== "string" || object.signer.length)
                        message.signer = $String(object.signer);
                if (object.message != null)
                    if (object.message.length)
                        if (typeof object.message === "string")
                            $util.base64.decode(object.message, message.message = $util.newBuffer($util.base64.length(object.message)), 0);
                        else if (object.message.length >= 0)
                            message.message = object.message;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a Signed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Signed
             * @static
             * @param {gossip.v1.Signed} message Signed
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Signed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.signer = "";
                    if (options.bytes === $String)
                        object.message = "";
                    else {
                        object.message = [];
                        if (options.bytes !== $Array)
                            object.message = $util.newBuffer(object.message);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer"))
                    object.signer = message.signer;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = options.bytes === $String ? $util.base64.encode(message.message, 0, message.message.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.message) : message.message;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this Signed to JSON.
             * @function toJSON
             * @memberof gossip.v1.Signed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Signed.prototype.toJSON = function() {
                return Signed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Signed
             * @function getTypeUrl
             * @memberof gossip.v1.Signed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Signed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Signed";
            };

            return Signed;
        })();

        v1.Revocation = (function() {

            /**
             * Properties of a Revocation.
             * @typedef {Object} gossip.v1.Revocation.$Properties
             * @property {Uint8Array|null} [caPublicKey] Revocation caPublicKey
             * @property {number|Long|null} [issuedAtMs] Revocation issuedAtMs
             * @property {Array.<Uint8Array>|null} [revoked] Revocation revoked
             * @property {Uint8Array|null} [signature] Revocation signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Revocation.
             * @memberof gossip.v1
             * @interface IRevocation
             * @augments gossip.v1.Revocation.$Properties
             * @deprecated Use gossip.v1.Revocation.$Properties instead.
             */

            /**
             * Shape of a Revocation.
             * @typedef {gossip.v1.Revocation.$Properties} gossip.v1.Revocation.$Shape
             */

            /**
             * Constructs a new Revocation.
             * @memberof gossip.v1
             * @classdesc Represents a Revocation.
             * @constructor
             * @param {gossip.v1.Revocation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Revocation = function (properties) {
                this.revoked = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Revocation caPublicKey.
             * @member {Uint8Array} caPublicKey
             * @memberof gossip.v1.Revocation
             * @instance
             */
            Revocation.prototype.caPublicKey = $util.newBuffer([]);

            /**
             * Revocation issuedAtMs.
             * @member {number|Long} issuedAtMs
             * @memberof gossip.v1.Revocation
             * @instance
             */
            Revocation.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Revocation revoked.
             * @member {Array.<Uint8Array>} revoked
             * @memberof gossip.v1.Revocation
             * @instance
             */
            Revocation.prototype.revoked = $util.emptyArray;

            /**
             * Revocation signature.
             * @member {Uint8Array} signature
             * @memberof gossip.v1.Revocation
             * @instance
             */
            Revocation.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new Revocation instance using the specified properties.
             * @function create
             * @memberof gossip.v1.Revocation
             * @static
             * @param {gossip.v1.Revocation.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.Revocation} Revocation instance
             * @type {{
             *   (properties: gossip.v1.Revocation.$Shape): gossip.v1.Revocation & gossip.v1.Revocation.$Shape;
             *   (properties?: gossip.v1.Revocation.$Properties): gossip.v1.Revocation;
             * }}
             */
            Revocation.create = function(properties) {
                return new Revocation(properties);
            };

            /**
             * Encodes the specified Revocation message. Does not implicitly {@link gossip.v1.Revocation.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.Revocation
             * @static
             * @param {gossip.v1.Revocation.$Properties} message Revocation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Revocation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.caPublicKey != null && $Object.hasOwnProperty.call(message, "caPublicKey") && message.caPublicKey.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.caPublicKey);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.issuedAtMs);
                if (message.revoked != null && message.revoked.length)
                    for (let i = 0; i < message.revoked.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.revoked[i]);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Revocation message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.Revocation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.Revocation & gossip.v1.Revocation.$Shape} Revocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Revocation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.Revocation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.caPublicKey = value;
                            else
                                delete message.caPublicKey;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.revoked && message.revoked.length))
                                message.revoked = [];
                            message.revoked.push(reader.bytes());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Revocation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.Revocation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.Revocation} Revocation
             */
            Revocation.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.Revocation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.Revocation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.Revocation();
                if (object.caPublicKey != null)
                    if (object.caPublicKey.length)
                        if (typeof object.caPublicKey === "string")
                            $util.base64.decode(object.caPublicKey, message.caPublicKey = $util.newBuffer($util.base64.length(object.caPublicKey)), 0);
                        else if (object.caPublicKey.length >= 0)
                            message.caPublicKey = object.caPublicKey;
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, true);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber(true);
                if (object.revoked) {
                    if (!$Array.isArray(object.revoked))
                        throw $TypeError(".gossip.v1.Revocation.revoked: array expected");
                    message.revoked = $Array(object.revoked.length);
                    for (let i = 0; i < object.revoked.length; ++i)
                        if (typeof object.revoked[i] === "string")
                            $util.base64.decode(object.revoked[i], message.revoked[i] = $util.newBuffer($util.base64.length(object.revoked[i])), 0);
                        else if (object.revoked[i].length >= 0)
                            message.revoked[i] = object.revoked[i];
                }
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a Revocation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.Revocation
             * @static
             * @param {gossip.v1.Revocation} message Revocation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Revocation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.revoked = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.caPublicKey = "";
                    else {
                        object.caPublicKey = [];
                        if (options.bytes !== $Array)
                            object.caPublicKey = $util.newBuffer(object.caPublicKey);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.caPublicKey != null && $Object.hasOwnProperty.call(message, "caPublicKey"))
                    object.caPublicKey = options.bytes === $String ? $util.base64.encode(message.caPublicKey, 0, message.caPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.caPublicKey) : message.caPublicKey;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber(true) : message.issuedAtMs;
                if (message.revoked && message.revoked.length) {
                    object.revoked = $Array(message.revoked.length);
                    for (let j = 0; j < message.revoked.length; ++j)
                        object.revoked[j] = options.bytes === $String ? $util.base64.encode(message.revoked[j], 0, message.revoked[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.revoked[j]) : message.revoked[j];
                }
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this Revocation to JSON.
             * @function toJSON
             * @memberof gossip.v1.Revocation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Revocation.prototype.toJSON = function() {
                return Revocation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Revocation
             * @function getTypeUrl
             * @memberof gossip.v1.Revocation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Revocation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.Revocation";
            };

            return Revocation;
        })();

        v1.ErrorReply = (function() {

            /**
             * Properties of an ErrorReply.
             * @typedef {Object} gossip.v1.ErrorReply.$Properties
             * @property {number|null} [code] ErrorReply code
             * @property {string|null} [message] ErrorReply message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorReply.
             * @memberof gossip.v1
             * @interface IErrorReply
             * @augments gossip.v1.ErrorReply.$Properties
             * @deprecated Use gossip.v1.ErrorReply.$Properties instead.
             */

            /**
             * Shape of an ErrorReply.
             * @typedef {gossip.v1.ErrorReply.$Properties} gossip.v1.ErrorReply.$Shape
             */

            /**
             * Constructs a new ErrorReply.
             * @memberof gossip.v1
             * @classdesc Represents an ErrorReply.
             * @constructor
             * @param {gossip.v1.ErrorReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorReply code.
             * @member {number} code
             * @memberof gossip.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.code = 0;

            /**
             * ErrorReply message.
             * @member {string} message
             * @memberof gossip.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.message = "";

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @function create
             * @memberof gossip.v1.ErrorReply
             * @static
             * @param {gossip.v1.ErrorReply.$Properties=} [properties] Properties to set
             * @returns {gossip.v1.ErrorReply} ErrorReply instance
             * @type {{
             *   (properties: gossip.v1.ErrorReply.$Shape): gossip.v1.ErrorReply & gossip.v1.ErrorReply.$Shape;
             *   (properties?: gossip.v1.ErrorReply.$Properties): gossip.v1.ErrorReply;
             * }}
             */
            ErrorReply.create = function(properties) {
                return new ErrorReply(properties);
            };

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link gossip.v1.ErrorReply.verify|verify} messages.
             * @function encode
             * @memberof gossip.v1.ErrorReply
             * @static
             * @param {gossip.v1.ErrorReply.$Properties} message ErrorReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @function decode
             * @memberof gossip.v1.ErrorReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {gossip.v1.ErrorReply & gossip.v1.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.gossip.v1.ErrorReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof gossip.v1.ErrorReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {gossip.v1.ErrorReply} ErrorReply
             */
            ErrorReply.fromObject = function (object, _depth) {
                if (object instanceof $root.gossip.v1.ErrorReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".gossip.v1.ErrorReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.gossip.v1.ErrorReply();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code >>> 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof gossip.v1.ErrorReply
             * @static
             * @param {gossip.v1.ErrorReply} message ErrorReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this ErrorReply to JSON.
             * @function toJSON
             * @memberof gossip.v1.ErrorReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorReply.prototype.toJSON = function() {
                return ErrorReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorReply
             * @function getTypeUrl
             * @memberof gossip.v1.ErrorReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/gossip.v1.ErrorReply";
            };

            return ErrorReply;
        })();

        return v1;
    })();

    return gossip;
})();

export {
  $root as default
};
