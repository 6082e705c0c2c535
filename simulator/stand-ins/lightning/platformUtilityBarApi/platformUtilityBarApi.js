// Simulator stand-in for lightning/platformUtilityBarApi: the simulated utility bar listens for
// these calls and updates its item's label, icon and highlight.
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
