// The softphone states an admin types by hand on the Setup page, free of the DOM.

/** "Major / Minor" lines typed by hand; "[reserved]" at the end marks a state the agent cannot pick. */
export function parseStates(text) {
    const states = [];
    for (const line of `${text ?? ''}`.split(/\r?\n/)) {
        let value = line.trim();
        if (value === '') continue;
        const reserved = /\[reserved\]$/i.test(value);
        value = value.replace(/\[reserved\]$/i, '').trim();
        const [major, ...rest] = value.split('/');
        const minor = rest.join('/').trim();
        if (major.trim() === '') continue;
        states.push({ major: major.trim(), minor: minor === '' ? null : minor, reserved });
    }
    return states;
}
