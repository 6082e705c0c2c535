import { sayText } from 'c/presenceSyncPanelModel';
import { LABELS } from './labels';

/**
 * Whether the agent can see the panel: its utility open (or popped out) or minimised. The Aura utility item learns it
 * from lightning:utilityBarAPI (`getUtilityInfo().utilityVisible` at start, then `onUtilityClick`'s `panelVisible`:
 * presenceSyncUtilityHelper.js) and says so through the `utilityVisible` function of the link `connectHost` returned.
 * While the utility is closed the panel draws nothing: each view still goes to the utility bar's label, icon and
 * highlight (the item sets them on the closed utility), and the sync itself (runtime, bridge, softphone frame) runs on
 * untouched; when the utility opens the panel draws the latest view, once. Until the item says otherwise the utility
 * counts as open, so a host that cannot tell (a pop-out, an older item) gets the panel drawn on every change.
 * The component's `show(view)` asks `drawsNow()` before it builds the template's model, and gives each view's label,
 * icon and highlight to `announceView`.
 * The agent touching the panel (a focus or a pointer press anywhere inside it, its softphone frame included) proves
 * the utility is open, whatever the item last said: opened by openUtility() from code or a keyboard shortcut, it
 * is drawn at the agent's first touch at the latest (the item also re-reads the utility while closed).
 * @param {typeof import('lwc').LightningElement} Base the component's base class
 */
export const UtilityVisibility = (Base) =>
    class extends Base {
        /** Whether the utility is open. Not read by the template: changing it draws nothing by itself. */
        utilityOpen = true;

        /** A view came while the utility was closed and has not been drawn. */
        viewWaiting = false;

        /** The label, icon and highlight last given to the utility bar (`announceUtility`). */
        lastUtilityState;

        constructor() {
            super();
            const seen = () => this.utilityVisible(true);
            this.template.addEventListener('focusin', seen);
            this.template.addEventListener('pointerdown', seen);
        }

        /** Whether `show` draws the view now; when not, the view waits for the utility to open. */
        drawsNow() {
            if (this.utilityOpen) return true;
            this.viewWaiting = true;
            return false;
        }

        /** The utility bar's label, icon and highlight for a view (`panelUtility`'s or the panel model's). */
        announceView(utility) {
            this.announceUtility({
                label: sayText(LABELS, utility.utilityLabel),
                icon: utility.utilityIcon,
                highlighted: utility.utilityHighlighted
            });
        }

        /** C5: the Aura utility item sets the utility bar's label, icon and highlight from this state. */
        announceUtility(detail) {
            const key = `${detail.label}|${detail.icon}|${detail.highlighted}`;
            if (key === this.lastUtilityState || !this.auraHost) return;
            this.lastUtilityState = key;
            try {
                this.auraHost.utilityState({ ...detail });
            } catch {
                // The utility bar is the item's: a failure there never stops the panel.
            }
        }

        /** From the Aura item: the utility was opened (`true`) or minimised (`false`). */
        utilityVisible(visible) {
            const open = visible !== false;
            if (open === this.utilityOpen) return;
            this.utilityOpen = open;
            if (!open || !this.viewWaiting) return;
            this.viewWaiting = false;
            if (this.lastView) this.show(this.lastView);
        }
    };
