import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { currentEntries, type Entry } from '../src/core/entry.ts';
import { csvCell, diaryCsv } from '../src/core/export/csv.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { aDiary, uuid } from './export-diary.ts';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') {
      assert.equal(cell, '', 'a quote may only open a field');
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      assert.notEqual(ch, '\n', 'a bare line feed outside quotes');
      cell += ch;
    }
  }
  assert.equal(quoted, false);
  assert.equal(cell, '');
  return rows;
}

const entry = (fields: Partial<Entry>): Entry => ({
  id: uuid(7),
  episodeId: uuid(1),
  recordedAt: '2026-11-21T08:00:00.000Z',
  date: '2026-11-21',
  ...fields,
});

describe('the diary as CSV', () => {
  it('has the documented header and one row per current entry, in diary order', () => {
    const diary = aDiary();
    const rows = readCsv(diaryCsv(diary, en.export));
    assert.deepEqual(rows[0], [
      'date',
      'recorded_at',
      'pain_0_10',
      'spasms',
      'triggers',
      'treatments',
      'medicines',
      'session_minutes',
      'check_in',
      'activities_0_10',
      'note',
      'entry_id',
    ]);
    const live = currentEntries(diary);
    assert.equal(rows.length - 1, live.length);
    assert.deepEqual(
      rows.slice(1).map((r) => r[11]),
      live.map((e) => e.id),
    );
    assert.equal(
      rows.every((r) => r.length === 12),
      true,
    );
  });

  it('writes every field of an entry in its column', () => {
    const rows = readCsv(
      diaryCsv(
        [
          entry({
            pain: 6,
            spasms: 3,
            triggers: ['lifting', 'stress'],
            treatments: ['ice', 'medicine'],
            medicines: ['ibuprofen', 'Paracetamol, soluble'],
            minutes: 20,
            checkIn: 'worse',
            functionScale: [
              { activity: 'Putting on socks', score: 3 },
              { activity: 'Driving', score: 5 },
            ],
            note: 'Sore',
          }),
        ],
        en.export,
      ),
    );
    assert.deepEqual(rows[1], [
      '2026-11-21',
      '2026-11-21T08:00:00.000Z',
      '6',
      '3',
      'lifting; stress',
      'ice; medicine',
      'ibuprofen; Paracetamol, soluble',
      '20',
      'worse',
      'Putting on socks: 3; Driving: 5',
      'Sore',
      uuid(7),
    ]);
  });

  it('quotes commas, quotes and line breaks, and reads back the same text', () => {
    const note = 'Took "the blue one", then\r\nslept; better by noon\nok';
    const text = diaryCsv([entry({ note })], en.export);
    assert.match(text, /"Took ""the blue one"", then\r\nslept; better by noon\nok"/);
    assert.equal(readCsv(text)[1]?.[10], note);
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const danger of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = readCsv(diaryCsv([entry({ note: danger })], en.export))[1]?.[10];
      assert.equal(cell, `'${danger}`, JSON.stringify(danger));
    }
    assert.equal(csvCell('Put heat on - it helped'), 'Put heat on - it helped');
    // A formula hidden in an activity name is neutralised too, as the cell starts with it.
    const activity = readCsv(
      diaryCsv([entry({ functionScale: [{ activity: '=cmd', score: 2 }] })], en.export),
    )[1]?.[9];
    assert.equal(activity, "'=cmd: 2");
    // And in a medicine's name.
    const medicine = readCsv(diaryCsv([entry({ medicines: ['=cmd'] })], en.export))[1]?.[6];
    assert.equal(medicine, "'=cmd");
  });

  it('reads back any note unchanged apart from the neutralising apostrophe', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'grapheme' }), (note) => {
        const cell = readCsv(diaryCsv([entry({ note })], en.export))[1]?.[10] ?? '';
        assert.equal(cell, /^[=+\-@\t\r]/.test(note) ? `'${note}` : note);
      }),
    );
  });
});
