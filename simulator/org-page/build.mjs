// Builds an org page's script (/setup, /health): the page's entry (its page.js, which puts the package's component in
// the shell's slot) compiled with LWC open source, the base components from lightning-base-components as in the
// console's build, and the platform-only imports answered by the page's own stand-ins.
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { BASE_COMPONENTS, BUILD_CONSTANTS } from '../build.mjs';

const LABEL = '@salesforce/label/c.';

/** Whether `source` is a Custom Label import (`@salesforce/label/c.<Name>`). */
export const isLabel = (source) => source.startsWith(LABEL);

/** The module of a Custom Label import: its text in `labels` (name → text), else the label's name. */
export function labelModule(source, labels) {
    const name = source.slice(LABEL.length);
    return `export default ${JSON.stringify(labels[name] ?? name)};`;
}

/**
 * The script of the page whose entry is `input`, as an IIFE named `name`. `standIns` is the rollup plugin answering
 * the page's platform imports; `modules` the LWC modules besides the base components ({name: 'c/…', path}); `rootDir`
 * the page's folder. Resolves to the code.
 */
export async function bundleOrgPage({ input, rootDir, standIns, modules, name }) {
    const bundle = await rollup({
        input,
        plugins: [
            standIns,
            replace({ preventAssignment: true, values: BUILD_CONSTANTS }),
            lwc({ rootDir, modules: [...modules, BASE_COMPONENTS] }),
            nodeResolve()
        ],
        onwarn: (warning, warn) => {
            if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
            warn(warning);
        }
    });
    const { output } = await bundle.generate({ format: 'iife', name });
    await bundle.close();
    return output[0].code;
}
