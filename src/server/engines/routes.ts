import type { FastifyInstance } from 'fastify';
import { catalogue } from '#words';
import { endpoints } from '../../core/api.ts';
import { type Case, parseCase } from '../../core/case.ts';
import { WHOLE_INPUT } from '../../core/issues.ts';
import { plan } from '../../core/plan.ts';
import { triage } from '../../core/triage.ts';
import { ApiError } from '../errors.ts';
import { route } from '../routes.ts';

/**
 * A case read as the CLI reads one: the first field at fault, in the CLI's words, said in the request's
 * language when the reply is written (the field is the same in every language).
 */
function caseFrom(body: unknown): Case {
  const parsed = parseCase(body, catalogue.fields);
  if (parsed.ok) return parsed.value;
  const first = parsed.errors[0];
  if (!first || first.field === WHOLE_INPUT) {
    throw new ApiError(400, (words) => words.server.problems.body.notCase);
  }
  throw new ApiError(
    400,
    (words) => {
      const again = parseCase(body, words.fields);
      return (!again.ok && again.errors[0]?.message) || first.message;
    },
    first.field,
  );
}

/** The clinical engines over HTTP: the same case in, the same result out as `unknot triage|plan --json`. */
export async function engineRoutes(app: FastifyInstance): Promise<void> {
  const reading = { body: caseFrom };
  route(app, endpoints.triage, async (request) => triage(request.body, request.words), { reading });
  route(app, endpoints.plan, async (request) => plan(request.body, request.words), { reading });
}
