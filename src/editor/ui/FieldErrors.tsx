// The data check's messages for one field, beside it: the same words as `npm run check:data`
// (file, entry, field), so what the page says and what the command says never differ.
import type { DataError } from "../../data/dataErrors.ts";
import { formatDataError } from "../../data/dataErrors.ts";

export function FieldErrors({ id, errors }: { id: string; errors: readonly DataError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((e) => (
        <li key={formatDataError(e)}>
          {e.message} <span className="field-error-where">({formatDataError(e).split(": ")[0]})</span>
        </li>
      ))}
    </ul>
  );
}

/** Props that tie an input to its messages: described by them, and invalid while there are any. */
export function invalidProps(id: string, errors: readonly DataError[]) {
  return errors.length > 0 ? { "aria-invalid": true as const, "aria-describedby": id } : {};
}
