import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { clinicianWords } from '#words';
import {
  type Filter,
  filters,
  type PatientList as List,
  type ListQuery,
  type PatientRow,
  type SortKey,
} from '../../core/share.ts';
import { announce } from '../announce.ts';
import { ApiProblem, call } from '../api.ts';

const t = clinicianWords.dashboard;

/** The table's columns, each sorting by its key: the Patient column by the name shown (else the email). */
const columns: { key: SortKey; label: string }[] = [
  { key: 'name', label: t.columns.patient },
  { key: 'urgency', label: t.columns.urgency },
  { key: 'warning', label: t.columns.warning },
  { key: 'notImproving', label: t.columns.notImproving },
  { key: 'days', label: t.columns.days },
  { key: 'lastEntry', label: t.columns.lastEntry },
];

/** The list's query as sent: every field but an empty search. */
function sentQuery(q: ListQuery) {
  return { sort: q.sort, dir: q.dir, filter: q.filter, page: String(q.page), ...(q.q ? { q: q.q } : {}) };
}

/** The "Sort by" field's choices (where the cards hide the column headers): every column, then the email. */
const sortChoices: { key: SortKey; label: string }[] = [...columns, { key: 'email', label: t.sortEmail }];

/** Each cell names its column, so a row still reads as a card where the table is too narrow for its header. */
const label = (key: SortKey) => columns.find((c) => c.key === key)?.label;

/**
 * An email address that may wrap only after its @ and before a dot, never inside a word: the table's cells
 * break at spaces and at these <wbr>s alone (clinician.css: overflow-wrap normal).
 */
