/**
 * What a bridge host is given and what it tells (host.ts): its options, its status, the softphone it agreed
 * with, and the configuration error it throws for an inexact origin or a missing random source.
 */
import type { SoftphoneInput } from '../engine/types';
import type { Clock, DropReason, ListenTarget, PostTarget, RandomFill } from './endpoint';
import type { Capability } from './protocol';

/** The host's view of the bridge: not started, handshaking, in a session, or refused for its version. */
export type BridgeStatus = 'idle' | 'connecting' | 'connected' | 'rejected';

/** Who answered the handshake, and what was agreed. */
export interface SoftphoneInfo {
    vendor: string;
    product: string;
    version: string;
    protocolVersion: number;
    capabilities: Capability[];
}

/** How the host is wired to the page; every time is in milliseconds of `clock`. */
export interface BridgeHostOptions {
    /** The utility's own window, where the frame's messages arrive. */
    listenOn: ListenTarget;
    /** The frame's window (iframe.contentWindow), read afresh each time. */
    frame: () => PostTarget | null;
    /** The origin of the softphone page: every message to it is sent to exactly this origin. */
    softphoneOrigin: string;
    /** Origins the softphone may send from (the softphone origin is always one of them). */
    allowedOrigins: readonly string[];
    /** A monotonic clock (milliseconds); see `monotonicClock`. */
    clock: Clock;
    /**
     * The random source for session nonces (`crypto.getRandomValues` of the page). Default: the
     * `crypto` of `listenOn` when it has one; without either the host cannot start (BridgeHostError).
     */
    randomFill?: RandomFill;
    onInput: (input: SoftphoneInput) => void;
    onResult: (result: { commandId: string; ok: boolean; error: string | null }) => void;
    onStatus?: (status: BridgeStatus, detail: string | null) => void;
    /** Told of every message dropped (after it is counted), for the panel's count. */
    onDrop?: (reason: DropReason) => void;
    /** Ping interval in milliseconds (5 000). */
    heartbeatMs?: number;
    /** How long a command waits for its ack or error, in milliseconds (10 000). */
    commandTimeoutMs?: number;
    /** First wait before `connect` is sent again, in milliseconds (250); it doubles after each try. */
    connectRetryMs?: number;
    /** Longest wait between two `connect`s, in milliseconds (30 000). */
    maxConnectRetryMs?: number;
    /** After a flood dropped the softphone's messages, how long it must stay quiet before the resync, in ms (1 000). */
    resyncQuietMs?: number;
    maxMessagesPerSecond?: number;
    newId?: () => string;
}

/** A configuration the host refuses: an inexact origin, or no random source. */
export class BridgeHostError extends Error {}

/** The origin, lower-cased, when it is an exact http(s) origin; a BridgeHostError otherwise. */
export function exactOrigin(origin: string): string {
    const match = /^(https?:\/\/[^/?#*\s]+)$/i.exec(origin.trim());
    if (match?.[1] === undefined) throw new BridgeHostError(`"${origin}" is not an exact http(s) origin`);
    return match[1].toLowerCase();
}
