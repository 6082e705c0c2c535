// The three LWC modules that import the package's Custom Labels, written by `npm run build` from
// force-app/main/default/labels/CustomLabels.labels-meta.xml. Each module takes its labels by one rule, so a
// label added to the file reaches its module with the next build, and `node scripts/check-generated.mjs` fails
// while a committed module differs from what this file would write.
import { createRequire } from 'node:module';

const { readLabels } = createRequire(import.meta.url)('./custom-labels.cjs');

const LWC = 'force-app/main/default/lwc';

/**
 * The labels the panel and the Setup page both word with: a decision's detail (src-ts/engine/detail-keys.ts) and the
 * words filled into it (the commands it names, Command_, and a lost softphone's Why_softphone_lost_), a rule's plain name (Rule_), and a configuration problem (the Config_ sentences with the field
 * and type names they use).
 */
const SHARED_LABEL =
    /^Presence_Sync_(Detail_|Why_softphone_lost_|Command_|Rule_|Cause_|Work_action_|Work_event_|Direction_|Config_|Field_|Type_|(No_reason|Offline|Unknown|Logged_Out|Notice_config|Notice_config_field)$)/;

/** The Setup page's own labels. */
const SETUP_PREFIX = 'Presence_Sync_Setup_';

/** The Presence Sync Health tab's own labels (issue 24), outside the panel's and the Setup page's modules. */
const HEALTH_PREFIX = 'Presence_Health_';

/** Every label of the package. */
const PACKAGE_PREFIX = 'Presence_Sync_';

/**
 * Which module imports which labels, and the key each label has there (its name without `keyPrefix`). A label
 * belongs to exactly one module: shared ones to c/presenceSyncSharedLabels, which the other two spread first.
 */
export const LABEL_MODULES = [
    {
        path: `${LWC}/presenceSyncSharedLabels/presenceSyncSharedLabels.js`,
        what: 'the Custom Labels the panel and the Setup page share',
        exportName: 'SHARED_LABELS',
        keyPrefix: PACKAGE_PREFIX,
        picks: (name) => SHARED_LABEL.test(name),
        spreadsShared: false
    },
    {
        path: `${LWC}/presenceSyncSetup/labels.js`,
        what: `every string the Setup page shows: the labels named ${SETUP_PREFIX}…, and the shared ones`,
        exportName: 'LABELS',
        keyPrefix: SETUP_PREFIX,
        picks: (name) => name.startsWith(SETUP_PREFIX),
        spreadsShared: true
    },
    {
        path: `${LWC}/presenceSyncPanel/labels.js`,
        what: `every string the panel shows: the other labels named ${PACKAGE_PREFIX}…, and the shared ones`,
        exportName: 'LABELS',
        keyPrefix: PACKAGE_PREFIX,
        picks: (name) => name.startsWith(PACKAGE_PREFIX) && !name.startsWith(SETUP_PREFIX) && !SHARED_LABEL.test(name),
        spreadsShared: true
    },
    {
        path: `${LWC}/presenceSyncHealth/labels.js`,
        what: `every string the Presence Sync Health tab shows: the labels named ${HEALTH_PREFIX}…`,
        exportName: 'LABELS',
        keyPrefix: HEALTH_PREFIX,
        picks: (name) => name.startsWith(HEALTH_PREFIX),
        spreadsShared: false
    }
];

/** One module's source: an import per label, named after the label, and the map keyed without `keyPrefix`. */
export function renderLabelModule(module, names) {
    const picked = names.filter(module.picks).sort();
    const entries = [
        ...(module.spreadsShared ? ['...SHARED_LABELS'] : []),
        ...picked.map((name) => `${name.slice(module.keyPrefix.length)}: ${name}`)
    ];
    return [
        '// GENERATED FILE, DO NOT EDIT: written by `npm run build` (scripts/lib/label-modules.mjs) from the',
        '// Custom Labels (force-app/main/default/labels/CustomLabels.labels-meta.xml). It imports',
        `// ${module.what}.`,
        `// Keys are the label names without ${module.keyPrefix}; each import is named after its label.`,
        ...(module.spreadsShared ? ["import { SHARED_LABELS } from 'c/presenceSyncSharedLabels';"] : []),
        ...picked.map((name) => `import ${name} from '@salesforce/label/c.${name}';`),
        '',
        `export const ${module.exportName} = {`,
        ...entries.map((entry, index) => `    ${entry}${index === entries.length - 1 ? '' : ','}`),
        '};',
        ''
    ].join('\n');
}

/** The three label modules as `{ path, content }`, from the labels file under `root`. */
export function renderLabelModules(root = '.') {
    const names = Object.keys(readLabels(root));
    return LABEL_MODULES.map((module) => ({ path: module.path, content: renderLabelModule(module, names) }));
}
