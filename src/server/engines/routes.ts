import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { caseSchema, parseCase } from '../../core/case.ts';
import { WHOLE_INPUT } from '../../core/issues.ts';
import { en } from '../../core/knowledge/text/en/index.ts';
import { enServer } from '../../core/knowledge/text/en/server.ts';
import { plan } from '../../core/plan.ts';
import { planSchema, triageSchema } from '../../core/results.ts';
import { triage } from '../../core/triage.ts';
import { ANYONE } from '../accounts/guard.ts';
import { ApiError } from '../errors.ts';

function caseFrom(body: unknown) {
  const parsed = parseCase(body, en.fields);
  if (parsed.ok) return parsed.value;
  const first = parsed.errors[0];
  if (!first || first.field === WHOLE_INPUT) {
    throw new ApiError(400, enServer.problems.body.notCase);
  }
  throw new ApiError(400, first.message, first.field);
}

/** The clinical engines over HTTP: the same case in, the same result out as `unknot triage|plan --json`. */
export async function engineRoutes(app: FastifyInstance): Promise<void> {
  const engine = (summary: 'triage' | 'plan', schema: z.ZodType) => ({
    config: {
      roles: ANYONE,
      openapi: { summary, body: caseSchema, ok: { status: 200, schema }, fails: [400] },
    },
  });
  app.post('/triage', engine('triage', triageSchema), async (request) => triage(caseFrom(request.body), en));
  app.post('/plan', engine('plan', planSchema), async (request) => plan(caseFrom(request.body), en));
}
