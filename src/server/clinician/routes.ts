import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { meSchema } from '../../core/account.ts';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { enClinician } from '../../core/knowledge/text/en/clinician.ts';
import { en } from '../../core/knowledge/text/en/index.ts';
import {
  type FlagsRow,
  type ListQuery,
  listQuerySchema,
  PAGE_SIZE,
  type PatientRow,
  patientDetailSchema,
  patientListSchema,
  redeemedSchema,
  redeemSchema,
  setupSchema,
} from '../../core/share.ts';
import { refuseWeakPassword } from '../accounts/common-passwords.ts';
import { authentication, requireRole } from '../accounts/guard.ts';
import { createLogin, tokenHash } from '../accounts/logins.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { me, setDeviceCookie, setLoginCookie } from '../accounts/routes.ts';
import { audit, clientOf } from '../audit.ts';
import type { Db } from '../db/types.ts';
import { ApiError, parseBody } from '../errors.ts';
import { signedInChange } from '../openapi.ts';
import { refreshFlags, serverToday } from '../shares/flags.ts';
import { idFrom, uuidParam } from '../shares/routes.ts';
import { recordReads, redeemCode } from '../shares/store.ts';

const w = enClinician.server;

/**
 * Each sort key as SQL, ascending = the most pressing first for the flags (lower urgency rank, a warning
 * reported, not improving), and the plain order for days, last entry and email. Only these texts reach SQL.
 */
const ORDER: Record<ListQuery['sort'], string> = {
  urgency: 'coalesce(f.urgency, 9)',
  warning: 'CASE WHEN f.red_flag THEN 0 WHEN f.unsure_warning THEN 1 ELSE 2 END',
  notImproving: 'CASE WHEN f.not_improving THEN 0 ELSE 1 END',
  days: '(current_date - f.onset)',
  lastEntry: 'f.last_entry',
  email: 'a.email',
};

const FILTER: Record<ListQuery['filter'], string> = {
  all: 'true',
  redFlag: 'f.red_flag',
  warning: '(f.red_flag OR f.unsure_warning)',
  notImproving: 'f.not_improving',
  seeDoctor: 'f.urgency <= 2',
};

const COLUMNS = `a.id::text AS id, a.email, s.created_at AS since, f.episode_id::text AS episode_id,
  f.onset::text AS onset, (current_date - f.onset) AS days, f.disposition, coalesce(f.red_flag, false) AS red_flag,
  coalesce(f.unsure_warning, false) AS unsure_warning, coalesce(f.not_improving, false) AS not_improving,
  f.last_entry::text AS last_entry, f.latest_pain`;

type Row = {
  id: string;
  email: string;
  since: Date | string;
  episode_id: string | null;
  onset: string | null;
  days: number | null;
  disposition: FlagsRow['disposition'];
  red_flag: boolean;
  unsure_warning: boolean;
  not_improving: boolean;
  last_entry: string | null;
  latest_pain: number | null;
};

function patientRow(r: Row): PatientRow {
  return {
    id: r.id,
    email: r.email,
    since: new Date(r.since).toISOString(),
    flags: {
      episodeId: r.episode_id,
      onset: r.onset,
      days: r.days === null ? null : Number(r.days),
      disposition: r.disposition,
      redFlag: r.red_flag,
      unsureWarning: r.unsure_warning,
      notImproving: r.not_improving,
      lastEntry: r.last_entry,
      latestPain: r.latest_pain === null ? null : Number(r.latest_pain),
    },
  };
}

/** One page of the clinician's patients: the statement the dashboard's speed rests on (see bench/clinician). */
export function listStatement(q: ListQuery): string {
  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  return `SELECT ${COLUMNS}, count(*) OVER () AS total
    FROM shares s JOIN accounts a ON a.id = s.patient_id LEFT JOIN patient_flags f ON f.account_id = s.patient_id
    WHERE s.clinician_id = $1 AND s.revoked_at IS NULL AND ${FILTER[q.filter]}
      AND ($2 = '' OR position($2 in a.email) > 0)
    ORDER BY ${ORDER[q.sort]} ${dir} NULLS LAST, a.email, a.id
    LIMIT ${PAGE_SIZE} OFFSET $3`;
}

