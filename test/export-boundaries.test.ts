import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const exporters = readdirSync(join(root, 'src/core/export')).map((f) => `src/core/export/${f}`);
const staticImports = (text: string) => [...text.matchAll(/^import[^;]*?from '([^']+)'/gms)].map((m) => m[1]);

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

  it('loads pdf-lib only through the PDF exporter, and the CLI loads that only for --format pdf', () => {
    const importers = [...exporters, 'src/cli/export.ts', 'src/cli/main.ts'].filter((f) =>
      staticImports(read(f)).includes('pdf-lib'),
    );
    assert.deepEqual(importers, ['src/core/export/pdf.ts']);
    const cli = read('src/cli/export.ts');
    assert.ok(!staticImports(cli).some((f) => f?.endsWith('/pdf.ts')));
    assert.match(cli, /await import\('\.\.\/core\/export\/pdf\.ts'\)/);
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
