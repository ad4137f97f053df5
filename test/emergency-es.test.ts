import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emergencySigns } from '../src/core/knowledge/findings.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { es } from '../src/core/knowledge/text/es/index.ts';
import { triage } from '../src/core/triage.ts';

// The emergency screen in Spanish, sign by sign, against its English meaning: a clinician who reads both
// languages can check each row. Each row names what the Spanish question must ask about (every part of the
// English sign), in the words a person uses; a translation that drops a part of a sign fails here.

type Row = { english: string; mustAsk: RegExp[]; mustList: RegExp };

const signs: Record<(typeof emergencySigns)[number], Row> = {
  saddle_numbness: {
    english: 'new numbness or tingling around the genitals, back passage, buttocks or inner thighs',
    mustAsk: [/entumecimiento/, /hormigueo/, /nuevo/, /genitales/, /\bano\b/, /nalgas/, /muslos/],
    mustList: /entumecimiento u hormigueo nuevo entre las piernas/,
  },
  bladder_dysfunction_new: {
    english:
      'since it started: trouble starting or stopping urine, not feeling the bladder fill, or wetting oneself',
    mustAsk: [/[Dd]esde que empezó/, /empezar o detener la orina/, /vejiga se llena/, /orinado encima/],
    mustList: /orina/,
  },
  bowel_incontinence_new: {
    english: 'since it started: lost control of the bowels',
    mustAsk: [/[Dd]esde que empezó/, /perdido el control/, /intestino|evacuaciones/],
    mustList: /pérdida nueva del control del intestino/,
  },
  sexual_dysfunction_new: {
    english: 'since it started: lost feeling in the genitals, or lost sexual function',
    mustAsk: [/[Dd]esde que empezó/, /sensibilidad en los genitales/, /función sexual/],
    mustList: /pérdida nueva de la sensibilidad en los genitales o de la función sexual/,
  },
  leg_weakness_progressive: {
    english: 'weakness in a leg or foot that is getting worse (tripping, a foot that catches or slaps)',
    mustAsk: [/debilidad/, /pierna o un pie/, /empeorando/, /tropieza/],
    mustList: /debilidad en una pierna o un pie que va empeorando/,
  },
  leg_symptoms_both_sides: {
    english: 'since it started: new shooting pain, numbness, tingling or weakness in both legs',
    mustAsk: [
      /[Dd]esde que empezó/,
      /las dos piernas/,
      /descarga/,
      /entumecimiento/,
      /hormigueo/,
      /debilidad/,
      /nuev/,
    ],
    mustList: /en las dos piernas/,
  },
  major_trauma: {
    english: 'the pain started with a serious injury, such as a fall from a height or a road accident',
    mustAsk: [/lesión grave/, /caída desde una altura/, /accidente de tránsito/],
    mustList: /lesión grave/,
  },
  sudden_tearing_pain: {
    english: 'a sudden, severe pain unlike any before, that feels like tearing or ripping',
    mustAsk: [/de repente/, /muy fuerte/, /distinto a cualquier dolor/, /desgarr/],
    mustList: /desgarro/,
  },
};

describe('the emergency signs in Spanish, sign by sign against the English', () => {
  it('has a row here for every emergency sign the engine knows, and no other', () => {
    assert.deepEqual(Object.keys(signs).sort(), [...emergencySigns].sort());
  });

  for (const code of emergencySigns) {
    const row = signs[code];
    it(`${code}: asks about ${row.english}`, () => {
      assert.ok(en.findings[code].question.length > 0);
      const asked = es.findings[code].question;
      for (const part of row.mustAsk) assert.match(asked, part, `${code}: "${asked}"`);
      // The plain list the plan and the safety net print names the sign too, in the same words.
      const listed = es.findings[code].choice;
      assert.match(listed, row.mustList, `${code} in the list: ${listed}`);
    });
  }

  it('answers any one of them with emergency care now and the number; not sure with a doctor today, naming it', () => {
    const c = { age: 40, onset: '2026-11-20', asOf: '2026-11-21', findings: [], unsure: [] };
    for (const code of emergencySigns) {
      assert.equal(triage({ ...c, findings: [code] }, es).disposition, 'emergency', code);
      const unsure = triage({ ...c, unsure: [code] }, es);
      assert.equal(unsure.disposition, 'urgent', `${code} not sure`);
      const said = unsure.reasons.map((r) => r.message).join(' ');
      assert.ok(said.includes(es.findings[code].label), `${code} not sure: ${said}`);
    }
    const now = es.dispositions.emergency;
    assert.match(now.title, /emergencia/i);
    assert.match(now.when, /^Ahora\b/);
    assert.match(now.whom, /número de emergencias/);
    assert.match(now.whom, /No maneje/);
  });

  it('fails a Spanish question that drops a part of its sign', () => {
    const dropped = '¿Tiene entumecimiento nuevo alrededor de los genitales?';
    assert.ok(signs.saddle_numbness.mustAsk.some((part) => !part.test(dropped)));
  });
});
