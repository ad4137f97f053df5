import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('beside the storage commands, the README says where PGlite stops holding p99 under 1 s and when to move', () => {
  const commands = readme.indexOf('DATABASE_URL=postgres://user@db:5432/unknot npm start');
  assert.ok(commands > 0, 'the two storage commands are in the README');
  const next = readme.slice(commands, readme.indexOf('- **Storage.**', commands));
  assert.match(next, /When to move to\s+`DATABASE_URL`/);
  assert.match(next, /bench:sync -- --only pglite --clients/, 'it names the measurement to repeat');
  assert.match(next, /held p99 under 1 s\s+with \d+ clients/, 'it gives the measured limit');
  assert.match(next, /move to `DATABASE_URL` once more than about\s+\w+ devices/, 'it says when to move');
});

test('the README lists what the server defends against, each with where it is tested', () => {
  const section = readme.slice(readme.indexOf('**What the server defends against'));
  for (const defence of ['Slow clients', 'Lockouts', 'Proxies', 'Erasure', 'Floods', 'ASVS level 2']) {
    assert.ok(section.includes(defence), defence);
  }
  assert.match(section, /backups and archived WAL/);
});
