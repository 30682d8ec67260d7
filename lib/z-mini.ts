import * as z from 'zod/mini';

// zod's functional build for the content script, which runs on every page and must stay small. Same
// rule as lib/z.ts: no JIT (`new Function`) under the extension's CSP.
z.config({ jitless: true });

export { z };
