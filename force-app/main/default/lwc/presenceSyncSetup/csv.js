// The Setup page's CSV import and export, free of the DOM: every mapping row and the settings record as one file,
// and that file read back with each error named by its line and column.
import { formatLabel } from 'c/presenceSyncSetupKit';
import { F, MAPPING_FIELDS, MAPPING_TYPE, SETTING_TYPE, SETTINGS_NAME, splitName } from './model';

const CSV_HEAD = ['Type', 'DeveloperName', 'Label'];

function csvCell(value) {
    const text = value === null || value === undefined ? '' : `${value}`;
    return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every mapping row and the settings record as one CSV file (RFC 4180, CRLF line ends). */
export function toCsv(records, settings, settingFieldNames) {
    const fields = [...MAPPING_FIELDS, ...settingFieldNames.filter((name) => !MAPPING_FIELDS.includes(name))];
    const lines = [[...CSV_HEAD, ...fields].map(csvCell).join(',')];
    for (const record of [...records, ...(settings ? [settings] : [])]) {
        lines.push(
            [record.type, record.developerName, record.label, ...fields.map((field) => record.values[field] ?? '')]
                .map(csvCell)
                .join(',')
        );
    }
    return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 rows: quoted cells, doubled quotes, CRLF or LF line ends. */
export function parseCsv(text) {
    const rows = [];
    let row = [];
    let cell = '';
    let quoted = false;
    const source = text.replace(/^\uFEFF/, '');
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (quoted) {
            if (c === '"' && source[i + 1] === '"') {
                cell += '"';
                i++;
            } else if (c === '"') quoted = false;
            else cell += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') {
            row.push(cell);
            cell = '';
        } else if (c === '\n' || c === '\r') {
            if (c === '\r' && source[i + 1] === '\n') i++;
            row.push(cell);
            rows.push(row);
            row = [];
            cell = '';
        } else cell += c;
    }
    if (cell !== '' || row.length > 0) {
        row.push(cell);
        rows.push(row);
    }
    return rows.filter((r) => r.some((value) => value.trim() !== ''));
}

/**
 * Reads a CSV export back. Returns { records, settings, errors }: errors name the line and column;
 * with any error nothing is applied. Types follow the field descriptions (checkbox, number, text).
 */
export function fromCsv(text, { settingFields, current, currentSettings }) {
    const errors = [];
    const rows = parseCsv(text);
    if (rows.length === 0) return { records: null, settings: null, errors: [{ line: 1, message: 'empty' }] };
    const header = rows[0].map((cell) => cell.trim());
    const typeOf = new Map([
        [F.busy, 'BOOLEAN'],
        [F.active, 'BOOLEAN'],
        ...settingFields.map((field) => [field.name, field.type])
    ]);
    for (const field of MAPPING_FIELDS) if (!typeOf.has(field)) typeOf.set(field, 'STRING');
    CSV_HEAD.forEach((name, index) => {
        if (header[index] !== name) errors.push({ line: 1, message: `column ${index + 1} must be ${name}` });
    });
    for (const name of header.slice(3)) {
        if (!typeOf.has(name)) errors.push({ line: 1, message: `unknown column ${name}` });
    }
    const records = [];
    let settings = null;
    const names = new Set();
    rows.slice(1).forEach((cells, index) => {
        const line = index + 2;
        const [type, name, label] = cells.map((cell) => cell.trim());
        if (type !== MAPPING_TYPE && type !== SETTING_TYPE) {
            errors.push({ line, message: `Type must be ${MAPPING_TYPE} or ${SETTING_TYPE}` });
            return;
        }
        // A packaged record's name carries its namespace (ns__Record): it must be one of the org's.
        const parts = splitName(name);
        const known = (candidate) => candidate?.developerName.toLowerCase() === name.toLowerCase();
        const installed = [...current, currentSettings].some(known);
        if (parts === null || (parts[0] !== '' && !installed)) {
            errors.push({ line, message: `"${name ?? ''}" is not a valid DeveloperName` });
            return;
        }
        if (names.has(`${type}.${name}`.toLowerCase())) {
            errors.push({ line, message: `${name} appears twice` });
            return;
        }
        names.add(`${type}.${name}`.toLowerCase());
        const values = {};
        header.slice(3).forEach((column, offset) => {
            const isMappingField = MAPPING_FIELDS.includes(column);
            if ((type === MAPPING_TYPE) !== isMappingField) return;
            const raw = (cells[offset + 3] ?? '').trim();
            const kind = typeOf.get(column);
            if (kind === 'BOOLEAN') {
                if (raw === '') values[column] = false;
                else if (/^(true|false)$/i.test(raw)) values[column] = raw.toLowerCase() === 'true';
                else errors.push({ line, message: `${column}: "${raw}" is not true or false` });
            } else if (kind === 'DOUBLE' || kind === 'INTEGER' || kind === 'PERCENT') {
                if (raw === '') values[column] = null;
                else if (Number.isFinite(Number(raw))) values[column] = Number(raw);
                else errors.push({ line, message: `${column}: "${raw}" is not a number` });
            } else {
                values[column] = raw === '' ? null : raw;
            }
        });
        const before =
            type === MAPPING_TYPE
                ? current.find((record) => record.developerName.toLowerCase() === name.toLowerCase())
                : currentSettings;
        const record = {
            type,
            developerName: before?.developerName ?? name,
            label: label || name,
            values: type === MAPPING_TYPE ? values : { ...(before?.values ?? {}), ...values },
            original: before?.original ?? null
        };
        if (type === MAPPING_TYPE) records.push(record);
        else if (parts[1] === SETTINGS_NAME) settings = record;
        else errors.push({ line, message: `only the ${SETTINGS_NAME} settings record is used` });
    });
    if (errors.length > 0) return { records: null, settings: null, errors };
    // Rows of the org that the file leaves out are deactivated, so the file is the whole configuration.
    for (const record of current) {
        if (!records.some((r) => r.developerName.toLowerCase() === record.developerName.toLowerCase())) {
            records.push({ ...record, values: { ...record.values, [F.active]: false } });
        }
    }
    return { records, settings: settings ?? currentSettings, errors };
}

/**
 * A CSV file read back for the page (`page`: its settingFields, records and settings): `{ records, settings,
 * errors }`, each error a line of the import's error list (`{ key, text }`); with errors, nothing is taken.
 */
export function csvImport(text, { settingFields, records, settings }, labels) {
    const result = fromCsv(text, { settingFields, current: records, currentSettings: settings });
    const errors = result.errors.map((error, index) => ({
        key: `import-${index}`,
        text: formatLabel(labels.Import_Line, [error.line, error.message])
    }));
    return { ...result, errors };
}
