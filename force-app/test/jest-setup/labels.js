// Serves every Custom Label its English value in Jest, read from the labels metadata itself,
// so component tests see what agents see (sfdx-lwc-jest would otherwise give the label's name).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const xml = readFileSync(join(__dirname, '../../main/default/labels/CustomLabels.labels-meta.xml'), 'utf8');
const unescape = (text) =>
    text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
for (const [, body] of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
    const name = /<fullName\s*>([^<]+)<\/fullName>/.exec(body)?.[1];
    const value = /<value\s*>([\s\S]*?)<\/value>/.exec(body)?.[1];
    if (name && value !== undefined) {
        jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: unescape(value) }), {
            virtual: true
        });
    }
}
