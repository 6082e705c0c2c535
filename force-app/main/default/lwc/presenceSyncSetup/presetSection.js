import { LABELS } from './labels';
import { appliedText, applyPreset, softphoneSection } from './softphoneSwitch';

/**
 * The Setup page's softphone part (the component's `softphone` getter, `handlePresetChoice`,
 * `handleApplyPreset`): which softphone's states the page offers (presets.js) and the one action
 * that moves the configuration to it (softphoneSwitch.js). The fields it sets are declared on the
 * component, so they stay reactive.
 * @param {typeof import('lwc').LightningElement} Base the component's base class
 */
export const PresetSection = (Base) =>
    class extends Base {
        get softphone() {
            const { catalogue: fetched, records, settings, softphonePreset: presetId } = this;
            return softphoneSection({ presetId, fetched, records, settings, labels: LABELS });
        }

        /** Another softphone chosen: its states replace those offered (a fetched list of another softphone is dropped). */
        handlePresetChoice(event) {
            this.softphonePreset = event.target.value;
            if (this.softphonePreset !== 'announced') this.catalogue = null;
            this.presetMessage = undefined;
        }

        /** The one action: the preset's rows and settings, the rows and settings naming states it lacks cleared. */
        handleApplyPreset() {
            const before = this.problemList;
            const { records, settings, report } = applyPreset(this, this.softphonePreset);
            Object.assign(this, {
                records,
                settings,
                presetMessage: appliedText(this.softphonePreset, report, LABELS, this.settingFields)
            });
            this.afterEdit(before, null);
        }
    };
