// Writes the Java class file that ApexLink reads a platform sObject from, for the standard objects its platform
// library lacks (the Omni-Channel objects). ApexLink's platform sObjects are the classes of its sobject-types jar,
// package com.nawforce.runforce.SObjects: a public class extending System.SObject with the static fields
// SObjectType and Fields and one public field per sObject field; ApexLink reads them by reflection. It cannot take
// such an object from sfdx source: an `objects/<Name>/` folder for a standard object it does not know is refused
// ("No SObject declaration found", SObjectDeployer.createReplacementSObject in apex-dev-tools/apex-ls).
// Class-file layout: JVM Specification (Java SE 8), chapter 4 "The class File Format".

const RUNFORCE = 'com/nawforce/runforce';
const SOBJECT_BASE = `${RUNFORCE}/System/SObject`;

/** The Java class an sObject field of each scalar Apex type is declared with. */
const APEX_TYPES = {
    Boolean: `${RUNFORCE}/System/Boolean`,
    Date: `${RUNFORCE}/System/Date`,
    Datetime: `${RUNFORCE}/System/Datetime`,
    Decimal: `${RUNFORCE}/System/Decimal`,
    Id: `${RUNFORCE}/System/Id`,
    Integer: `${RUNFORCE}/System/Integer`,
    String: `${RUNFORCE}/System/String`
};

/**
 * The class file of one platform sObject.
 * @param {string} objectName the sObject's API name, e.g. ServicePresenceStatus
 * @param {{ name: string, apexType?: string, sObject?: string }[]} fields each field with either the Apex type of
 *     its value (a key of APEX_TYPES) or, for a relationship field, the sObject it holds
 * @returns {Buffer} the bytes of com/nawforce/runforce/SObjects/<objectName>.class (class-file version 52)
 */
export function sObjectStubClass(objectName, fields) {
    const pool = new ConstantPool();
    const self = `${RUNFORCE}/SObjects/${objectName}`;
    const thisClass = pool.classRef(self);
    const superClass = pool.classRef(SOBJECT_BASE);
    const superInit = pool.methodRef(superClass, '<init>', '()V');

    const fieldInfos = [];
    const field = (flags, name, descriptor, signature) => {
        const attributes = signature === undefined ? [] : [attribute(pool, 'Signature', u2(pool.utf8(signature)))];
        fieldInfos.push(
            Buffer.concat([
                u2(flags),
                u2(pool.utf8(name)),
                u2(pool.utf8(descriptor)),
                u2(attributes.length),
                ...attributes
            ])
        );
    };
    const PUBLIC = 0x0001;
    const STATIC = 0x0008;
    for (const name of ['SObjectType', 'Fields']) {
        const holder = `${RUNFORCE}/Internal/${name === 'Fields' ? 'SObjectFields$' : 'SObjectType$'}`;
        field(PUBLIC | STATIC, name, `L${holder};`, `L${holder}<L${self};>;`);
    }
    const seen = new Set(['sobjecttype', 'fields']);
    for (const { name, apexType, sObject } of fields) {
        if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`${objectName}: bad field name ${name}`);
        if (seen.has(name.toLowerCase())) throw new Error(`${objectName}: field ${name} is described twice`);
        seen.add(name.toLowerCase());
        const javaClass = sObject === undefined ? APEX_TYPES[apexType ?? ''] : `${RUNFORCE}/SObjects/${sObject}`;
        if (javaClass === undefined) throw new Error(`${objectName}.${name}: no Apex type ${apexType}`);
        field(PUBLIC, name, `L${javaClass};`);
    }

    // public <init>() { super(); }: aload_0, invokespecial SObject.<init>, return
    const code = Buffer.concat([Buffer.from([0x2a, 0xb7]), u2(superInit), Buffer.from([0xb1])]);
    const codeAttribute = attribute(pool, 'Code', Buffer.concat([u2(1), u2(1), u4(code.length), code, u2(0), u2(0)]));
    const constructor = Buffer.concat([
        u2(PUBLIC),
        u2(pool.utf8('<init>')),
        u2(pool.utf8('()V')),
        u2(1),
        codeAttribute
    ]);

    const ACC_SUPER = 0x0020;
    return Buffer.concat([
        u4(0xcafebabe),
        u2(0),
        u2(52),
        pool.bytes(),
        u2(PUBLIC | ACC_SUPER),
        u2(thisClass),
        u2(superClass),
        u2(0),
        u2(fieldInfos.length),
        ...fieldInfos,
        u2(1),
        constructor,
        u2(0)
    ]);
}

/**
 * The Apex type of a field described in sfdx source: the value type of its <type>, or null for a relationship
 * (Lookup, MasterDetail), which holds an Id and names a related sObject.
 * @param {string} type the field's <type> (Metadata API CustomField.type)
 * @returns {string | null | undefined} undefined when the type is not one the checker describes
 */
export function apexTypeOfFieldType(type) {
    switch (type) {
        case 'Checkbox':
            return 'Boolean';
        case 'Date':
            return 'Date';
        case 'DateTime':
            return 'Datetime';
        case 'Currency':
        case 'Number':
        case 'Percent':
            return 'Decimal';
        case 'Email':
        case 'LongTextArea':
        case 'Phone':
        case 'Picklist':
        case 'Text':
        case 'TextArea':
        case 'Url':
            return 'String';
        case 'Lookup':
        case 'MasterDetail':
            return null;
        default:
            return undefined;
    }
}

class ConstantPool {
    constructor() {
        /** @type {Buffer[]} */
        this.entries = [];
        /** @type {Map<string, number>} */
        this.index = new Map();
    }
    add(key, bytes) {
        const known = this.index.get(key);
        if (known !== undefined) return known;
        this.entries.push(bytes);
        const at = this.entries.length; // constant-pool indexes start at 1
        this.index.set(key, at);
        return at;
    }
    utf8(text) {
        // Names and descriptors here are ASCII, where modified UTF-8 is plain UTF-8.
        if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`not ASCII: ${text}`);
        const bytes = Buffer.from(text, 'utf8');
        return this.add(`utf8:${text}`, Buffer.concat([Buffer.from([1]), u2(bytes.length), bytes]));
    }
    classRef(internalName) {
        const name = this.utf8(internalName);
        return this.add(`class:${internalName}`, Buffer.concat([Buffer.from([7]), u2(name)]));
    }
    methodRef(classIndex, name, descriptor) {
        const nameAndType = this.add(
            `nat:${name}:${descriptor}`,
            Buffer.concat([Buffer.from([12]), u2(this.utf8(name)), u2(this.utf8(descriptor))])
        );
        return this.add(
            `method:${classIndex}:${nameAndType}`,
            Buffer.concat([Buffer.from([10]), u2(classIndex), u2(nameAndType)])
        );
    }
    bytes() {
        return Buffer.concat([u2(this.entries.length + 1), ...this.entries]);
    }
}

function attribute(pool, name, body) {
    return Buffer.concat([u2(pool.utf8(name)), u4(body.length), body]);
}

function u2(value) {
    const bytes = Buffer.alloc(2);
    bytes.writeUInt16BE(value);
    return bytes;
}

function u4(value) {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(value >>> 0);
    return bytes;
}
