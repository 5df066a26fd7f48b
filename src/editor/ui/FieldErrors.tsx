// The data check's messages for one field, beside it: the same problems as `npm run check:data`
// (file, entry, field), in the reader's language (src/data/checkMessages.ts builds both), so
// what the page says and what the command says never differ.
import type { DataError } from "../../data/dataErrors.ts";
import { dataErrorMessage, dataErrorWhere, formatDataError } from "../../data/dataErrors.ts";
import { useI18n } from "../../i18n/i18nContext.ts";

export function FieldErrors({ id, errors }: { id: string; errors: readonly DataError[] }) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((e) => (
        <li key={formatDataError(e)}>
          {dataErrorMessage(e, t)} <span className="field-error-where">({dataErrorWhere(e, t)})</span>
        </li>
      ))}
    </ul>
  );
}

/** Props that tie an input to its messages: described by them, and invalid while there are any. */
export function invalidProps(id: string, errors: readonly DataError[]) {
  return errors.length > 0 ? { "aria-invalid": true as const, "aria-describedby": id } : {};
}
