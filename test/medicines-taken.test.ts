import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Entry, entryLimits, entrySchema } from '../src/core/entry.ts';
import { diaryMedicines, medicines } from '../src/core/knowledge/medicines.ts';
import { enMedicines } from '../src/core/knowledge/text/en/medicines.ts';
import { dateRuns, medicinesTaken, readMedicine } from '../src/core/medicines-taken.ts';
import { uuid } from './export-diary.ts';

const entry = (date: string, fields: Partial<Entry> = {}, n = 1): Entry => ({
  id: uuid(n),
  episodeId: uuid(9000),
  recordedAt: `${date}T12:00:00.000Z`,
  date,
  ...fields,
});

describe('medicines by name in the diary', () => {
  it('offers the medicines the plan names for back pain, never aspirin, and no dose anywhere', () => {
    assert.deepEqual(diaryMedicines, ['ibuprofen', 'muscle_relaxant', 'strong_painkiller']);
    assert.ok(
      medicines.some((m) => m.id === 'aspirin'),
      'aspirin is known, to say it is not for back pain',
    );
    for (const id of diaryMedicines)
      assert.doesNotMatch(enMedicines.items[id].name, /\d|mg|tablet/i, enMedicines.items[id].name);
  });

  it("stores medicines on an entry as ids or the person's words, within bounds that name the field", () => {
    const ok = entry('2026-11-20', { treatments: ['medicine'], medicines: ['ibuprofen', 'Co-codamol'] });
    assert.deepEqual(entrySchema.parse(ok).medicines, ['ibuprofen', 'Co-codamol']);
    const { max, nameLength } = entryLimits.medicines;
    const bad = [
      { medicines: Array.from({ length: max + 1 }, (_, i) => `M${i}`), path: ['medicines'] },
      { medicines: ['x'.repeat(nameLength + 1)], path: ['medicines', 0] },
      { medicines: ['  '], path: ['medicines', 0] },
    ];
    for (const b of bad) {
      const r = entrySchema.safeParse(entry('2026-11-20', { medicines: b.medicines }));
      assert.equal(r.success, false);
      assert.deepEqual(r.error?.issues[0]?.path, b.path);
    }
  });

  it('reads a typed name that is a listed medicine as that medicine, in any case', () => {
    for (const typed of ['ibuprofen', 'Ibuprofen', ' IBUPROFEN '])
      assert.deepEqual(readMedicine(typed, enMedicines), { id: 'ibuprofen', name: 'Ibuprofen' });
    assert.deepEqual(readMedicine('Muscle relaxants', enMedicines), {
      id: 'muscle_relaxant',
      name: 'Muscle relaxants',
    });
    assert.deepEqual(readMedicine('Naproxen', enMedicines), { name: 'Naproxen' });
  });

  it('counts each medicine once a day, in the order first taken, with the unnamed days last', () => {
    const taken = medicinesTaken(
      [
        entry('2026-11-22', { medicines: ['Naproxen'] }, 1),
        entry('2026-11-20', { treatments: ['medicine'], medicines: ['ibuprofen'] }, 2),
        entry('2026-11-20', { treatments: ['medicine'], medicines: ['Ibuprofen'] }, 3),
        entry('2026-11-21', { treatments: ['medicine'] }, 4),
        entry('2026-11-22', { treatments: ['medicine'] }, 5),
        entry('2026-11-23', { treatments: ['heat'], minutes: 20 }, 6),
        entry('2026-11-21', { treatments: ['medicine'], medicines: ['ibuprofen'] }, 7),
      ],
      enMedicines,
    );
    assert.deepEqual(taken, [
      {
        id: 'ibuprofen',
        name: 'Ibuprofen',
        dates: ['2026-11-20', '2026-11-21'],
        runs: [{ from: '2026-11-20', to: '2026-11-21' }],
      },
      { name: 'Naproxen', dates: ['2026-11-22'], runs: [{ from: '2026-11-22', to: '2026-11-22' }] },
    ]);
    const bare = medicinesTaken([entry('2026-11-21', { treatments: ['medicine'] })], enMedicines);
    assert.deepEqual(bare, [{ dates: ['2026-11-21'], runs: [{ from: '2026-11-21', to: '2026-11-21' }] }]);
  });

  it("joins consecutive days into runs, across a month's end", () => {
    assert.deepEqual(dateRuns(['2026-12-02', '2026-11-30', '2026-12-01', '2026-12-05', '2026-12-05']), [
      { from: '2026-11-30', to: '2026-12-02' },
      { from: '2026-12-05', to: '2026-12-05' },
    ]);
    assert.deepEqual(dateRuns([]), []);
  });
});
