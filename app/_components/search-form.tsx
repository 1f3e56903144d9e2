export function SearchForm({ defaultValue = '' }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className="no-print">
      <label htmlFor="q" className="block text-xl font-bold">
        Or search for what you see
      </label>
      <p id="q-hint" className="mt-1 text-base text-muted">
        Paste an error message, or type a few words such as “no email” or “link expired”.
      </p>
      <div className="mt-2 flex gap-2">
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          aria-describedby="q-hint"
          autoComplete="off"
          className="min-w-0 flex-1 rounded border-2 border-ink bg-page px-3 py-2 text-ink"
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}
