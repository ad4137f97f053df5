import { config } from 'zod/v4/core';

// The app runs under script-src 'self'. Zod's fast path compiles parsers with `new Function`, and even its
// probe for that is reported as a CSP violation, so it is switched off before any schema is built.
config({ jitless: true });
