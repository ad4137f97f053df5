import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const exporters = readdirSync(join(root, 'src/core/export')).map((f) => `src/core/export/${f}`);
const staticImports = (text: string) => [...text.matchAll(/^import[^;]*?from '([^']+)'/gms)].map((m) => m[1]);
/** Imports that stay in the running code: `import type` is erased by the compiler. */
const valueImports = (text: string) =>
  [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)].map((m) => m[1]);

describe('where the exporters may reach', () => {
  it('keeps the builders pure: no Node modules, no DOM, no clock, no random ids', () => {
    for (const file of [...exporters, 'src/core/function-scale.ts']) {
      const text = read(file);
      for (const from of staticImports(text))
        assert.doesNotMatch(from ?? '', /^node:|^\.\.\/\.\.\/(web|cli|server)\//, file);
      assert.doesNotMatch(
        text,
        /\bDate\.now\(|new Date\(\)|Math\.random|crypto\.|\bwindow\.|\bdocument\./,
        file,
      );
    }
  });

  it('loads pdf-lib only through the PDF exporter, and that only when a PDF is asked for', () => {
    const importers = [...exporters, 'src/cli/export.ts', 'src/cli/main.ts'].filter((f) =>
      staticImports(read(f)).includes('pdf-lib'),
    );
    assert.deepEqual(importers, ['src/core/export/pdf.ts']);
    // files.ts is the one door to every format, for the CLI and the web app alike.
    const files = read('src/core/export/files.ts');
    assert.ok(!valueImports(files).some((f) => f?.endsWith('/pdf.ts')));
    assert.match(files, /await import\('\.\/pdf\.ts'\)/);
    for (const edge of ['src/cli/export.ts', 'src/web/screens/doctor.tsx']) {
      assert.ok(!valueImports(read(edge)).some((f) => f?.endsWith('/pdf.ts') || f === 'pdf-lib'), edge);
      assert.ok(
        staticImports(read(edge)).some((f) => f?.endsWith('/export/files.ts')),
        edge,
      );
    }
    assert.ok(!staticImports(read('src/cli/main.ts')).some((f) => f?.endsWith('/export.ts')));
  });

  it('keeps every English sentence of the exporters in the words module', () => {
    for (const file of exporters) {
      // A sentence: a capital, at least four words, a full stop, inside quotes.
      const sentences = read(file).match(/['`"][A-Z][a-z]+(?: [\w,'-]+){3,}\.['`"]/g) ?? [];
      assert.deepEqual(sentences, [], file);
    }
  });
});
