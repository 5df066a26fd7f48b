// The basemap's names in the app's languages (src/i18n/languages.ts), written as `name_<lang>`
// beside the English `name`, only where they differ from it: the map's text expression is the
// same for every language, ["coalesce", ["get", "name_<lang>"], ["get", "name"]]
// (src/map/labelText.ts), so adding a language needs no line here unless it borrows another
// language's names. The rules:
//   cities     Natural Earth's own `name_<lang>` where the extract has that language (ru, zh);
//              Kazakh, which Natural Earth lacks, borrows the Russian form (NAME_BORROWS in
//              src/i18n/mapNames.ts; Cyrillic, as Kazakh
//              readers write foreign cities) except for the cities of Kazakhstan, which get their
//              Kazakh names from KAZAKH_CITY_NAMES (Natural Earth's Russian has Soviet forms there:
//              Уральск for Орал, Усть-Каменогорск for Өскемен). Turkish and Azerbaijani keep
//              Natural Earth's Latin `name`.
//   countries  the app's own table (src/i18n/countryNames.ts) for the corridor's countries, so
//              map and interface say the same; i18n-iso-countries for the rest.
//   water      WATER_NAMES below for the seas, lakes and rivers a reader of this map orients by
//              (the extract names water in English only); any other keeps its English name.
import { createRequire } from "node:module";
import { COUNTRY_NAMES } from "../../src/i18n/countryNames.ts";
import { languageSpec, TRANSLATED_LANGS, type TranslatedLang } from "../../src/i18n/languages.ts";
import { NAME_BORROWS } from "../../src/i18n/mapNames.ts";

type Names = Record<string, string>;

/**
 * `name_<lang>` for each language whose text differs from what the map would show without it:
 * the English, or for a language that borrows another's names (NAME_BORROWS), that one's.
 */
function localNames(english: string, pick: (lang: TranslatedLang) => string | undefined): Names {
  const out: Names = {};
  // Borrowed-from languages first, so a borrower can compare with them.
  const order = [...TRANSLATED_LANGS].sort((a, b) => Number(a in NAME_BORROWS) - Number(b in NAME_BORROWS));
  for (const lang of order) {
    const text = pick(lang)?.trim();
    const borrowed = NAME_BORROWS[lang];
    const without = (borrowed ? out[`name_${borrowed}`] : undefined) ?? english;
    if (text && text !== without) out[`name_${lang}`] = text;
  }
  const sorted: Names = {};
  for (const lang of TRANSLATED_LANGS) {
    const text = out[`name_${lang}`];
    if (text) sorted[`name_${lang}`] = text;
  }
  return sorted;
}

/** Kazakh names of Kazakhstan's cities, by Natural Earth's English name (name_en). */
export const KAZAKH_CITY_NAMES: Readonly<Record<string, string>> = {
  Almaty: "Алматы",
  Astana: "Астана",
  Shymkent: "Шымкент",
  Karaganda: "Қарағанды",
  Taraz: "Тараз",
  Pavlodar: "Павлодар",
  Oskemen: "Өскемен",
  Semey: "Семей",
  Kyzylorda: "Қызылорда",
  Aktobe: "Ақтөбе",
  Kostanay: "Қостанай",
  Petropavl: "Петропавл",
  Oral: "Орал",
  Atyrau: "Атырау",
  Temirtau: "Теміртау",
  Aktau: "Ақтау",
  Kokshetau: "Көкшетау",
  Ekibastuz: "Екібастұз",
  Rudniy: "Рудный",
  Jezkazgan: "Жезқазған",
  Turkistan: "Түркістан",
  Taldykorgan: "Талдықорған",
  Balkhash: "Балқаш",
  Sarkand: "Сарқант",
  Kentau: "Кентау",
};

/**
 * Cities Natural Earth names in an English or foreign form where the language has its own, by
 * Natural Earth's English name: Azerbaijan's cities in Azerbaijani (Xankəndi for Stepanakert, as
 * Azerbaijani maps write it), and Turkish forms of Turkey's. Others keep the rules above.
 */
const LOCAL_CITY_NAMES: Partial<Record<TranslatedLang, Readonly<Record<string, string>>>> = {
  az: {
    Ganja: "Gəncə",
    Sumqayit: "Sumqayıt",
    Nakhchivan: "Naxçıvan",
    Shaki: "Şəki",
    Lankaran: "Lənkəran",
    Stepanakert: "Xankəndi",
    Yevlakh: "Yevlax",
    Goychay: "Göyçay",
    Qabala: "Qəbələ",
    Goranboy: "Goranboy",
    Istanbul: "İstanbul",
    Antioch: "Antakya",
  },
  tr: { Istanbul: "İstanbul", Antioch: "Antakya", Nakhchivan: "Nahçıvan", Ganja: "Gence" },
};

