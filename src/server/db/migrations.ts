import type { Db } from './types.ts';

/** Any fixed number works; it only has to be the same in every process that migrates this database. */
const MIGRATION_LOCK = 0x756e6b6e; // "unkn"

/**
 * The schema, in order, never edited once released: a change is a new step at the end. Each step is
 * its statements one by one (never split on ';', which would break a function body); step i is version i + 1.
 * The same text runs on PGlite and on PostgreSQL.
 */
export const migrations: readonly (readonly string[])[] = [
  [
    `CREATE TABLE accounts (
      id uuid PRIMARY KEY,
      email text NOT NULL UNIQUE,
      password_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      -- The account's change sequence: every stored entry or episode change takes the next numbers.
      change_seq bigint NOT NULL DEFAULT 0
    )`,
    `CREATE TABLE logins (
      token_hash text PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      csrf text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`,
    `CREATE INDEX logins_account ON logins (account_id)`,
    `CREATE TABLE entries (
      id uuid PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      seq bigint NOT NULL,
      body jsonb NOT NULL
    )`,
    `CREATE INDEX entries_account_seq ON entries (account_id, seq)`,
    `CREATE TABLE episodes (
      id uuid PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      seq bigint NOT NULL,
      updated_at timestamptz NOT NULL,
      body jsonb NOT NULL
    )`,
    `CREATE INDEX episodes_account_seq ON episodes (account_id, seq)`,
    // Failed logins by a hash of the email, shared by every server process, for the backoff.
    `CREATE TABLE login_failures (
      email_hash text PRIMARY KEY,
      failures integer NOT NULL,
      locked_until timestamptz NOT NULL
    )`,
    // Who did what to an account, never what health data it holds. Erased with the account.
    `CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      account_id uuid REFERENCES accounts ON DELETE CASCADE,
      event text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      detail jsonb
    )`,
    `CREATE INDEX audit_log_account ON audit_log (account_id)`,
  ],
  [
    // A login also ends after a week without use, not only 30 days after sign-in.
    `ALTER TABLE logins ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now()`,
    // Failures decay with time since the last one, so a slow trickle of guesses locks nobody out for good.
    `ALTER TABLE login_failures ADD COLUMN last_failed_at timestamptz NOT NULL DEFAULT now()`,
    `ALTER TABLE audit_log ADD COLUMN client_address text`,
    `ALTER TABLE audit_log ADD COLUMN user_agent text`,
    // Browsers that signed in to an account before: a stranger's failed guesses do not lock them out.
    `CREATE TABLE known_devices (
      token_hash text NOT NULL,
      account_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      PRIMARY KEY (token_hash, account_id),
      last_seen_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX known_devices_account ON known_devices (account_id)`,
    // Quotas: bytes held (an upper bound, recounted when it reaches the limit) and records stored today (UTC).
    `ALTER TABLE accounts ADD COLUMN stored_bytes bigint NOT NULL DEFAULT 0`,
    `ALTER TABLE accounts ADD COLUMN quota_day date`,
    `ALTER TABLE accounts ADD COLUMN day_records integer NOT NULL DEFAULT 0`,
  ],
  [
    // Patients sign themselves up; clinicians are made by the operator (`unknot clinician add`).
    `ALTER TABLE accounts ADD COLUMN role text NOT NULL DEFAULT 'patient' CHECK (role IN ('patient', 'clinician'))`,
    // A clinician's one-time link to set a password: only its hash is kept, and it expires.
    `CREATE TABLE setup_links (
      token_hash text PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      expires_at timestamptz NOT NULL
    )`,
    `CREATE INDEX setup_links_account ON setup_links (account_id)`,
    // A patient's share codes, hashed; each works once, for one clinician, for a day.
    `CREATE TABLE share_codes (
      code_hash text PRIMARY KEY,
      patient_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`,
    `CREATE INDEX share_codes_patient ON share_codes (patient_id)`,
    // Patient -> clinician access. A revoked share stays as a row (revoked_at) so the history is kept.
    `CREATE TABLE shares (
      id uuid PRIMARY KEY,
      patient_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      clinician_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    )`,
    `CREATE UNIQUE INDEX shares_live ON shares (clinician_id, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_patient ON shares (patient_id)`,
    // What a clinician's list shows of a patient, computed when the diary changes: the list sorts and
    // filters on these columns without reading anyone's diary.
    `CREATE TABLE patient_flags (
      account_id uuid PRIMARY KEY REFERENCES accounts ON DELETE CASCADE,
      episode_id uuid,
      onset date,
      disposition text,
      urgency smallint NOT NULL DEFAULT 9,
      red_flag boolean NOT NULL DEFAULT false,
      unsure_warning boolean NOT NULL DEFAULT false,
      not_improving boolean NOT NULL DEFAULT false,
      last_entry date,
      latest_pain real,
      computed_at timestamptz NOT NULL DEFAULT now()
    )`,
    // Every clinician read: who, whose, what, when. Kept after a share is revoked (and after the
    // clinician's account goes, under the email it had); erased with the patient's account.
    `CREATE TABLE clinician_reads (
      id bigserial PRIMARY KEY,
      patient_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      clinician_id uuid REFERENCES accounts ON DELETE SET NULL,
      clinician_email text NOT NULL,
      what text NOT NULL,
      episode_id uuid,
      at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX clinician_reads_patient ON clinician_reads (patient_id, at)`,
    `CREATE INDEX clinician_reads_clinician ON clinician_reads (clinician_id)`,
  ],
  [
    // A clinician's list sorts by these, so each live share carries them (copied from accounts and
    // patient_flags by refreshFlags): the first page of any sort is then an index scan of 50 rows, not a
    // sort of every patient the clinician follows. warning_rank: 0 red flag, 1 unsure warning, 2 neither.
    `ALTER TABLE shares ADD COLUMN patient_email text NOT NULL DEFAULT ''`,
    `ALTER TABLE shares ADD COLUMN urgency smallint NOT NULL DEFAULT 9`,
    `ALTER TABLE shares ADD COLUMN warning_rank smallint NOT NULL DEFAULT 2`,
    `ALTER TABLE shares ADD COLUMN not_improving boolean NOT NULL DEFAULT false`,
    `ALTER TABLE shares ADD COLUMN onset date`,
    `ALTER TABLE shares ADD COLUMN last_entry date`,
    `UPDATE shares s SET patient_email = a.email, urgency = coalesce(f.urgency, 9),
       warning_rank = CASE WHEN f.red_flag THEN 0 WHEN f.unsure_warning THEN 1 ELSE 2 END,
       not_improving = coalesce(f.not_improving, false), onset = f.onset, last_entry = f.last_entry
     FROM accounts a LEFT JOIN patient_flags f ON f.account_id = a.id WHERE a.id = s.patient_id`,
    // From now on a share is made with its patient's email (redeemCode): one made without it fails loudly.
    `ALTER TABLE shares ALTER COLUMN patient_email DROP DEFAULT`,
    // One index per sort key and direction, in the list's exact order (ties by email, then id, always
    // ascending): ORDER BY ... LIMIT 50 reads the first 50 entries and stops.
    `CREATE INDEX shares_by_urgency ON shares (clinician_id, urgency, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_urgency_desc ON shares (clinician_id, urgency DESC NULLS LAST, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_warning ON shares (clinician_id, warning_rank, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_warning_desc ON shares (clinician_id, warning_rank DESC NULLS LAST, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_not_improving ON shares (clinician_id, not_improving DESC NULLS LAST, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_not_improving_desc ON shares (clinician_id, not_improving, patient_email, patient_id) WHERE revoked_at IS NULL`,
    // Days since onset, fewest first, is the latest onset first; a patient with no episode comes last either way.
    `CREATE INDEX shares_by_days ON shares (clinician_id, onset DESC NULLS LAST, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_days_desc ON shares (clinician_id, onset ASC NULLS LAST, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_last_entry ON shares (clinician_id, last_entry ASC NULLS LAST, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_last_entry_desc ON shares (clinician_id, last_entry DESC NULLS LAST, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_email ON shares (clinician_id, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_email_desc ON shares (clinician_id, patient_email DESC NULLS LAST, patient_id) WHERE revoked_at IS NULL`,
    // The email search (a part of an address, anywhere in it) as a trigram index, where pg_trgm can be
    // had: PostgreSQL ships it; the embedded PGlite loads no extension, and its lists are small enough to scan.
    `DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX shares_email_trgm ON shares USING gin (patient_email gin_trgm_ops) WHERE revoked_at IS NULL;
      END IF;
    -- A role that may not create extensions, or a server without the library: no index, the same answers.
    EXCEPTION WHEN insufficient_privilege OR feature_not_supported OR undefined_file THEN
      NULL;
    END
    $$`,
  ],
  [
    // Share codes are now stored under a keyed hash (HMAC-SHA-256 with the server's secret, kept outside
    // the database). A code stored before, under a plain hash, could no longer be found: it is expired
    // here (it had at most 24 hours to live), and its patient makes a new one.
    `DELETE FROM share_codes`,
    // Failed redeems per clinician in the current window, shared by every server process.
    `CREATE TABLE redeem_failures (
      account_id uuid PRIMARY KEY REFERENCES accounts ON DELETE CASCADE,
      window_start timestamptz NOT NULL,
      failures integer NOT NULL
    )`,
  ],
  [
    // The account quota that sign-ups from one address have claimed per UTC day (issue 20): a hash of the
    // address, never the address itself; earlier days' rows are removed by the next sign-up.
    `CREATE TABLE signup_claims (
      address_hash text NOT NULL,
      day date NOT NULL,
      accounts integer NOT NULL,
      bytes bigint NOT NULL,
      PRIMARY KEY (address_hash, day)
    )`,
  ],
  [
    // The IANA zone the patient's device last sent with a sync (issue 21): the server counts the patient's
    // days in it ("today" is the patient's own date, never the server's or UTC's). Null until a device sends one.
    `ALTER TABLE accounts ADD COLUMN time_zone text`,
  ],
  [
    // A clinician's own paper for the summaries they download (issue 21): A4 or US Letter.
    `ALTER TABLE accounts ADD COLUMN paper text NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4', 'letter'))`,
  ],
  [
    // The name and date of birth a patient chose to show with a share code (issue 22): kept on the code until it
    // is redeemed, then on the share it made (a newer code for the same clinician replaces them), for that
    // clinician alone. Both go with the share: emptied when it is revoked, deleted with the patient's account.
    `ALTER TABLE share_codes ADD COLUMN display_name text`,
    `ALTER TABLE share_codes ADD COLUMN birth_date date`,
    `ALTER TABLE shares ADD COLUMN patient_display_name text`,
    `ALTER TABLE shares ADD COLUMN patient_birth_date date`,
    // What the list searches and sorts "by name" on: the name in lower case (folded by the server, the same way
    // as a search, never by the database's locale), a line break, then the email. A search cannot hold a line
    // break (core/share.ts listQuerySchema), so a part never spans the two; a patient with no name sorts by email.
    `ALTER TABLE shares ADD COLUMN patient_search text NOT NULL DEFAULT ''`,
    `UPDATE shares SET patient_search = patient_email`,
    `ALTER TABLE shares ALTER COLUMN patient_search DROP DEFAULT`,
    `CREATE INDEX shares_by_name ON shares (clinician_id, patient_search, patient_email, patient_id) WHERE revoked_at IS NULL`,
    `CREATE INDEX shares_by_name_desc ON shares (clinician_id, patient_search DESC NULLS LAST, patient_email, patient_id) WHERE revoked_at IS NULL`,
    // The search's trigram index moves from the email to the name and email together (migration 4's reasons).
    `DROP INDEX IF EXISTS shares_email_trgm`,
    `DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX shares_search_trgm ON shares USING gin (patient_search gin_trgm_ops) WHERE revoked_at IS NULL;
      END IF;
    EXCEPTION WHEN insufficient_privilege OR feature_not_supported OR undefined_file THEN
      NULL;
    END
    $$`,
  ],
  [
    // The operator removes a clinician (`unknot clinician remove`, issue 22): the account stays, signed out and
    // unable to sign in, so the audit log and the patients' trails keep who it was; adding the email again
    // restores it with a new set-up link. IF NOT EXISTS: this step is meant as version 10, after the patient
    // identity step (9); a database that ran it under another number is not changed twice.
    `ALTER TABLE accounts ADD COLUMN IF NOT EXISTS removed_at timestamptz`,
    // Who ended a share: the patient, or the operator by removing the clinician. Null on shares ended before
    // this step, when only the patient could.
    `ALTER TABLE shares ADD COLUMN IF NOT EXISTS ended_by text CHECK (ended_by IN ('patient', 'operator'))`,
  ],
  [
    // A list view is one read of every patient on its page: one row holding the page's patients, where it
    // was one row per patient. Fifty rows and a hundred index entries a view were four fifths of the list's
    // database time (bench/clinician); the patient's trail finds their views through the GIN index and counts
    // each as before. List reads recorded before this step stay in clinician_reads, read with the new ones.
    // A patient's erasure takes their id out of these arrays (accounts/routes.ts); a clinician's account
    // going leaves the email, as in clinician_reads.
    `CREATE TABLE IF NOT EXISTS clinician_list_reads (
      id bigserial PRIMARY KEY,
      clinician_id uuid REFERENCES accounts ON DELETE SET NULL,
      clinician_email text NOT NULL,
      patient_ids uuid[] NOT NULL CHECK (cardinality(patient_ids) > 0),
      at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX IF NOT EXISTS clinician_list_reads_patients ON clinician_list_reads USING gin (patient_ids)`,
    `CREATE INDEX IF NOT EXISTS clinician_list_reads_clinician ON clinician_list_reads (clinician_id)`,
  ],
  [
    // The language a patient chose in Settings and when (issue 24): the account keeps the latest choice any of its
    // devices sent with a sync, so another device signed in to it opens in that language. Both null until one is
    // sent; the route schema (core/sync.ts) takes only the languages the app speaks, so a new one needs no step.
    `ALTER TABLE accounts ADD COLUMN language text`,
    `ALTER TABLE accounts ADD COLUMN language_chosen_at timestamptz`,
    `ALTER TABLE accounts ADD CONSTRAINT accounts_language_chosen CHECK ((language IS NULL) = (language_chosen_at IS NULL))`,
  ],
];

/**
 * Applies the steps this database lacks. Under an advisory lock, so servers starting together
 * migrate once: the first does the work, the others wait, then find nothing left to do.
 */
export async function migrate(db: Db, steps: readonly (readonly string[])[] = migrations): Promise<void> {
  await db.withAdvisoryLock(MIGRATION_LOCK, async (sql) => {
    await sql.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = await sql.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(done.map((r) => Number(r.version)));
    for (const [i, step] of steps.entries()) {
      const version = i + 1;
      if (applied.has(version)) continue;
      await sql.query('BEGIN');
      try {
        for (const statement of step) await sql.query(statement);
        await sql.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
        await sql.query('COMMIT');
      } catch (error) {
        await sql.query('ROLLBACK');
        throw error;
      }
    }
  });
}
