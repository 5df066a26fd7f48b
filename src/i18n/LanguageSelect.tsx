// The one select of languages, each named in itself (the header's menu and the embed builder's):
// a native select, so it is labelled, keyboard-accessible and the platform's own picker on phones.
import { isLang, LANGUAGES, type Lang } from "./languages.ts";

export function LanguageSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Lang;
  onChange: (lang: Lang) => void;
}) {
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => {
        if (isLang(e.target.value)) onChange(e.target.value);
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.nativeName}
        </option>
      ))}
    </select>
  );
}
