// Türkçe arayüz. Anahtarlar en.ts ile aynı (derleyici denetler); çoğul biçimleri CLDR'ye göre:
// one ve other (Türkçede sayıdan sonra isim tekil kalır: "3 açıklama").
import type { Catalogue } from "../catalogue.ts";

const tr: Catalogue = {
  "app.title": "Orta Koridor Haritası",
  "app.subtitle":
    "Çin'den Avrupa'ya demiryolu, deniz, kablo ve boru hattı bağlantıları ve kaynakların onlar hakkında söyledikleri",
  "app.skipToList": "Hat listesine geç",
  "app.list": "Liste",
  "app.addSource": "Kaynak ekle",
  "app.share": "Paylaş",
  "app.export": "Dışa aktar",
  "app.present": "Sunum",
  "app.language": "Dil",

  "group.transport": "Ulaşım",
  "group.energy": "Enerji",
  "group.telecom": "Telekom",
  "group.trade": "Ticaret akışları",

  "kind.rail": "Demiryolu",
  "kind.road": "Karayolu",
  "kind.sea": "Deniz geçişi",
  "kind.pipeline": "Petrol boru hattı",
  "kind.power-cable": "Enerji kablosu",
  "kind.fiber": "Fiber optik kablo",
  "kind.trade-flow": "Ticaret akışı",

  "pattern.rail": "düz",
  "pattern.road": "çift kesikli",
  "pattern.sea": "kesikli",
  "pattern.pipeline": "çizgi-nokta-nokta",
  "pattern.power-cable": "çizgi-nokta",
  "pattern.fiber": "noktalı",
  "pattern.trade-flow": "uzun kesikli",

  "status.operational": "İşletmede",
  "status.under-construction": "Yapım aşamasında",
  "status.agreed": "Üzerinde anlaşıldı",
  "status.planned": "Planlandı",
  "status.proposed": "Önerildi",
  "status.none": "Henüz önerilmedi",

  "role.main": "Ana güzergâh",
  "role.branch": "Ana güzergâhın kolu",
  "role.variant": "Güzergâh varyantı",
  "role.alternative": "Alternatif güzergâh",

  "nodeKind.port": "Liman",
  "nodeKind.border-crossing": "Sınır kapısı",
  "nodeKind.terminal": "Terminal",
  "nodeKind.junction": "Demiryolu kavşağı",
  "nodeKind.city": "Şehir",
  "nodeKind.landing-point": "Kablo iniş noktası",
  "nodeKinds.port": "Limanlar",
  "nodeKinds.border-crossing": "Sınır kapıları",
  "nodeKinds.terminal": "Terminaller",
  "nodeKinds.junction": "Demiryolu kavşakları",
  "nodeKinds.city": "Şehirler",
  "nodeKinds.landing-point": "Kablo iniş noktaları",

  "topic.infrastructure": "altyapı",
  "topic.transit": "transit",
  "topic.customs": "gümrük",
  "topic.energy": "enerji",
  "topic.telecom": "telekomünikasyon",
  "topic.trade": "ticaret",
  "topic.diplomacy": "diplomasi",
  "topic.logistics": "lojistik",

  "legend.region": "Lejant ve katmanlar",
  "legend.heading": "Lejant",
  "legend.compact": "Lejant",
  "legend.show": "Göster",
  "legend.hide": "Gizle",
  "legend.patternLine": "{pattern} çizgi",
  "legend.built": "tamamlandı",
  "legend.unbuilt": "planlandı veya anlaşıldı (daha açık)",
  "legend.unbuiltShort": "planlandı veya anlaşıldı",

  "list.segments": "Hatlar",
  "list.filling": { one: "{count} hat listeleniyor…", other: "{count} hat listeleniyor…" },
  "list.allOff": "Tüm katmanlar kapalı. Lejanttan birini açın.",
  "list.places": "Yerler",
  "list.placesCount": "Yerler ({count})",
  "list.annotationCount": { one: "{count} açıklama", other: "{count} açıklama" },

  "details.segment": "Hat ayrıntıları",
  "details.place": "Yer ayrıntıları",
  "details.close": "Ayrıntıları kapat",
  "details.expand": "Ayrıntıları genişlet",
  "details.collapse": "Ayrıntıları daralt",
  "details.kind": "Tür",
  "details.status": "Durum",
  "details.role": "Rol",
  "details.route": "Güzergâh",
  "details.flow": "Akış",
  "details.countries": "Ülkeler",
  "details.country": "Ülke",
  "details.length": "Uzunluk",
  "details.alongLine": "haritadaki çizgi boyunca",
  "details.published": "Yayımlanan",
  "details.routeFrom": "Buradan rota",
  "details.routeTo": "Buraya rota",
  "details.asOf": "{date} itibarıyla",
  "details.asToday": ", bugünkü gibi",
  "details.today": "; bugün",
  "details.selectedSegment": {
    one: "Seçilen hat: {name}. {count} açıklama.",
    other: "Seçilen hat: {name}. {count} açıklama.",
  },
  "details.selectedPlace": "Seçilen yer: {name}.",

  "history.heading": "Geçmiş",
  "history.target": "Hedef: ",
  "history.now": " (gösterilen tarih itibarıyla)",
  "history.later": " (daha sonra)",

  "annotations.heading": "Kaynaklar ne diyor ({count})",
  "annotations.headingFiltered": "Kaynaklar ne diyor ({count} içinden {shown})",
  "annotations.topic": "Konu",
  "annotations.source": "Kaynak",
  "annotations.all": "tümü",
  "annotations.none": "Henüz hiçbir kaynak makale bundan söz etmiyor.",
  "annotations.noMatch": "Bu filtrelere uyan açıklama yok.",
  "annotation.label": "Açıklama: {topic}",
  "annotation.draftLabel": "Taslak açıklama: {topic}",
  "annotation.draft": "Taslak",
  "annotation.readInSource": "Kaynakta oku",
  "annotation.original": "Orijinal makale",
  "annotation.noUrl": " (bilinen herkese açık bağlantı yok)",
  "annotation.edit": "Düzenle",
  "annotation.editLabel": "Bu açıklamayı düzenle ({outlet}, {date})",
  "annotation.inEnglish": "(İngilizce)",

  "facts.heading": "Bilgiler ve kaynakları",
  "facts.differ": "kaynaklar farklı",
  "link.newTab": " (yeni sekmede açılır)",
  "ref.source": "kaynak",

  "date.months": "Oca,Şub,Mar,Nis,May,Haz,Tem,Ağu,Eyl,Eki,Kas,Ara",
  "date.monthsAlone": "Oca,Şub,Mar,Nis,May,Haz,Tem,Ağu,Eyl,Eki,Kas,Ara",
  "date.day": "{day} {month} {year}",
  "date.month": "{month} {year}",
  "date.year": "{year}",
  "number.group": ".",
  "number.decimal": ",",
  "unit.km": "{km} km",
  "date.yearInferred": "{date} (yıl tahminî)",

  "timeline.region": "Zaman çizelgesi",
  "timeline.asOfLabel": "Tarih itibarıyla",
  "timeline.asOf": "{date} itibarıyla",
  "timeline.todayTag": " (bugün)",
  "timeline.today": "Bugün",
  "timeline.play": "Oynat",
  "timeline.pause": "Duraklat",
  "timeline.speed": "Hız",
  "timeline.slow": "Yavaş",
  "timeline.normal": "Normal",
  "timeline.fast": "Hızlı",
  "timeline.changesSince": "Değişenler…",
  "timeline.afterToday": "Bugünden sonrası: yalnızca hedefler. ",
  "timeline.target": "hedef: ",
  "timeline.more": "; ve {count} tane daha",
  "timeline.beforeFirst": "Kayıtlı ilk olaydan önce.",
  "timeline.article": "Makale: {outlet}, {title}",
  "timeline.toggle": "Zaman çizelgesi",
  "since.label": "Şu tarihten beri değişenler",
  "since.show": "Göster",
  "since.cancel": "İptal",
  "since.error": "Tarihi YYYY-AA-GG, YYYY-AA veya YYYY biçiminde girin.",
  "badge.asOf": "Tarih:",
  "badge.changesSince": "{date} sonrasındaki değişiklikler işaretli",

  "changes.region": "Neler değişti",
  "changes.heading": "Şu tarihten beri neler değişti:",
  "changes.close": "Kapat",
  "changes.today": "bugün",
  "changes.nothing": "O tarihten bu yana ({to}) kayıtlı bir şey yok.",
  "changes.events": { one: "{count} olay", other: "{count} olay" },
  "changes.features": { one: "{count} hat veya yerde", other: "{count} hat ve yerde" },
  "changes.summary": "{features} {events} (bitiş: {to}); hatlar haritada işaretli.",
  "changes.notYetProposed": "henüz önerilmedi",

  "reader.kicker": "Kaynak makale",
  "reader.kickerDraft": "Kaynak makale · Taslak (yalnızca bu tarayıcıda)",
  "reader.outlet": "Yayın organı",
  "reader.date": "Tarih",
  "reader.dateline": "Yer ve tarih",
  "reader.title": "Başlık",
  "reader.lede": "Başlık bilinmiyor; başlık yerine girişin ilk sözcükleri kullanıldı.",
  "reader.headline": "Yayımlandığı şekliyle başlık.",
  "reader.address": "Adres",
  "reader.notLinked": "(web adresi olmadığı için bağlantı verilmedi)",
  "reader.notKnown": "bilinmiyor",
  "reader.republished": "Yeniden yayımlandı",
  "reader.link": "bağlantı",
  "reader.loading": "Makale yükleniyor…",
  "reader.highlighted": {
    one: "Vurgulananlar: haritada alıntılanan bölümler ({count} açıklama). Yayıncının son satırdaki tanıtımı çıkarıldı.",
    other:
      "Vurgulananlar: haritada alıntılanan bölümler ({count} açıklama). Yayıncının son satırdaki tanıtımı çıkarıldı.",
  },
  "reader.draftMark": "Taslak bir açıklamada alıntılandı",

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
  "map.zoomIn": "Yakınlaştır",
  "map.zoomOut": "Uzaklaştır",
  "map.resetBearing": "Kuzeyi yukarı al",
  "map.toggleAttribution": "Kaynakları göster veya gizle",
  "map.feedback": "Harita geri bildirimi",
  "map.title": "Harita",
  "map.scaleKm": "km",
  "map.scaleM": "m",
  "map.canvasLabel": "Orta Koridor haritası. Bir hat seçmek için hat listesini kullanın.",
  "map.dataCredit": "Koridor verileri: kaynaklar her hattın yanında belirtilir",
  "map.noWebgl.title": "Etkileşimli harita bu tarayıcıda gösterilemiyor",
  "map.noWebgl.body":
    "(WebGL gerekiyor; burada kapalı ya da yok). Aşağıda aynı verilerden çizilmiş sabit bir genel görünüm var.",
  "map.noWebgl.click": "Ayrıntılarını ve kaynaklarını okumak için bir hatta tıklayın.",
};

export default tr;
