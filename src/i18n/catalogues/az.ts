// Azərbaycanca interfeys (latın əlifbası). Açarlar en.ts ilə eynidir (kompilyator yoxlayır);
// cəm formaları CLDR üzrə: one və other (saydan sonra isim təkdə qalır: "3 annotasiya").
import type { Catalogue } from "../catalogue.ts";

const az: Catalogue = {
  "app.title": "Orta Dəhliz xəritəsi",
  "app.subtitle":
    "Çindən Avropaya dəmir yolu, dəniz, kabel və boru kəməri əlaqələri və mənbələrin onlar haqqında yazdıqları",
  "app.skipToList": "Xətlərin siyahısına keç",
  "app.list": "Siyahı",
  "app.addSource": "Mənbə əlavə et",
  "app.share": "Paylaş",
  "app.export": "İxrac",
  "app.present": "Təqdimat",
  "app.language": "Dil",

  "group.transport": "Nəqliyyat",
  "group.energy": "Enerji",
  "group.telecom": "Rabitə",
  "group.trade": "Ticarət axınları",

  "kind.rail": "Dəmir yolu",
  "kind.road": "Avtomobil yolu",
  "kind.sea": "Dəniz keçidi",
  "kind.pipeline": "Neft kəməri",
  "kind.power-cable": "Elektrik kabeli",
  "kind.fiber": "Fiber-optik kabel",
  "kind.trade-flow": "Ticarət axını",

  "pattern.rail": "bütöv",
  "pattern.road": "cüt ştrix",
  "pattern.sea": "qırıq",
  "pattern.pipeline": "ştrix-nöqtə-nöqtə",
  "pattern.power-cable": "ştrix-nöqtə",
  "pattern.fiber": "nöqtəli",
  "pattern.trade-flow": "uzun ştrix",

  "status.operational": "İstismardadır",
  "status.under-construction": "Tikilir",
  "status.agreed": "Razılaşdırılıb",
  "status.planned": "Planlaşdırılıb",
  "status.proposed": "Təklif olunub",
  "status.none": "Hələ təklif olunmayıb",

  "role.main": "Əsas marşrut",
  "role.branch": "Əsas marşrutun qolu",
  "role.variant": "Marşrut variantı",
  "role.alternative": "Alternativ marşrut",

  "nodeKind.port": "Liman",
  "nodeKind.border-crossing": "Sərhəd keçidi",
  "nodeKind.terminal": "Terminal",
  "nodeKind.junction": "Dəmir yolu qovşağı",
  "nodeKind.city": "Şəhər",
  "nodeKind.landing-point": "Kabelin sahilə çıxışı",
  "nodeKinds.port": "Limanlar",
  "nodeKinds.border-crossing": "Sərhəd keçidləri",
  "nodeKinds.terminal": "Terminallar",
  "nodeKinds.junction": "Dəmir yolu qovşaqları",
  "nodeKinds.city": "Şəhərlər",
  "nodeKinds.landing-point": "Kabelin sahilə çıxış nöqtələri",

  "topic.infrastructure": "infrastruktur",
  "topic.transit": "tranzit",
  "topic.customs": "gömrük",
  "topic.energy": "enerji",
  "topic.telecom": "rabitə",
  "topic.trade": "ticarət",
  "topic.diplomacy": "diplomatiya",
  "topic.logistics": "logistika",

  "legend.region": "Şərti işarələr və laylar",
  "legend.heading": "Şərti işarələr",
  "legend.compact": "Şərti işarələr",
  "legend.show": "Göstər",
  "legend.hide": "Gizlət",
  "legend.patternLine": "{pattern} xətt",
  "legend.built": "tikilib",
  "legend.unbuilt": "planlaşdırılıb və ya razılaşdırılıb (açıq rəngdə)",
  "legend.unbuiltShort": "planlaşdırılıb və ya razılaşdırılıb",

  "list.segments": "Xətlər",
  "list.filling": { one: "{count} xətt siyahıya alınır…", other: "{count} xətt siyahıya alınır…" },
  "list.allOff": "Bütün laylar söndürülüb. Şərti işarələrdən birini yandırın.",
  "list.places": "Məntəqələr",
  "list.placesCount": "Məntəqələr ({count})",
  "list.annotationCount": { one: "{count} annotasiya", other: "{count} annotasiya" },

  "details.segment": "Xətt haqqında",
  "details.place": "Məntəqə haqqında",
  "details.close": "Məlumatı bağla",
  "details.expand": "Məlumatı genişləndir",
  "details.collapse": "Məlumatı yığ",
  "details.kind": "Növ",
  "details.status": "Vəziyyət",
  "details.role": "Rol",
  "details.route": "Marşrut",
  "details.flow": "Axın",
  "details.countries": "Ölkələr",
  "details.country": "Ölkə",
  "details.length": "Uzunluq",
  "details.alongLine": "xəritədəki xətt boyunca",
  "details.published": "Dərc olunan",
  "details.routeFrom": "Buradan marşrut",
  "details.routeTo": "Bura marşrut",
  "details.asOf": "{date} tarixinə",
  "details.asToday": ", bu gün də belədir",
  "details.today": "; bu gün",
  "details.selectedSegment": {
    one: "Seçilmiş xətt: {name}. {count} annotasiya.",
    other: "Seçilmiş xətt: {name}. {count} annotasiya.",
  },
  "details.selectedPlace": "Seçilmiş məntəqə: {name}.",

  "history.heading": "Tarixçə",
  "history.target": "Hədəf: ",
  "history.now": " (göstərilən tarixə)",
  "history.later": " (sonra)",

  "annotations.heading": "Mənbələr nə yazır ({count})",
  "annotations.headingFiltered": "Mənbələr nə yazır ({count} annotasiyadan {shown})",
  "annotations.topic": "Mövzu",
  "annotations.source": "Mənbə",
  "annotations.all": "hamısı",
  "annotations.none": "Hələ heç bir məqalə bundan bəhs etmir.",
  "annotations.noMatch": "Bu filtrlərə uyğun annotasiya yoxdur.",
  "annotation.label": "Annotasiya: {topic}",
  "annotation.draftLabel": "Annotasiya qaralaması: {topic}",
  "annotation.draft": "Qaralama",
  "annotation.readInSource": "Mənbədə oxu",
  "annotation.original": "Orijinal məqalə",
  "annotation.noUrl": " (açıq keçid məlum deyil)",
  "annotation.edit": "Redaktə et",
  "annotation.editLabel": "Bu annotasiyanı redaktə et ({outlet}, {date})",
  "annotation.inEnglish": "(ingiliscə)",

  "facts.heading": "Faktlar və onların mənbələri",
  "facts.differ": "mənbələr fərqlidir",
  "link.newTab": " (yeni vərəqdə açılır)",
  "ref.source": "mənbə",

  "date.months": "yan,fev,mar,apr,may,iyn,iyl,avq,sen,okt,noy,dek",
  "date.monthsAlone": "yan,fev,mar,apr,may,iyn,iyl,avq,sen,okt,noy,dek",
  "date.day": "{day} {month} {year}",
  "date.month": "{month} {year}",
  "date.year": "{year}",
  "number.group": ".",
  "number.decimal": ",",
  "unit.km": "{km} km",
  "date.yearInferred": "{date} (il təxminidir)",

  "timeline.region": "Zaman şkalası",
  "timeline.asOfLabel": "Tarixə",
  "timeline.asOf": "{date} tarixinə",
  "timeline.todayTag": " (bu gün)",
  "timeline.today": "Bu gün",
  "timeline.play": "Oynat",
  "timeline.pause": "Fasilə",
  "timeline.speed": "Sürət",
  "timeline.slow": "Yavaş",
  "timeline.normal": "Normal",
  "timeline.fast": "Sürətli",
  "timeline.changesSince": "Dəyişikliklər…",
  "timeline.afterToday": "Bu gündən sonra: yalnız hədəflər. ",
  "timeline.target": "hədəf: ",
  "timeline.more": "; və daha {count}",
  "timeline.beforeFirst": "Qeydə alınmış ilk hadisədən əvvəl.",
  "timeline.article": "Məqalə: {outlet}, {title}",
  "timeline.toggle": "Zaman şkalası",
  "since.label": "Bu tarixdən bəri dəyişikliklər",
  "since.show": "Göstər",
  "since.cancel": "Ləğv et",
  "since.error": "Tarixi İİİİ-AA-GG, İİİİ-AA və ya İİİİ şəklində yazın.",
  "badge.asOf": "Tarix:",
  "badge.changesSince": "{date} tarixindən bəri dəyişikliklər qeyd olunub",

  "changes.region": "Nə dəyişib",
  "changes.heading": "Bu tarixdən bəri nə dəyişib:",
  "changes.close": "Bağla",
  "changes.today": "bu gün",
  "changes.nothing": "O vaxtdan {to} qədər heç nə qeydə alınmayıb.",
  "changes.events": { one: "{count} hadisə", other: "{count} hadisə" },
  "changes.features": { one: "{count} xətt və ya məntəqədə", other: "{count} xətt və məntəqədə" },
  "changes.summary": "{features} {events} (son tarix: {to}); xətlər xəritədə qeyd olunub.",
  "changes.notYetProposed": "hələ təklif olunmayıb",

  "reader.kicker": "Mənbə məqalə",
  "reader.kickerDraft": "Mənbə məqalə · Qaralama (yalnız bu brauzerdə)",
  "reader.outlet": "Nəşr",
  "reader.date": "Tarix",
  "reader.dateline": "Yer və tarix",
  "reader.title": "Başlıq",
  "reader.lede": "Başlıq məlum deyil; başlıq əvəzinə girişin ilk sözləri verilib.",
  "reader.headline": "Dərc olunduğu kimi başlıq.",
  "reader.address": "Ünvan",
  "reader.notLinked": "(veb ünvan olmadığı üçün keçid verilməyib)",
  "reader.notKnown": "məlum deyil",
  "reader.republished": "Təkrar dərc olunub",
  "reader.link": "keçid",
  "reader.loading": "Məqalə yüklənir…",
  "reader.highlighted": {
    one: "Seçilənlər: xəritədə sitat gətirilən hissələr ({count} annotasiya). Nəşrin son sətirdəki reklamı çıxarılıb.",
    other:
      "Seçilənlər: xəritədə sitat gətirilən hissələr ({count} annotasiya). Nəşrin son sətirdəki reklamı çıxarılıb.",
  },
  "reader.draftMark": "Annotasiya qaralamasında sitat gətirilib",

  // ── route and search ──

  // ── share and the embed builder ──

  // ── export: figures, print, downloads, video ──

  // ── present mode and key help ──

  // ── content: tour, facts, history ──

  // ── overview ──

  // ── app shell: title, errors, embeds, timeline leftovers ──

  // ── still embed ──

  // ── editor ──

  // ── map labels and map controls ──
  "map.zoomIn": "Yaxınlaşdır",
  "map.zoomOut": "Uzaqlaşdır",
  "map.resetBearing": "Şimalı yuxarı qaytar",
  "map.toggleAttribution": "Mənbələri göstər və ya gizlət",
  "map.feedback": "Xəritə ilə bağlı rəy",
  "map.title": "Xəritə",
  "map.scaleKm": "km",
  "map.scaleM": "m",
  "map.canvasLabel": "Orta Dəhlizin xəritəsi. Hissə seçmək üçün hissələr siyahısından istifadə edin.",
  "map.dataCredit": "Dəhliz məlumatları: mənbələr hər hissədə göstərilib",
  "map.noWebgl.title": "İnteraktiv xəritəni bu brauzerdə göstərmək mümkün deyil",
  "map.noWebgl.body":
    "(WebGL lazımdır, burada isə o söndürülüb və ya yoxdur). Aşağıda eyni məlumatlar əsasında çəkilmiş statik icmal var.",
  "map.noWebgl.click": "Təfərrüatları və mənbələri oxumaq üçün xəttin üzərinə klikləyin.",
};

export default az;
