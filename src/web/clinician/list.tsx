import { useEffect, useState } from 'preact/hooks';
import { enClinician } from '../../core/knowledge/text/en/clinician.ts';
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

const t = enClinician.dashboard;

const columns: { key: SortKey; label: string }[] = [
  { key: 'email', label: t.columns.patient },
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

/** Each cell names its column, so a row still reads as a card where the table is too narrow for its header. */
const label = (key: SortKey) => columns.find((c) => c.key === key)?.label;

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
      <td data-label={label('days')}>{f.days === null ? '' : t.daysSince(f.days)}</td>
      <td data-label={label('lastEntry')}>{f.lastEntry ?? <span class="muted">{t.never}</span>}</td>
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
    <form onSubmit={submit} noValidate class="card">
      <h2>{t.addTitle}</h2>
      <p class="muted">{t.addHelp}</p>
      <label for="share-code">{t.codeLabel}</label>
      <input
        id="share-code"
        autoComplete="off"
        autoCapitalize="characters"
        spellcheck={false}
        value={code}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'code-error' : undefined}
        onInput={(e) => setCode((e.target as HTMLInputElement).value)}
      />
      {error && (
        <p id="code-error" class="error" role="alert">
          {error}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <button type="submit" class="primary">
        {t.addButton}
      </button>
    </form>
  );
}

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

  useEffect(() => {
    let live = true;
    call('patients', { query: sentQuery(query) }, { fallback: t.failed }).then(
      (l) => {
        if (!live) return;
        setList(l);
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

  return (
    <>
      <h1>{t.title}</h1>
      <AddPatient onAdded={() => setReload((n) => n + 1)} />
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery((q) => ({ ...q, ...sort, filter, q: search.trim(), page: 0 }));
        }}
      >
        <div>
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
        <div>
          <label for="search">{t.searchLabel}</label>
          <input
            id="search"
            type="search"
            value={search}
            onInput={(e) => setSearch((e.target as HTMLInputElement).value)}
          />
        </div>
        <div>
          <label for="sort">{t.sortLabel}</label>
          <select
            id="sort"
            value={sort.sort}
            onChange={(e) =>
              setSort((s) => ({ ...s, sort: (e.target as HTMLSelectElement).value as SortKey }))
            }
          >
            {columns.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
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
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {list && (
        <>
          <p role="status">{t.count(list.patients.length, list.total)}</p>
          <div class="table-wrap">
            <table class="patients">
              <caption class="sr-only">{t.title}</caption>
              <thead>
                <tr>
                  {columns.map((c) => {
                    const sorted = query.sort === c.key;
                    const next = sorted && query.dir === 'asc' ? 'descending' : 'ascending';
                    return (
                      <th
                        key={c.key}
                        scope="col"
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
              <tbody>
                {list.patients.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <a href={`#patient/${row.id}`}>{row.email}</a>
                    </th>
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
    </>
  );
}
