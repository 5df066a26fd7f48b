// Where a fact or an event comes from: a "source" link (opened safely) and/or a note.
import type { Fact } from "../../data/schema.ts";
import { ExternalLink } from "../../ui/ExternalLink.tsx";

export function RefLinks({ reference }: { reference: Fact["ref"] }) {
  return (
    <span className="fact-ref">
      {reference.url ? <ExternalLink href={reference.url}>source</ExternalLink> : null}
      {reference.note ? <span className="fact-note"> {reference.note}</span> : null}
    </span>
  );
}
