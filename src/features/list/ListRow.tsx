// One button of the segment or place list. Each row watches only whether it is itself the
// selection, so a new selection re-renders the two rows concerned, not the whole list: with a
// hundred times the data the list stays instant (npm run bench).
import { memo } from "react";
import { useAppStore, useStoreApi } from "../../state/StoreContext.tsx";
import { INTENT } from "../../state/types.ts";

export const ListRow = memo(function ListRow({
  type,
  id,
  name,
  meta,
}: {
  /** Primitive props only, so that memo can tell an unchanged row. */
  type: "segment" | "node";
  id: string;
  name: string;
  meta: string;
}) {
  const selected = useAppStore((s) => s.selection.type === type && s.selection.id === id);
  const store = useStoreApi();
  return (
    <li>
      <button
        type="button"
        className="segment-button"
        aria-current={selected ? "true" : undefined}
        onClick={() => store.getState().select({ type, id }, INTENT.choose)}
      >
        <span className="segment-name">{name}</span>
        <span className="segment-meta">{meta}</span>
      </button>
    </li>
  );
});
