import type { FastifyInstance, FastifyRequest } from 'fastify';
import { endpoints } from '../../core/api.ts';
import { systemNow } from '../../core/clock.ts';
import { type LiveDiary, liveDiary } from '../../core/diary.ts';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { exportFile, formatFile } from '../../core/export/files.ts';
import { type ClinicianSettings, type ListQuery, PAGE_SIZE } from '../../core/share.ts';
import { refuseWeakPassword } from '../accounts/common-passwords.ts';
import { createLogin, tokenHash } from '../accounts/logins.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { me, setDeviceCookie, setLoginCookie } from '../accounts/routes.ts';
import { audit, clientOf } from '../audit.ts';
import type { Db } from '../db/types.ts';
import { ApiError } from '../errors.ts';
import { route } from '../routes.ts';
import { refreshFlags, zoneOf } from '../shares/flags.ts';
import { folded, recordReads, redeemCode, refundRedeem, reserveRedeem } from '../shares/store.ts';

/**
 * Each sort key as a column of the live share (copied there by refreshFlags) and the direction that puts
 * the most pressing first for the flags (lower urgency rank, a warning reported, not improving), and the
 * plain order for days, last entry and email. Each key and direction has its index (migration 4), ties
 * broken by email and id: the first page is read off an index, never sorted. Only these texts reach SQL.
 */
const ORDER: Record<ListQuery['sort'], readonly [column: string, ascending: 'ASC' | 'DESC']> = {
  urgency: ['s.urgency', 'ASC'],
  warning: ['s.warning_rank', 'ASC'],
  notImproving: ['s.not_improving', 'DESC'],
  // Fewest days since onset = the latest onset.
  days: ['s.onset', 'DESC'],
  lastEntry: ['s.last_entry', 'ASC'],
  // The name the patient chose (folded), else the email: the order of what the list shows first (migration 9).
  name: ['s.patient_search', 'ASC'],
  email: ['s.patient_email', 'ASC'],
};

const FILTER: Record<ListQuery['filter'], string> = {
  all: 'true',
  redFlag: 's.warning_rank = 0',
  warning: 's.warning_rank <= 1',
  notImproving: 's.not_improving',
  seeDoctor: 's.urgency <= 2',
};

/** The patient's today in SQL: the server's instant `at` (core/clock.ts, a parameter) in the patient's zone. */
const patientToday = (zone: string, at: string) => `(${at}::timestamptz AT TIME ZONE ${zoneOf(zone)})::date`;

/**
 * A list row (`patientRowSchema`) as JSON, built by PostgreSQL from a share (alias `s`), its patient's
 * flags (alias `f`; absent before the first refresh) and zone: the patient's today and days since onset are
 * counted in the zone their device sent (core/clock.ts), never the server's or the clinician's. The server passes the text through, never
 * parsing rows into objects to serialise them again.
 */
const rowJson = (
  s: string,
  f: string,
  zone: string,
  at: string,
) => `json_build_object('id', ${s}.patient_id, 'displayName', ${s}.patient_display_name,
  'birthDate', ${s}.patient_birth_date, 'email', ${s}.patient_email,
  'since', to_char(${s}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'flags', json_build_object('episodeId', ${f}.episode_id, 'onset', ${f}.onset,
    'today', ${patientToday(zone, at)}, 'timeZone', ${zoneOf(zone)},
    'days', ${patientToday(zone, at)} - ${f}.onset,
    'disposition', ${f}.disposition, 'redFlag', coalesce(${f}.red_flag, false),
    'unsureWarning', coalesce(${f}.unsure_warning, false), 'notImproving', coalesce(${f}.not_improving, false),
    'lastEntry', ${f}.last_entry, 'latestPain', ${f}.latest_pain))`;

/**
 * A part of a name or an email address as a LIKE pattern that finds it anywhere, its own % and _ taken
 * literally. Folded as the share's search text was (`folded`: every stored address is lower case already,
 * core/account.ts), so this is the case-blind match, at LIKE's price (ILIKE folds each row on every
 * comparison: three times the time over a clinician's 10,000).
 */
