// Facts from outside the articles, each with its own reference and, where dated, its date.
// Facts that share a label but come from different sources are shown together, marked as
// disagreeing, so the reader sees both figures.
import { useId } from "react";
import type { Fact } from "../../data/schema.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { DataEnglish, InEnglish, LocalText } from "../../i18n/LocalText.tsx";
import { DEFAULT_LANG } from "../../i18n/languages.ts";
import { localText } from "../../i18n/localText.ts";
import { formatDate } from "../../ui/format.ts";
import { RefLinks } from "./RefLinks.tsx";

function groupByLabel(facts: readonly Fact[]): [string, Fact[]][] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) groups.set(f.label, [...(groups.get(f.label) ?? []), f]);
  return [...groups.entries()];
}

function FactValue({ fact }: { fact: Fact }) {
  const { formats } = useI18n();
  return (
    <>
      <DataEnglish>{fact.value}</DataEnglish>
      {fact.date && fact.datePrecision && (
        <span className="fact-date">
          {" "}
          (<time dateTime={fact.date}>{formatDate(fact.date, fact.datePrecision, formats)}</time>)
        </span>
      )}{" "}
      <RefLinks reference={fact.ref} />
    </>
  );
}

export function FactList({ facts }: { facts: readonly Fact[] }) {
  const headingId = useId();
  const { t, lang } = useI18n();
  if (facts.length === 0) return null;
  return (
    <section className="facts" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t("facts.heading")}
        {/* The values and notes are the data's English: one marker for the section. */}
        {lang !== DEFAULT_LANG && <InEnglish />}
      </h3>
      <dl>
        {groupByLabel(facts).map(([label, group]) => {
          const differ = group.length > 1 && new Set(group.map((f) => f.value)).size > 1;
          // The label in the reader's language from the first fact of the group that has it.
          const labels = group.find((f) => f.labels?.[lang as keyof typeof f.labels])?.labels;
          return (
            <div key={label} className="fact">
              <dt>
                <LocalText shown={localText(label, labels, lang)} />
                {differ && <span className="fact-differ">{t("facts.differ")}</span>}
              </dt>
              <dd>
                {group.length === 1 && group[0] ? (
                  <FactValue fact={group[0]} />
                ) : (
                  <ul className="fact-variants">
                    {group.map((f) => (
                      <li key={`${f.value}|${f.ref.url ?? f.ref.note}`}>
                        <FactValue fact={f} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
