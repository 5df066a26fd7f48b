// The searchbox named "Search" (PRODUCT.md): in the header, or at the top of the phones' drawer.
// It stays a searchbox (type=search) and drives the results' listbox as a combobox would:
// aria-controls and aria-activedescendant, arrows move, Enter chooses, Esc closes then clears.
import { type KeyboardEvent, useCallback, useId, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { Corridor } from "../../data/corridor.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { useStoreApi } from "../../state/StoreContext.tsx";
import { chooseResult } from "./chooseResult.ts";
import { isSearchable } from "./query.ts";
import { SearchResults } from "./SearchResults.tsx";
import type { SearchHit } from "./searchIndex.ts";
import { useSearchIndex } from "./useSearchIndex.ts";
import { useSearchKeys } from "./useSearchKeys.ts";
import "./search.css";

export function SearchBox({ corridor, inDrawer = false }: { corridor: Corridor; inDrawer?: boolean }) {
  const store = useStoreApi();
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [wanted, setWanted] = useState(false);
  const index = useSearchIndex(corridor, wanted);
  const groups = useMemo(() => index?.search(query) ?? [], [index, query]);
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const current = Math.min(active, hits.length - 1);
  const id = useId();
  const listboxId = `${id}-results`;
  const optionId = useCallback((i: number) => `${id}-option-${i}`, [id]);
  const searchable = isSearchable(query);
  const showPopup = open && searchable;
  const showList = showPopup && hits.length > 0;

  // On phones the box is in the drawer: a shortcut opens the drawer first, so it can take focus.
  const focusSearch = useCallback(() => {
    if (inDrawer && !store.getState().drawerOpen) flushSync(() => store.getState().setDrawerOpen(true));
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [inDrawer, store]);
  const getInput = useCallback(() => inputRef.current, []);
  useSearchKeys(getInput, focusSearch);

  const moveTo = (i: number) => {
    setActive(i);
    document.getElementById(optionId(i))?.scrollIntoView?.({ block: "nearest" });
  };
  const choose = (hit: SearchHit) => {
    setOpen(false);
    chooseResult(store, hit.doc);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = hits.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!showPopup) return setOpen(true);
      if (n > 0) moveTo(e.key === "ArrowDown" ? (current + 1) % n : (current - 1 + n) % n);
    } else if (e.key === "Enter") {
      const hit = hits[current];
      if (!showList || !hit) return;
      e.preventDefault();
      choose(hit);
    } else if (e.key === "Escape") {
      // First Esc closes the results, the next one clears the box; an empty box lets Esc go
      // on (on phones it closes the drawer).
      if (!showPopup && query === "") return;
      e.preventDefault();
      e.stopPropagation();
      if (showPopup) setOpen(false);
      else setQuery("");
    }
  };

  const status = !showPopup
    ? ""
    : !index
      ? t("search.loading")
      : hits.length === 0
        ? t("search.none", { query: query.trim() })
        : t("search.results", { count: hits.length });

  return (
    <search
      className={`search${inDrawer ? " search-in-drawer" : ""}`}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        aria-label={t("search.label")}
        placeholder={t("search.placeholder")}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-autocomplete="list"
        aria-controls={showList ? listboxId : undefined}
        aria-activedescendant={showList && current >= 0 ? optionId(current) : undefined}
        value={query}
        onFocus={() => setWanted(true)}
        onClick={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {showPopup && (
        // A press anywhere in the popup (an option, its scrollbar) leaves focus in the box, which
        // owns the keyboard; a blur would close the popup under the pointer.
        // biome-ignore lint/a11y/noStaticElementInteractions: the box handles keys for the whole popup
        <div
          className="search-popup"
          data-results-for={index ? query : undefined}
          onMouseDown={(e) => e.preventDefault()}
        >
          {showList ? (
            <SearchResults
              id={listboxId}
              groups={groups}
              active={current}
              optionId={optionId}
              onChoose={choose}
              onHover={setActive}
            />
          ) : (
            <p className="search-empty">{status}</p>
          )}
        </div>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </search>
  );
}
