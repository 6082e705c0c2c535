// Lightning Web Security for the simulator: Salesforce's own sandbox (`@locker/sandbox`, with the
// distortions of `@locker/distortion` that orgs apply) evaluates the package's namespace code, as
// the platform does for a component of namespace `c`. The platform modules it imports (`lwc`,
// `lightning/*`) stay in the page and reach the sandbox through its membrane.
import { evaluateInSandbox } from '@locker/sandbox';

/** Evaluates `sourceText` in the sandbox of `namespace`; returns what it hands to `$lockerEvalContext$`. */
export function evaluateInNamespace(namespace, sourceText, endowments) {
    let exported;
    evaluateInSandbox(
        namespace,
        sourceText,
        (value) => {
            exported = value;
        },
        endowments
    );
    if (exported === undefined) throw new Error(`the ${namespace} sandbox exported nothing`);
    window.simulatorLws = { namespace };
    return exported;
}
