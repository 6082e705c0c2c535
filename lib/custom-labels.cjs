// Reads the package's Custom Labels from its metadata: English values, or their Spanish translation.
// Shared by the Jest set-up (component tests see real text) and the console simulator.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const LABELS = 'force-app/main/default/labels/CustomLabels.labels-meta.xml';
const TRANSLATIONS = (language) => `force-app/main/default/translations/${language}.translation-meta.xml`;

const unescape = (text) =>
    text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');

/**
 * Label name (without c.) → text. With a `prefix`, only the labels whose names start with it, keyed
 * by the rest of the name (the panel's and the Setup page's keys: `Presence_Sync_Title` → `Title`).
 */
function readLabels(root, language = 'en', prefix = '') {
    const labels = {};
    for (const [, body] of readFileSync(join(root, LABELS), 'utf8').matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
        const name = /<fullName\s*>([^<]+)<\/fullName>/.exec(body)?.[1];
        const value = /<value\s*>([\s\S]*?)<\/value>/.exec(body)?.[1];
        if (name) labels[name] = unescape(value ?? '');
    }
    if (language !== 'en') {
        const translated = readFileSync(join(root, TRANSLATIONS(language)), 'utf8');
        for (const [, body] of translated.matchAll(/<customLabels>([\s\S]*?)<\/customLabels>/g)) {
            const name = /<name\s*>([^<]+)<\/name>/.exec(body)?.[1];
            const label = /<label\s*>([\s\S]*?)<\/label>/.exec(body)?.[1];
            if (name && label !== undefined) labels[name] = unescape(label);
        }
    }
    if (prefix === '') return labels;
    return Object.fromEntries(
        Object.entries(labels)
            .filter(([name]) => name.startsWith(prefix))
            .map(([name, value]) => [name.slice(prefix.length), value])
    );
}

module.exports = { readLabels, unescape };