/** A city's names, from its Natural Earth properties (`name_ru`, `country` …), by the rules above. */
export function cityNames(english: string, place: object): Names {
  const p = place as Record<string, unknown>;
  const field = (key: string) => (typeof p[key] === "string" ? (p[key] as string) : undefined);
  const ne = (lang: string) => field(`name_${lang}`);
  return localNames(english, (lang) => {
    if (lang === "kk" && field("country") === "KZ") {
      const kazakh = KAZAKH_CITY_NAMES[field("name_en") ?? english];
      if (kazakh) return kazakh;
    }
    const own = LOCAL_CITY_NAMES[lang]?.[field("name_en") ?? english];
    if (own) return own;
    const borrowed = NAME_BORROWS[lang];
    return ne(lang) ?? (borrowed ? ne(borrowed) : undefined);
  });
}

type CountryFile = { countries: Record<string, string | string[]> };
const require = createRequire(import.meta.url);
const countryFiles = new Map<string, CountryFile>();
function countryFile(lang: string): CountryFile {
  let file = countryFiles.get(lang);
  if (!file) {
    file = require(`i18n-iso-countries/langs/${lang}.json`) as CountryFile;
    countryFiles.set(lang, file);
  }
  return file;
}

/** Where the package's first name is not what a map says: the long official form. */
const MAP_COUNTRY_NAMES: Partial<Record<TranslatedLang, Record<string, string>>> = {
  ru: { RU: "Россия", KP: "КНДР", KR: "Южная Корея" },
  kk: { MK: "Солтүстік Македония" },
  tr: { BY: "Belarus", CZ: "Çekya" },
};

/** A country's names: the app's table, else the package's first name for it. */
export function countryNames(english: string, iso2: string): Names {
  return localNames(english, (lang) => {
    const own = COUNTRY_NAMES[lang]?.[iso2] ?? MAP_COUNTRY_NAMES[lang]?.[iso2];
    if (own) return own;
    const given = countryFile(lang).countries[iso2];
    return Array.isArray(given) ? given[0] : given;
  });
}

/**
 * A country label's capitals where the language's own rules differ from plain upper-casing
 * (Turkish and Azerbaijani dotted İ: "Çin" is "ÇİN"), as `upper_<lang>`; MapLibre's `upcase`
 * does the rest.
 */
export function upperNames(names: Names): Names {
  const out: Names = {};
  for (const lang of TRANSLATED_LANGS) {
    const borrowed = NAME_BORROWS[lang];
    const text = names[`name_${lang}`] ?? (borrowed ? names[`name_${borrowed}`] : undefined);
    if (!text) continue;
    const upper = text.toLocaleUpperCase(languageSpec(lang).locale);
    if (upper !== text.toUpperCase()) out[`upper_${lang}`] = upper;
  }
  return out;
}

