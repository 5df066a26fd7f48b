// The date the map shows: the store's as-of date, or today when none is set.
import { useMemo } from "react";
import { useAppStore } from "../../state/StoreContext.tsx";
import { type DayDate, dayDate, today } from "../../time/dates.ts";

export interface ShownDay extends DayDate {
  /** True when no other date is asked for: the map shows today. */
  isToday: boolean;
}

export function useShownDay(): ShownDay {
  const asOf = useAppStore((s) => s.asOf);
  return useMemo(() => (asOf ? { ...asOf, isToday: false } : { ...dayDate(today()), isToday: true }), [asOf]);
}
