// What `import … from 'zod'` means in the web build (vite.config.ts aliases it here): zod itself, after
// zod-jitless.ts has switched off its `new Function` fast path. Every module that builds a schema imports zod,
// so the switch still runs before any schema exists, and zod loads only with the lazy screens that use it,
// never with the first screen.
import './zod-jitless.ts';

export * from 'zod/v4';
export { default } from 'zod/v4';
