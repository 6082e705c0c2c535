// Simulator stand-in for lightning/platformUtilityBarApi, for a panel that still calls it: the
// console passes each update to the Aura utility item's `utilitystate` action (console.js), so the
// simulated utility bar changes only through lightning:utilityBarAPI, as the package ships.
export class EnclosingUtilityId {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    connect() {
        this.dataCallback('presence-sync-utility');
    }

    disconnect() {}

    update() {}
}

export function updateUtility(utilityId, attributes) {
    window.dispatchEvent(new CustomEvent('simulator:utility', { detail: { utilityId, ...attributes } }));
    return Promise.resolve(true);
}

export function updatePanel(utilityId, attributes) {
    return updateUtility(utilityId, attributes);
}

export function open() {
    return Promise.resolve(true);
}

export function minimize() {
    return Promise.resolve(true);
}

export function getInfo() {
    return Promise.resolve({ id: 'presence-sync-utility', isPoppedOut: false });
}