/** One patient of this clinician's, with every episode and entry as stored; the statement behind the patient page. */
export const PATIENT_STATEMENT = `SELECT ${COLUMNS},
    (SELECT coalesce(json_agg(e.body ORDER BY e.seq), '[]') FROM episodes e WHERE e.account_id = a.id)::text AS episodes,
    (SELECT coalesce(json_agg(e.body ORDER BY e.seq), '[]') FROM entries e WHERE e.account_id = a.id)::text AS entries
  FROM shares s JOIN accounts a ON a.id = s.patient_id LEFT JOIN patient_flags f ON f.account_id = s.patient_id
  WHERE s.clinician_id = $1 AND s.patient_id = $2 AND s.revoked_at IS NULL`;

/** A query string parsed by its schema, through the one formatter: a bad value is a 400 naming the field. */
function parseQuery(query: unknown): ListQuery {
  return parseBody(listQuerySchema, query ?? {}, 'query');
}

/** The clinician's own: set a password, add a patient by code, and read what patients share. */
export function clinicianRoutes(db: Db, opts: { authPerMinute: number }) {
  return async (app: FastifyInstance) => {
    const clinician = {
      preHandler: [authentication(app, db), requireRole('clinician', w.cliniciansOnly)],
    };
    const limited = { rateLimit: { max: opts.authPerMinute, timeWindow: 60_000 } };
    const reader = (request: FastifyRequest) => ({
      accountId: request.login.accountId,
      email: request.login.email,
    });

    /** The patient and their diary, when this clinician holds a live share; else a 404 that tells nothing. */
    async function sharedPatient(request: FastifyRequest) {
      const patientId = idFrom(request.params, 'patientId');
      const [row] = await db.query<Row & { episodes: string; entries: string }>(PATIENT_STATEMENT, [
        request.login.accountId,
        patientId,
      ]);
      if (!row) throw new ApiError(404, w.noSuchPatient);
      return row;
    }

    async function sharedEpisode(request: FastifyRequest) {
      const episodeId = idFrom(request.params, 'episodeId');
      const row = await sharedPatient(request);
      const episodes = JSON.parse(row.episodes) as Episode[];
      const episode = episodes.find((e) => e.id.toLowerCase() === episodeId && !e.deleted);
      if (!episode) throw new ApiError(404, w.noSuchPatient);
      return { row, episode, entries: JSON.parse(row.entries) as Entry[] };
    }

    app.post(
      '/clinician/setup',
      {
        config: {
          ...limited,
          openapi: {
            summary: 'clinicianSetup',
            body: setupSchema,
            ok: { status: 200, schema: meSchema },
            fails: [400, 429],
          },
        },
      },
      async (request, reply) => {
        const body = parseBody(setupSchema, request.body, w.giveSetup);
        const live = await db.query<{ account_id: string; email: string }>(
          `SELECT l.account_id, a.email FROM setup_links l JOIN accounts a ON a.id = l.account_id
           WHERE l.token_hash = $1 AND l.expires_at > now() AND a.role = 'clinician'`,
          [tokenHash(body.token)],
        );
        const account = live[0];
        if (!account) throw new ApiError(400, w.setupNotValid, 'token');
        await refuseWeakPassword(body.password, 'password', account.email);
        const hash = await hashPassword(body.password);
        const login = await db.transaction(async (tx) => {
          // Spent inside the transaction: of two tabs racing with one link, one wins.
          const spent = await tx.query(
            'DELETE FROM setup_links WHERE token_hash = $1 AND expires_at > now() RETURNING 1',
            [tokenHash(body.token)],
          );
          if (spent.length === 0) return undefined;
          await tx.query('UPDATE accounts SET password_hash = $2 WHERE id = $1', [account.account_id, hash]);
          await tx.query('DELETE FROM logins WHERE account_id = $1', [account.account_id]);
          await audit(tx, account.account_id, 'clinician_setup', clientOf(request));
          return createLogin(tx, account.account_id);
        });
        if (!login) throw new ApiError(400, w.setupNotValid, 'token');
        setLoginCookie(request, reply, login.token);
        await setDeviceCookie(db, request, reply, account.account_id);
        return me(account.email, { ...login, role: 'clinician' });
      },
    );

    app.post(
      '/clinician/shares',
      {
        ...clinician,
        config: {
          ...limited,
          openapi: signedInChange('redeem', redeemSchema, { status: 201, schema: redeemedSchema }),
        },
      },
      async (request, reply) => {
        const { code } = parseBody(redeemSchema, request.body, w.giveCode);
        const { login } = request;
        const patient = await db.transaction((tx) => redeemCode(tx, code, login.accountId));
        if (!patient) throw new ApiError(400, w.codeNotValid, 'code');
        await audit(db, patient.id, 'share_created', clientOf(request), { share: patient.shareId });
        await refreshFlags(db, patient.id);
        return reply.status(201).send({ patient: { id: patient.id, email: patient.email } });
      },
    );

    app.get(
      '/clinician/patients',
      {
        ...clinician,
        config: {
          openapi: {
            summary: 'patients',
            query: listQuerySchema,
            ok: { status: 200, schema: patientListSchema },
            fails: [400, 401, 403],
            signedIn: 'read',
          },
        },
      },
      async (request) => {
        const q = parseQuery(request.query);
        const rows = await db.query<Row & { total: string | number }>(listStatement(q), [
          request.login.accountId,
          q.q.toLowerCase(),
          q.page * PAGE_SIZE,
        ]);
        await recordReads(
          db,
          reader(request),
          rows.map((r) => r.id),
          'list',
        );
        return {
          patients: rows.map(patientRow),
          total: Number(rows[0]?.total ?? 0),
          page: q.page,
          pageSize: PAGE_SIZE,
        };
      },
    );

    app.get(
      '/clinician/patients/:patientId',
      {
        ...clinician,
        config: {
          openapi: {
            summary: 'patient',
            params: uuidParam('patientId'),
            ok: { status: 200, schema: patientDetailSchema },
            fails: [400, 401, 403, 404],
            signedIn: 'read',
          },
        },
      },
      async (request, reply) => {
        const row = await sharedPatient(request);
        await recordReads(db, reader(request), [row.id], 'patient');
        // The stored bodies go out as PostgreSQL wrote them: each was validated when it was stored.
        const head = JSON.stringify(patientRow(row));
        return reply
          .type('application/json; charset=utf-8')
          .send(`${head.slice(0, -1)},"episodes":${row.episodes},"entries":${row.entries}}`);
      },
    );

    const episodeParams = z.object({ patientId: z.uuid(), episodeId: z.uuid() });

    app.get(
      '/clinician/patients/:patientId/episodes/:episodeId/summary.pdf',
      {
        ...clinician,
        config: {
          openapi: {
            summary: 'summaryPdf',
            params: episodeParams,
            ok: { status: 200, schema: z.string().meta({ format: 'binary' }), type: 'application/pdf' },
            fails: [400, 401, 403, 404],
            signedIn: 'read',
          },
        },
      },
      async (request, reply) => {
        const { row, episode, entries } = await sharedEpisode(request);
        const [{ buildSummary }, { summaryPdf }] = await Promise.all([
          import('../../core/export/summary.ts'),
          import('../../core/export/pdf.ts'),
        ]);
        const summary = buildSummary({ episode, entries, today: serverToday(), words: en });
        const pdf = await summaryPdf(summary, {
          page: 'a4',
          now: new Date().toISOString(),
          words: en.export,
        });
        await recordReads(db, reader(request), [row.id], 'summary', episode.id);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="unknot-summary-${episode.onset}.pdf"`)
          .send(Buffer.from(pdf));
      },
    );

    app.get(
      '/clinician/patients/:patientId/episodes/:episodeId/fhir',
      {
        ...clinician,
        config: {
          openapi: {
            summary: 'fhir',
            params: episodeParams,
            ok: {
              status: 200,
              schema: z.looseObject({ resourceType: z.literal('Bundle') }),
              type: 'application/fhir+json',
            },
            fails: [400, 401, 403, 404],
            signedIn: 'read',
          },
        },
      },
      async (request, reply) => {
        const { row, episode, entries } = await sharedEpisode(request);
        const { fhirBundle } = await import('../../core/export/fhir.ts');
        const bundle = fhirBundle(episode, entries, { now: new Date().toISOString(), words: en });
        await recordReads(db, reader(request), [row.id], 'fhir', episode.id);
        return reply
          .type('application/fhir+json; charset=utf-8')
          .header('content-disposition', `attachment; filename="unknot-fhir-${episode.onset}.json"`)
          .send(JSON.stringify(bundle));
      },
    );
  };
}