export const containsPattern = (part: string) => `%${folded(part).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A clinician's live shares under the list's filter and search, as SQL (from the fixed texts above) and
 * its parameters: $1 is the clinician, the search pattern follows when there is one.
 */
function shared(q: ListQuery, clinicianId: string) {
  // The name and the email in one text (migration 9's patient_search), under one trigram index on PostgreSQL.
  const search = q.q === '' ? '' : ' AND s.patient_search LIKE $2';
  return {
    where: `s.clinician_id = $1 AND s.revoked_at IS NULL AND ${FILTER[q.filter]}${search}`,
    params: q.q === '' ? [clinicianId] : [clinicianId, containsPattern(q.q)],
  };
}

/**
 * One page of the clinician's patients, how many there are in all, and the view recorded as a read of
 * every patient shown (one row holding the page's patients, migration 11), in one statement: the one the dashboard's
 * speed rests on (see bench/clinician). The page is the first 50 entries of the sort's index; the count,
 * apart from it, an index-only scan of the clinician's shares; the rows come back as one JSON text, each
 * patient's zone looked up for the page's rows alone.
 */
export function listStatement(q: ListQuery, clinician: { accountId: string; email: string }) {
  const { where, params } = shared(q, clinician.accountId);
  const [column, ascending] = ORDER[q.sort];
  const dir = q.dir === 'asc' ? ascending : ascending === 'ASC' ? 'DESC' : 'ASC';
  const offset = `$${params.length + 1}`;
  const email = `$${params.length + 2}`;
  const at = `$${params.length + 3}`;
  return {
    text: `WITH page AS (
        SELECT s.patient_id, s.patient_email, s.patient_display_name, s.patient_birth_date, s.created_at,
          ${column} AS sort_key, f.episode_id, f.onset,
          f.disposition, f.red_flag, f.unsure_warning, f.not_improving, f.last_entry, f.latest_pain
        FROM shares s LEFT JOIN patient_flags f ON f.account_id = s.patient_id
        WHERE ${where}
        ORDER BY ${column} ${dir} NULLS LAST, s.patient_email, s.patient_id
        LIMIT ${PAGE_SIZE} OFFSET ${offset}),
      reads AS (
        INSERT INTO clinician_list_reads (clinician_id, clinician_email, patient_ids)
        SELECT $1, ${email}, array_agg(patient_id) FROM page HAVING count(*) > 0)
      SELECT (SELECT count(*) FROM shares s WHERE ${where})::int AS total,
        (SELECT coalesce(json_agg(${rowJson('p', 'p', 'a.time_zone', at)} ORDER BY p.sort_key ${dir} NULLS LAST, p.patient_email, p.patient_id), '[]')
         FROM page p LEFT JOIN accounts a ON a.id = p.patient_id)::text AS patients`,
    params: [...params, q.page * PAGE_SIZE, clinician.email, systemNow().toISOString()],
  };
}

/**
 * One patient of this clinician's: the list row as JSON, and every episode and entry as stored; the
 * statement behind the patient page (and the summary and FHIR, which read the diary). What is stored is
 * not what is shown: every route reads it through `liveDiary` (`diaryOf`).
 */
export const PATIENT_STATEMENT = `SELECT s.patient_id::text AS id, ${rowJson('s', 'f', 'a.time_zone', '$3')}::text AS head,
    ${patientToday('a.time_zone', '$3')}::text AS today, a.time_zone AS zone,
    s.patient_display_name AS display_name, s.patient_birth_date::text AS birth_date,
    (SELECT coalesce(json_agg(e.body ORDER BY e.seq), '[]') FROM episodes e WHERE e.account_id = s.patient_id)::text AS episodes,
    (SELECT coalesce(json_agg(e.body ORDER BY e.seq), '[]') FROM entries e WHERE e.account_id = s.patient_id)::text AS entries
  FROM shares s LEFT JOIN patient_flags f ON f.account_id = s.patient_id JOIN accounts a ON a.id = s.patient_id
  WHERE s.clinician_id = $1 AND s.patient_id = $2 AND s.revoked_at IS NULL`;

/** The patient's diary as the patient sees it: deleted episodes, their entries and deleted notes are gone. */
function diaryOf(row: { episodes: string; entries: string }): LiveDiary {
  // Every stored body passed its schema on the way in.
  return liveDiary(JSON.parse(row.episodes) as Episode[], JSON.parse(row.entries) as Entry[]);
}

/** The clinician's own: set a password, add a patient by code, and read what patients share. */
export function clinicianRoutes(
  db: Db,
  opts: { authPerMinute: number; redeemsPerHour: number; shareCodeKey: Buffer },
) {
  return async (app: FastifyInstance) => {
    const limited = { rateLimit: { max: opts.authPerMinute, timeWindow: 60_000 } };
    const reader = (request: FastifyRequest) => ({
      accountId: request.login.accountId,
      email: request.login.email,
    });

    /** The patient and their diary, when this clinician holds a live share; else a 404 that tells nothing. */
    async function sharedPatient(request: FastifyRequest, patientId: string) {
      const [row] = await db.query<{
        id: string;
        head: string;
        today: string;
        zone: string | null;
        display_name: string | null;
        birth_date: string | null;
        episodes: string;
        entries: string;
      }>(PATIENT_STATEMENT, [request.login.accountId, patientId, systemNow().toISOString()]);
      if (!row) throw new ApiError(404, (words) => words.clinician.server.noSuchPatient);
      return row;
    }

    async function sharedEpisode(request: FastifyRequest, ids: { patientId: string; episodeId: string }) {
      const row = await sharedPatient(request, ids.patientId);
      const diary = diaryOf(row);
      const episode = diary.episodes.find((e) => e.id.toLowerCase() === ids.episodeId);
      if (!episode) throw new ApiError(404, (words) => words.clinician.server.noSuchPatient);
      return { row, episode, entries: diary.entries };
    }

    async function paperOf(accountId: string): Promise<ClinicianSettings['paper']> {
      const [row] = await db.query<{ paper: ClinicianSettings['paper'] }>(
        'SELECT paper FROM accounts WHERE id = $1',
        [accountId],
      );
      return row?.paper ?? 'a4';
    }

    route(
      app,
      endpoints.clinicianSetup,
      async (request, reply) => {
        const { body } = request;
        const live = await db.query<{ account_id: string; email: string }>(
          `SELECT l.account_id, a.email FROM setup_links l JOIN accounts a ON a.id = l.account_id
           WHERE l.token_hash = $1 AND l.expires_at > now() AND a.role = 'clinician'`,
          [tokenHash(body.token)],
        );
        const account = live[0];
        if (!account) throw new ApiError(400, (words) => words.clinician.server.setupNotValid, 'token');
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
        if (!login) throw new ApiError(400, (words) => words.clinician.server.setupNotValid, 'token');
        setLoginCookie(request, reply, login.token);
        await setDeviceCookie(db, request, reply, account.account_id);
        return me(account.email, { ...login, role: 'clinician' });
      },
      { config: limited, reading: { give: (words) => words.clinician.server.giveSetup } },
    );

    route(app, endpoints.clinicianSettings, async (request) => ({
      paper: await paperOf(request.login.accountId),
    }));

    route(
      app,
      endpoints.saveClinicianSettings,
      async (request) => {
        const { paper } = request.body;
        await db.query('UPDATE accounts SET paper = $2 WHERE id = $1', [request.login.accountId, paper]);
        return { paper };
      },
      { reading: { give: (words) => words.clinician.server.giveSettings } },
    );

    route(
      app,
      endpoints.redeem,
      async (request, reply) => {
        const { code } = request.body;
        const { login } = request;
        const wait = await reserveRedeem(db, login.accountId, opts.redeemsPerHour);
        if (wait > 0) {
          reply.header('retry-after', String(wait));
          throw new ApiError(
            429,
            (words) => words.clinician.server.tooManyRedeems(opts.redeemsPerHour, Math.ceil(wait / 60)),
            'code',
          );
        }
        // The share and its flags (the list's sort keys on it) commit together.
        const patient = await db.transaction(async (tx) => {
          const redeemed = await redeemCode(tx, code, login.accountId, opts.shareCodeKey);
          if (redeemed) await refreshFlags(tx, redeemed.id);
          return redeemed;
        });
        if (!patient) throw new ApiError(400, (words) => words.clinician.server.codeNotValid, 'code');
        await refundRedeem(db, login.accountId);
        await audit(db, patient.id, 'share_created', clientOf(request), { share: patient.shareId });
        return reply.status(201).send({ patient: { id: patient.id, email: patient.email } });
      },
      // Limited per clinician (in the database, across processes), after sign-in: never per address, so
      // strangers at a clinic's shared address cannot use up its clinicians' tries.
      { reading: { give: (words) => words.clinician.server.giveCode } },
    );

    route(app, endpoints.patients, async (request, reply) => {
      const q = request.query;
      const list = listStatement(q, reader(request));
      const [row] = await db.query<{ total: number; patients: string }>(list.text, list.params);
      // The rows go out as PostgreSQL wrote them, from columns the server itself stored (the tests check
      // the text against patientListSchema).
      return reply
        .type('application/json; charset=utf-8')
        .send(
          `{"patients":${row?.patients ?? '[]'},"total":${Number(row?.total ?? 0)},"page":${q.page},"pageSize":${PAGE_SIZE}}`,
        );
    });

    route(app, endpoints.patient, async (request, reply) => {
      const row = await sharedPatient(request, request.params.patientId);
      const diary = diaryOf(row);
      await recordReads(db, reader(request), [row.id], 'patient');
      // The head goes out as PostgreSQL wrote it; the diary only as the patient sees it.
      return reply
        .type('application/json; charset=utf-8')
        .send(
          `${row.head.slice(0, -1)},"episodes":${JSON.stringify(diary.episodes)},"entries":${JSON.stringify(diary.entries)}}`,
        );
    });

    /**
     * The clinician's files of one episode, made as the app and the CLI make them (core/export/files.ts):
     * the same names, today's plan, the summary on the clinician's own paper.
     */
    const exported =
      (format: 'pdf' | 'fhir', what: 'summary' | 'fhir') =>
      async (
        request: FastifyRequest<{ Params: { patientId: string; episodeId: string } }>,
        reply: import('fastify').FastifyReply,
      ) => {
        const { row, episode, entries } = await sharedEpisode(request, request.params);
        const made = await exportFile(format, {
          episode,
          entries,
          now: systemNow().toISOString(),
          // As of the patient's own today, as the patient's app would make it.
          today: row.today,
          timeZone: row.zone,
          // The FHIR Patient's identifier: the same person in every episode the clinician downloads.
          account: row.id,
          page: format === 'pdf' ? await paperOf(request.login.accountId) : undefined,
          // The name and date of birth the patient gave this clinician with their share, when they gave them.
          patient:
            row.display_name || row.birth_date
              ? {
                  ...(row.display_name ? { displayName: row.display_name } : {}),
                  ...(row.birth_date ? { birthDate: row.birth_date } : {}),
                }
              : undefined,
          words: request.words,
        });
        if (!made.ok) throw new Error(made.error);
        await recordReads(db, reader(request), [row.id], what, episode.id);
        const { name, body } = made.value;
        const type = format === 'fhir' ? `${formatFile.fhir.type}; charset=utf-8` : formatFile.pdf.type;
        return reply
          .type(type)
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(typeof body === 'string' ? body : Buffer.from(body));
      };

    route(app, endpoints.summaryPdf, exported('pdf', 'summary'));
    route(app, endpoints.fhir, exported('fhir', 'fhir'));
  };
}
