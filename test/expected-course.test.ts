import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  averagePain,
  COURSE_SAMPLES,
  costaCurve,
  costaKnots,
  coursePoints,
  expectedCourseSource,
  expectedPain,
} from '../src/core/expected-course.ts';
import { sources } from '../src/core/knowledge/sources.ts';

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} is not ${b}`);

describe('the expected course (Costa et al. 2012, one home)', () => {
  it('cites Costa 2012, a source the catalogue holds', () => {
    assert.equal(expectedCourseSource, 'costa:2012');
    assert.ok(sources[expectedCourseSource]);
  });

  it('is exactly the published means at baseline, 6, 26 and 52 weeks', () => {
    assert.deepEqual(
      costaKnots.map((k) => [k.day, costaCurve(k.day)]),
      [
        [0, 52],
        [42, 23],
        [182, 12],
        [364, 6],
      ],
    );
    assert.equal(averagePain(0), 5.2);
    assert.equal(averagePain(42), 2.3);
    assert.equal(averagePain(182), 1.2);
    assert.equal(averagePain(364), 0.6);
  });

  it('stays at the baseline before onset and at the one-year value after a year', () => {
    assert.equal(costaCurve(-5), 52);
    assert.equal(costaCurve(365), 6);
    assert.equal(costaCurve(3_000_000), 6);
  });

  it('falls on every day of the first year', () => {
    for (let d = 1; d <= 364; d++) assert.ok(costaCurve(d) < costaCurve(d - 1), `day ${d}`);
  });

  it('is log-linear between the published points: the midpoint is their geometric mean', () => {
    close(costaCurve(21), Math.sqrt(52 * 23));
    close(costaCurve(112), Math.sqrt(23 * 12));
    close(costaCurve(273), Math.sqrt(12 * 6));
    // A quarter of the way along, the logarithm is a quarter of the way along too.
    close(Math.log(costaCurve(77)), Math.log(23) + (Math.log(12) - Math.log(23)) / 4);
  });

  it('is not a straight line to day 42: faster at first, so day 21 is below the straight line’s 37.5', () => {
    assert.ok(costaCurve(21) < (52 + 23) / 2);
    assert.ok(costaCurve(21) > 34 && costaCurve(21) < 35);
  });

  it('scales to a first rating on the onset day as rating x curve / 52', () => {
    for (const day of [0, 7, 21, 42, 100, 182, 364, 500]) {
      close(expectedPain({ day: 0, pain: 8 }, day), (8 * costaCurve(day)) / 52);
    }
  });

  it('passes through a first rating given after onset, and keeps the published shape from there', () => {
    const first = { day: 5, pain: 6 };
    close(expectedPain(first, 5), 6);
    close(expectedPain(first, 42) / expectedPain(first, 5), costaCurve(42) / costaCurve(5));
  });

  it('without a rating is the average course', () => {
    assert.equal(expectedPain(undefined, 42), 2.3);
  });

  it('draws with a bounded number of points, however far apart the days', () => {
    const near = coursePoints({ day: 0, pain: 7 }, 14);
    const far = coursePoints({ day: 0, pain: 7 }, 3_600_000);
    for (const points of [near, far]) {
      assert.ok(points.length <= COURSE_SAMPLES + 6, String(points.length));
      for (let i = 1; i < points.length; i++) {
        assert.ok((points[i]?.day ?? 0) > (points[i - 1]?.day ?? 0), 'days rise');
        assert.ok((points[i]?.pain ?? 0) <= (points[i - 1]?.pain ?? 0), 'pain never rises');
      }
    }
    assert.deepEqual(near[0], { day: 0, pain: 7 });
    assert.equal(near.at(-1)?.day, 14);
    assert.deepEqual(
      far.filter((p) => costaKnots.some((k) => k.day === p.day)).map((p) => p.day),
      [0, 42, 182, 364],
      'the published points are drawn exactly',
    );
    assert.equal(far.at(-1)?.pain, 0.8, 'flat at 7 x 6/52 after a year');
  });
});