/** Seas, lakes and rivers the corridor's reader orients by, in each language (by English name). */
const WATER_NAMES: Readonly<Record<string, Readonly<Partial<Record<TranslatedLang, string>>>>> = {
  "Caspian Sea": {
    ru: "Каспийское море",
    tr: "Hazar Denizi",
    az: "Xəzər dənizi",
    kk: "Каспий теңізі",
    zh: "里海",
  },
  "Black Sea": { ru: "Чёрное море", tr: "Karadeniz", az: "Qara dəniz", kk: "Қара теңіз", zh: "黑海" },
  "Mediterranean Sea": {
    ru: "Средиземное море",
    tr: "Akdeniz",
    az: "Aralıq dənizi",
    kk: "Жерорта теңізі",
    zh: "地中海",
  },
  "Aral Sea": { ru: "Аральское море", tr: "Aral Gölü", az: "Aral dənizi", kk: "Арал теңізі", zh: "咸海" },
  "Sea of Marmara": {
    ru: "Мраморное море",
    tr: "Marmara Denizi",
    az: "Mərmərə dənizi",
    kk: "Мәрмәр теңізі",
    zh: "马尔马拉海",
  },
  "Sea of Azov": {
    ru: "Азовское море",
    tr: "Azak Denizi",
    az: "Azov dənizi",
    kk: "Азов теңізі",
    zh: "亚速海",
  },
  "Aegean Sea": { ru: "Эгейское море", tr: "Ege Denizi", az: "Egey dənizi", kk: "Эгей теңізі", zh: "爱琴海" },
  "Persian Gulf": {
    ru: "Персидский залив",
    tr: "Basra Körfezi",
    az: "Fars körfəzi",
    kk: "Парсы шығанағы",
    zh: "波斯湾",
  },
  "Yellow Sea": { ru: "Жёлтое море", tr: "Sarı Deniz", az: "Sarı dəniz", kk: "Сары теңіз", zh: "黄海" },
  "Bo Hai": {
    ru: "Бохайский залив",
    tr: "Bohai Denizi",
    az: "Bohay körfəzi",
    kk: "Бохай шығанағы",
    zh: "渤海",
  },
  "East China Sea": {
    ru: "Восточно-Китайское море",
    tr: "Doğu Çin Denizi",
    az: "Şərqi Çin dənizi",
    kk: "Шығыс Қытай теңізі",
    zh: "东海",
  },
  Bosporus: { ru: "Босфор", tr: "İstanbul Boğazı", az: "Bosfor", kk: "Босфор", zh: "博斯普鲁斯海峡" },
  Dardanelles: {
    ru: "Дарданеллы",
    tr: "Çanakkale Boğazı",
    az: "Dardanel",
    kk: "Дарданелл",
    zh: "达达尼尔海峡",
  },
  "Garabogaz Bay": {
    ru: "Кара-Богаз-Гол",
    tr: "Karabogaz Körfezi",
    az: "Qaraboğazgöl",
    kk: "Қарабұғаз шығанағы",
    zh: "卡拉博加兹戈尔湾",
  },
  "Lake Balkhash": {
    ru: "Балхаш",
    tr: "Balkaş Gölü",
    az: "Balxaş gölü",
    kk: "Балқаш көлі",
    zh: "巴尔喀什湖",
  },
  "Lake Sevan": { ru: "Севан", tr: "Sevan Gölü", az: "Sevan gölü", kk: "Севан көлі", zh: "塞凡湖" },
  "Lake Van": { ru: "Ван", tr: "Van Gölü", az: "Van gölü", kk: "Ван көлі", zh: "凡湖" },
  "Lake Urmia": { ru: "Урмия", tr: "Urmiye Gölü", az: "Urmiya gölü", kk: "Урмия көлі", zh: "乌尔米耶湖" },
  "Issyk-Kul": { ru: "Иссык-Куль", tr: "Issık Göl", az: "İssıqgöl", kk: "Ыстықкөл", zh: "伊塞克湖" },
  "Lake Zaysan": { ru: "Зайсан", tr: "Zaysan Gölü", az: "Zaysan gölü", kk: "Зайсан көлі", zh: "斋桑湖" },
  "Kapchagay Reservoir": {
    ru: "Капчагайское водохранилище",
    tr: "Kapçagay Barajı",
    az: "Qapçaqay su anbarı",
    kk: "Қапшағай бөгені",
    zh: "卡普恰盖水库",
  },
  "Mingevir Reservoir": {
    ru: "Мингечаурское водохранилище",
    tr: "Mingeçevir Barajı",
    az: "Mingəçevir su anbarı",
    kk: "Мингечаур су қоймасы",
    zh: "明盖恰乌尔水库",
  },
  "Syr Darya": { ru: "Сырдарья", tr: "Seyhun", az: "Sırdərya", kk: "Сырдария", zh: "锡尔河" },
  "Amu Darya": { ru: "Амударья", tr: "Ceyhun", az: "Amudərya", kk: "Әмудария", zh: "阿姆河" },
  Volga: { ru: "Волга", tr: "İdil", az: "Volqa", kk: "Еділ", zh: "伏尔加河" },
  Ural: { ru: "Урал", tr: "Ural", az: "Ural", kk: "Жайық", zh: "乌拉尔河" },
  Ili: { ru: "Или", tr: "İli", az: "İli", kk: "Іле", zh: "伊犁河" },
  Irtysh: { ru: "Иртыш", tr: "İrtiş", az: "İrtış", kk: "Ертіс", zh: "额尔齐斯河" },
  Kura: { ru: "Кура", tr: "Kura", az: "Kür", kk: "Кура", zh: "库拉河" },
  Aras: { ru: "Аракс", tr: "Aras", az: "Araz", kk: "Аракс", zh: "阿拉斯河" },
  Danube: { ru: "Дунай", tr: "Tuna", az: "Dunay", kk: "Дунай", zh: "多瑙河" },
  Euphrates: { ru: "Евфрат", tr: "Fırat", az: "Fərat", kk: "Евфрат", zh: "幼发拉底河" },
  Tigris: { ru: "Тигр", tr: "Dicle", az: "Dəclə", kk: "Тигр", zh: "底格里斯河" },
  Yangtze: { ru: "Янцзы", tr: "Yangtze", az: "Yantszı", kk: "Янцзы", zh: "长江" },
  Yellow: { ru: "Хуанхэ", tr: "Sarı Irmak", az: "Xuanxe", kk: "Хуанхэ", zh: "黄河" },
};

/** A sea's, lake's or river's names. */
export function waterNames(english: string): Names {
  const known = WATER_NAMES[english];
  return known ? localNames(english, (lang) => known[lang]) : {};
}
