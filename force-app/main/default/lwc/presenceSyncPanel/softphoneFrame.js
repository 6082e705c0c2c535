// "Reload softphone" (issue 21.1): loads the softphone page again in its frame, for a softphone that stopped answering.
// The page is on another origin, so the panel cannot call its `location.reload()`; nor does it set the frame's `src`
// itself (a setter Lightning Web Security distorts): the template removes the frame for one render and places it
// again, which loads the page anew. Its `load` event then tells the runtime, whose bridge says hello again.

/** Takes the softphone frame out of the page until the next render (`frameRendered` places it back). */
export function reloadSoftphone(panel) {
    if (!panel.softphoneUrl || panel.frameReturning) return;
    panel.frameReturning = { url: panel.softphoneUrl, camera: panel.softphoneCamera };
    panel.softphoneUrl = undefined;
}

/** After a render: a frame taken out by `reloadSoftphone` comes back, unless the runtime placed another meanwhile. */
export function frameRendered(panel) {
    const returning = panel.frameReturning;
    if (!returning || panel.refs?.frame) return;
    panel.frameReturning = null;
    if (panel.softphoneUrl !== undefined) return;
    panel.softphoneUrl = returning.url;
    panel.softphoneCamera = returning.camera;
}
