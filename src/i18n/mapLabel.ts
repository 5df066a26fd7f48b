// A place as the map labels it: the short English `label` ("Aktau", not "Aktau Sea Trade Port")
// in English, its name in the reader's language otherwise (the data has one for every place).
// The briefing's captions and the still overview name places as the room sees them on the map.
import type { Lang } from "./languages.ts";
import { type HasLabel, type LocalLabels, placeLabel } from "./localLabel.ts";

export function mapLabel(place: HasLabel & LocalLabels, lang: Lang): string {
  return placeLabel(place, lang);
}
