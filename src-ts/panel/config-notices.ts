/**
 * Problems of the admin's configuration (the mapping compiler's diagnostics) as sentences of the panel's
 * labels: which record of which type, which field by its Setup label, what is wrong and what to do. The
 * Setup page words its problems with the same sentences (`configProblemText`).
 */
import { configDiagnostic } from '../engine/engine';
import type { ConfigDiagnostic } from '../mapping/types';
import { fieldLabelKey, fieldWords, isSettingField } from './fields';
import { labelRef } from './text';
import type { DiagnosticInput, PanelNotice, PanelText } from './types';

/** The fine-grained key of a diagnostic: the engine's own, else derived from its code. */
export function keyOf(diagnostic: DiagnosticInput): string {
    if (diagnostic.key) return diagnostic.key;
    switch (diagnostic.code) {
        case 'sync-disabled':
            return 'syncOff';
        case 'held-change':
            return 'heldChange';
        default:
            return diagnostic.code.replace(/-([a-z])/g, (_whole, letter: string) => letter.toUpperCase());
    }
}

const TYPE_KEY: Record<string, string> = {
    Presence_Mapping__mdt: 'Type_Presence_Mapping',
    Presence_Sync_Setting__mdt: 'Type_Presence_Sync_Setting'
};

/** The field a legacy diagnostic names at the start of its message ("Direction__c: unknown direction"). */
export function legacyField(diagnostic: DiagnosticInput): string | undefined {
    return /^([A-Za-z0-9_]+__c):/.exec(diagnostic.message)?.[1];
}

/**
 * A configuration problem (a diagnostic of the mapping compiler, `compileMapping(…).diagnostics`) as a
 * sentence of the panel's labels: what is wrong with which record and field, and what to do. The Setup
 * page words its problems with it.
 */
export function configProblemText(diagnostic: ConfigDiagnostic): PanelText {
    const { key, params } = configNotice(configDiagnostic(diagnostic), '');
    return { key, params };
}

/** A configuration problem as the notice the panel shows an admin (and the support export words). */
export function configNotice(diagnostic: DiagnosticInput, id: string): PanelNotice {
    const p = diagnostic.params ?? {};
    const key = keyOf(diagnostic);
    const severity = diagnostic.severity;
    const fieldName = p.field ?? diagnostic.field ?? legacyField(diagnostic);
    const type =
        p.type ??
        (key === 'badSetting' || key === 'missingSettings' || (fieldName !== undefined && isSettingField(fieldName))
            ? 'Presence_Sync_Setting__mdt'
            : 'Presence_Mapping__mdt');
    const typeWords = TYPE_KEY[type] ? labelRef(TYPE_KEY[type]) : labelRef('Type_Presence_Mapping');
    const record = p.recordLabel ?? p.record ?? diagnostic.row ?? diagnostic.subject;
    const field = fieldWords(fieldName);
    const value = p.value ?? p.statusLabel ?? p.status ?? p.state ?? '';
    const state = p.state ? (p.minor ? `${p.state} / ${p.minor}` : p.state) : (p.value ?? diagnostic.subject);
    const notice = (labelKey: string, ...params: string[]): PanelNotice => ({ id, severity, key: labelKey, params });
    if (!diagnostic.key) {
        // An engine that does not key its diagnostics yet: name the record and the field, keep its own words.
        const legacy = legacyField(diagnostic);
        if (legacy !== undefined && fieldLabelKey(legacy) !== null) {
            const words = diagnostic.message.slice(legacy.length + 1).trim();
            return notice('Notice_config_field', typeWords, record, fieldWords(legacy), words);
        }
        return notice('Notice_config', typeWords, record, diagnostic.message);
    }
    switch (key) {
        case 'blankField':
            return notice('Config_blankField', typeWords, record, field);
        case 'badValue':
            return notice('Config_badValue', typeWords, record, field, value);
        case 'duplicateRow':
            return notice('Config_duplicateRow', typeWords, record);
        case 'contradictoryRows':
            return notice('Config_contradictoryRows', typeWords, record);
        case 'unknownStatus':
            return notice('Config_unknownStatus', typeWords, record, field || labelRef('Field_Presence_Status'), value);
        case 'unknownState':
            return notice('Config_unknownState', typeWords, record, field || labelRef('Field_Softphone_State'), state);
        case 'reservedTarget':
            return notice('Config_reservedTarget', typeWords, record, state);
        case 'unmappedMajorState':
            return notice('Config_unmappedMajorState', state);
        case 'unmappedStatus':
            // The engine says `noChange` when the softphone is left as it is: said in words, never as the token.
            if (p.default === 'noChange')
                return notice('Config_unmappedStatus_unchanged', p.statusLabel ?? p.status ?? diagnostic.subject);
            return notice('Config_unmappedStatus', p.statusLabel ?? p.status ?? diagnostic.subject, p.default ?? '');
        case 'unmappedState':
            return notice('Config_unmappedMajorState', state);
        case 'badSetting':
            // An http: Softphone URL or origin (src-ts/mapping/records.ts, frameOriginOf) says why it is refused.
            return notice(
                p.reason === 'insecure' ? 'Config_insecureUrl' : 'Config_badSetting',
                typeWords,
                record,
                field,
                value
            );
        case 'missingSettings':
            return notice('Config_missingSettings');
        default:
            return notice('Notice_config', typeWords, record, diagnostic.message);
    }
}

/**
 * A problem of the admin's configuration: the engine's 'config' code, or a status or state with no mapping
 * reported at load (it carries what applies instead, not what just happened).
 */
export function isConfiguration(diagnostic: DiagnosticInput): boolean {
    if (diagnostic.code === 'config') return true;
    return (
        diagnostic.key === 'unmappedMajorState' ||
        (diagnostic.key === 'unmappedStatus' && diagnostic.params?.default !== undefined)
    );
}

/** Config problems that are information (a default applies), not faults an agent must hear about. */
export function isInformation(diagnostic: DiagnosticInput): boolean {
    const key = keyOf(diagnostic);
    return diagnostic.severity === 'info' || key === 'unmappedStatus' || key === 'missingSettings';
}
