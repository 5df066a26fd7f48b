// A place as the map labels it: the short English `label` ("Aktau", not "Aktau Sea Trade Port")
// in English, its name in the reader's language otherwise (the data has one for every place).
// The briefing's captions and the still overview name places as the room sees them on the map.
import { DEFAULT_LANG, type Lang } from "./languages.ts";
import { type HasNames, localName } from "./localName.ts";

export function mapLabel(place: HasNames & { label?: string | undefined }, lang: Lang): string {
  return lang === DEFAULT_LANG ? (place.label ?? place.name) : localName(place, lang);
}
