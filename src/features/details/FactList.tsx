// Facts from outside the articles, each with its own reference.
import type { Fact } from "../../data/schema.ts";
import { ExternalLink } from "../../ui/ExternalLink.tsx";

export function FactList({ facts }: { facts: readonly Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <section className="facts" aria-labelledby="facts-heading">
      <h3 id="facts-heading">Facts</h3>
      <dl>
        {facts.map((f) => (
          <div key={`${f.label}:${f.value}`} className="fact">
            <dt>{f.label}</dt>
            <dd>
              {f.value}{" "}
              <span className="fact-ref">
                {f.ref.url ? <ExternalLink href={f.ref.url}>source</ExternalLink> : null}
                {f.ref.note ? <span className="fact-note"> {f.ref.note}</span> : null}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
