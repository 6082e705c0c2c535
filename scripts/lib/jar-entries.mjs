// Reads the entries of a jar (a zip file) with Node's zlib, for the Apex compile check: it copies classes out of
// ApexLink's jars and never writes a jar. Handles what jars use: stored (0) and deflated (8) entries, no zip64.
// Format: PKWARE APPNOTE.TXT, sections 4.3.7 (local file header), 4.3.12 (central directory), 4.3.16 (end record).
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * The file entries of a jar, in central-directory order; directories are left out.
 * @param {string} path the jar file
 * @returns {{ name: string, read: () => Buffer }[]} each entry's name and a reader of its uncompressed bytes
 */
export function jarEntries(path) {
    const jar = readFileSync(path);
    let end = -1;
    // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
    for (let at = jar.length - 22; at >= Math.max(0, jar.length - 22 - 0xffff); at--) {
        if (jar.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
            end = at;
            break;
        }
    }
    if (end === -1) throw new Error(`${path}: not a zip file (no end of central directory)`);
    const count = jar.readUInt16LE(end + 10);
    let at = jar.readUInt32LE(end + 16);
    const entries = [];
    for (let index = 0; index < count; index++) {
        if (jar.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new Error(`${path}: bad central directory entry`);
        const method = jar.readUInt16LE(at + 10);
        const compressedSize = jar.readUInt32LE(at + 20);
        const size = jar.readUInt32LE(at + 24);
        const nameLength = jar.readUInt16LE(at + 28);
        const extraLength = jar.readUInt16LE(at + 30);
        const commentLength = jar.readUInt16LE(at + 32);
        const localHeader = jar.readUInt32LE(at + 42);
        const name = jar.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/')) continue;
        entries.push({
            name,
            read: () => {
                if (jar.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) throw new Error(`${path}: bad entry ${name}`);
                const start =
                    localHeader + 30 + jar.readUInt16LE(localHeader + 26) + jar.readUInt16LE(localHeader + 28);
                const stored = jar.subarray(start, start + compressedSize);
                if (method === 0) return Buffer.from(stored);
                if (method === 8) {
                    const bytes = inflateRawSync(stored);
                    if (bytes.length !== size) throw new Error(`${path}: ${name} inflated to the wrong size`);
                    return bytes;
                }
                throw new Error(`${path}: ${name} uses compression method ${method}`);
            }
        });
    }
    return entries;
}

/**
 * The class-file major version of a class's bytes (52 = Java 8, 61 = Java 17, 65 = Java 21), or null when the
 * bytes are not a class file (JVM Specification, 4.1 The ClassFile Structure).
 * @param {Buffer} bytes a class file
 * @returns {number | null}
 */
export function classMajorVersion(bytes) {
    return bytes.length >= 8 && bytes.readUInt32BE(0) === 0xcafebabe ? bytes.readUInt16BE(6) : null;
}