function BreakableEmail({ email }: { email: string }) {
  const parts = email.split(/(?<=@)|(?=\.)/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/**
 * The patient as the list shows them: the name they chose to show, with the email beneath (and the date of birth
 * when they gave it); the email alone when they gave no name. The name (or email) is the row's link.
 */
function Who({ row, tabIndex }: { row: PatientRow; tabIndex: number }) {
  const full = row.displayName ? `${row.displayName}, ${row.email}` : row.email;
  return (
    <th scope="row" class="who">
      <a href={`#patient/${row.id}`} tabIndex={tabIndex} title={full} class="name">
        {row.displayName ?? <BreakableEmail email={row.email} />}
      </a>
      {row.displayName && (
        <span class="email">
          <BreakableEmail email={row.email} />
        </span>
      )}
      {row.birthDate && <span class="born">{t.born(row.birthDate)}</span>}
    </th>
  );
}

function Flags({ row }: { row: PatientRow }) {
  const f = row.flags;
  const urgent = f.disposition === 'emergency' || f.disposition === 'urgent';
  return (
    <>
      <td data-label={label('urgency')}>
        {f.disposition ? (
          <span class={`flag ${urgent ? 'danger' : f.disposition === 'gp_soon' ? 'warn' : ''}`}>
            {t.disposition[f.disposition]}
          </span>
        ) : (
          <span class="muted">{t.noEpisode}</span>
        )}
      </td>
      <td data-label={label('warning')}>
        {f.redFlag ? (
          <span class="flag danger">{t.redFlag}</span>
        ) : f.unsureWarning ? (
          <span class="flag warn">{t.unsure}</span>
        ) : (
          t.none
        )}
      </td>
      <td data-label={label('notImproving')}>
        {f.notImproving ? <span class="flag warn">{t.notImprovingYes}</span> : t.notImprovingNo}
      </td>
      <td data-label={label('days')}>
        <span class="short">{f.days === null ? '' : t.daysSince(f.days)}</span>
      </td>
      <td data-label={label('lastEntry')}>
        {f.lastEntry ? <span class="short">{f.lastEntry}</span> : <span class="muted">{t.never}</span>}
      </td>
    </>
  );
}

function AddPatient({ onAdded }: { onAdded: () => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    setDone('');
    try {
      const r = await call('redeem', { body: { code } }, { fallback: t.failed });
      setCode('');
      setDone(t.added(r.patient.email));
      onAdded();
    } catch (err) {
      // The code stays in the field, so a typo can be fixed rather than typed again; the field is marked, not named.
      setError(err instanceof ApiProblem ? err.said : t.failed);
    }
  };
  return (
    <form onSubmit={submit} noValidate class="add" aria-labelledby="add-title">
      <h2 id="add-title">{t.addTitle}</h2>
      <div class="fields">
        <div class="field">
          <label for="share-code">{t.codeLabel}</label>
          <input
            id="share-code"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            value={code}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'code-error code-help' : 'code-help'}
            onInput={(e) => setCode((e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="primary">
          {t.addButton}
        </button>
      </div>
      <p id="code-help" class="hint">
        {t.addHelp}
      </p>
      {error && (
        <p id="code-error" class="error" role="alert">
          {error}
        </p>
      )}
      {done && <p role="status">{done}</p>}
    </form>
  );
}

const ROW_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

/** The clinician's patients: sortable by every flag, filtered, searched, paged; every control a button or a field. */
export function PatientList() {
  const [query, setQuery] = useState<Omit<ListQuery, 'q'> & { q: string }>({
    sort: 'urgency',
    dir: 'asc',
    filter: 'all',
    q: '',
    page: 0,
  });
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<Pick<ListQuery, 'sort' | 'dir'>>({ sort: 'urgency', dir: 'asc' });
  const [search, setSearch] = useState('');
  const [list, setList] = useState<List>();
  const [error, setError] = useState('');
  const [reload, setReload] = useState(0);
  // The row whose link Tab reaches (one stop for the whole list); the arrow keys move it.
  const [current, setCurrent] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    let live = true;
    call('patients', { query: sentQuery(query) }, { fallback: t.failed }).then(
      (l) => {
        if (!live) return;
        setList(l);
        setCurrent(0);
        setError('');
        announce(t.count(l.patients.length, l.total));
      },
      (err) => live && setError(err instanceof ApiProblem ? err.message : t.failed),
    );
    return () => {
      live = false;
    };
  }, [query, reload]);

  const sortBy = (key: SortKey) => {
    const dir = query.sort === key && query.dir === 'asc' ? 'desc' : 'asc';
    setSort({ sort: key, dir });
    setQuery((q) => ({ ...q, sort: key, dir, page: 0 }));
  };
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;

  /** Up and Down move between the patients' links, Home and End to the first and last; Enter opens (a link). */
  const moveBetweenRows = (e: KeyboardEvent) => {
    if (!ROW_KEYS.includes(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const links = [...(body.current?.querySelectorAll<HTMLAnchorElement>('th.who a') ?? [])];
    const at = links.indexOf(e.target as HTMLAnchorElement);
    if (at < 0 || links.length === 0) return;
    e.preventDefault();
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? links.length - 1
          : Math.min(links.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
    setCurrent(next);
    links[next]?.focus();
  };

  return (
    <div class="patient-list">
      <h1>{t.listTitle}</h1>
      <div class="band">
        <AddPatient onAdded={() => setReload((n) => n + 1)} />
        <form
          class="filters"
          aria-labelledby="find-title"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery((q) => ({ ...q, ...sort, filter, q: search.trim(), page: 0 }));
          }}
        >
          <h2 id="find-title">{t.findTitle}</h2>
          <div class="fields">
            <div class="field">
              <label for="filter">{t.filterLabel}</label>
              <select
                id="filter"
                value={filter}
                onChange={(e) => setFilter((e.target as HTMLSelectElement).value as Filter)}
              >
                {filters.map((f) => (
                  <option key={f} value={f}>
                    {t.filter[f]}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="search">{t.searchLabel}</label>
              <input
                id="search"
                type="search"
                value={search}
                onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
              />
            </div>
            {/* Where the cards hide the column headers (clinician.css), these two sort the list instead. */}
            <div class="field sort-field">
              <label for="sort">{t.sortLabel}</label>
              <select
                id="sort"
                value={sort.sort}
                onChange={(e) =>
                  setSort((s) => ({ ...s, sort: (e.target as HTMLSelectElement).value as SortKey }))
                }
              >
                {sortChoices.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
            <div class="field sort-field">
              <label for="order">{t.orderLabel}</label>
              <select
                id="order"
                value={sort.dir}
                onChange={(e) =>
                  setSort((s) => ({ ...s, dir: (e.target as HTMLSelectElement).value as ListQuery['dir'] }))
                }
              >
                <option value="asc">{t.order.asc}</option>
                <option value="desc">{t.order.desc}</option>
              </select>
            </div>
            <button type="submit">{t.apply}</button>
          </div>
        </form>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {list && (
        <>
          <p role="status" class="count">
            {t.count(list.patients.length, list.total)}
          </p>
          <div class="table-wrap">
            <table class="patients">
              <caption>{t.listCaption}</caption>
              <thead>
                <tr>
                  {columns.map((c) => {
                    const sorted = query.sort === c.key;
                    const next = sorted && query.dir === 'asc' ? 'descending' : 'ascending';
                    return (
                      <th
                        key={c.key}
                        scope="col"
                        class={c.key === 'name' ? 'who' : undefined}
                        aria-sort={sorted ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                      >
                        <button
                          type="button"
                          aria-label={t.sortBy(c.label, next)}
                          onClick={() => sortBy(c.key)}
                        >
                          {c.label}
                          {sorted ? (query.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody ref={body} onKeyDown={moveBetweenRows}>
                {list.patients.map((row, i) => (
                  <tr key={row.id}>
                    <Who row={row} tabIndex={i === Math.min(current, list.patients.length - 1) ? 0 : -1} />
                    <Flags row={row} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.total === 0 && <p>{t.empty}</p>}
          <nav class="pages" aria-label={t.pageOf(query.page + 1, pages)}>
            <button
              type="button"
              disabled={query.page === 0}
              onClick={() => setQuery((q) => ({ ...q, page: q.page - 1 }))}
            >
              {t.previous}
            </button>
            <span>{t.pageOf(query.page + 1, pages)}</span>
            <button
              type="button"
              disabled={query.page + 1 >= pages}
              onClick={() => setQuery((q) => ({ ...q, page: q.page + 1 }))}
            >
              {t.next}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
