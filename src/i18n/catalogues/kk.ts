// Қазақша интерфейс (кирилл жазуы). Кілттер en.ts-пен бірдей (компилятор тексереді); көпше
// түрлері CLDR бойынша: one және other (сан есімнен кейін зат есім жекеше: "3 аннотация").
import type { Catalogue } from "../catalogue.ts";

const kk: Catalogue = {
  "app.title": "Орта дәліз картасы",
  "app.subtitle":
    "Қытайдан Еуропаға дейінгі темір жол, теңіз, кабель және құбыр желілері және дереккөздер олар туралы не дейді",
  "app.skipToList": "Учаскелер тізіміне өту",
  "app.list": "Тізім",
  "app.addSource": "Дереккөз қосу",
  "app.share": "Бөлісу",
  "app.export": "Экспорт",
  "app.present": "Презентация",
  "app.language": "Тіл",

  "group.transport": "Көлік",
  "group.energy": "Энергетика",
  "group.telecom": "Байланыс",
  "group.trade": "Сауда ағындары",

  "kind.rail": "Темір жол",
  "kind.road": "Автомобиль жолы",
  "kind.sea": "Теңіз қатынасы",
  "kind.pipeline": "Мұнай құбыры",
  "kind.power-cable": "Электр кабелі",
  "kind.fiber": "Талшықты-оптикалық кабель",
  "kind.trade-flow": "Сауда ағыны",

  "pattern.rail": "тұтас",
  "pattern.road": "қос штрих",
  "pattern.sea": "үзік",
  "pattern.pipeline": "штрих және екі нүкте",
  "pattern.power-cable": "штрих-нүкте",
  "pattern.fiber": "нүктелі",
  "pattern.trade-flow": "ұзын штрих",

  "status.operational": "Жұмыс істейді",
  "status.under-construction": "Салынып жатыр",
  "status.agreed": "Келісілген",
  "status.planned": "Жоспарланған",
  "status.proposed": "Ұсынылған",
  "status.none": "Әлі ұсынылмаған",

  "role.main": "Негізгі бағыт",
  "role.branch": "Негізгі бағыттың тармағы",
  "role.variant": "Бағыттың нұсқасы",
  "role.alternative": "Балама бағыт",

  "nodeKind.port": "Порт",
  "nodeKind.border-crossing": "Шекара өткелі",
  "nodeKind.terminal": "Терминал",
  "nodeKind.junction": "Темір жол торабы",
  "nodeKind.city": "Қала",
  "nodeKind.landing-point": "Кабельдің жағаға шығатын жері",
  "nodeKinds.port": "Порттар",
  "nodeKinds.border-crossing": "Шекара өткелдері",
  "nodeKinds.terminal": "Терминалдар",
  "nodeKinds.junction": "Темір жол тораптары",
  "nodeKinds.city": "Қалалар",
  "nodeKinds.landing-point": "Кабельдің жағаға шығатын жерлері",

  "topic.infrastructure": "инфрақұрылым",
  "topic.transit": "транзит",
  "topic.customs": "кеден",
  "topic.energy": "энергетика",
  "topic.telecom": "байланыс",
  "topic.trade": "сауда",
  "topic.diplomacy": "дипломатия",
  "topic.logistics": "логистика",

  "legend.region": "Шартты белгілер мен қабаттар",
  "legend.heading": "Шартты белгілер",
  "legend.compact": "Шартты белгілер",
  "legend.show": "Көрсету",
  "legend.hide": "Жасыру",
  "legend.patternLine": "{pattern} сызық",
  "legend.built": "салынған",
  "legend.unbuilt": "жоспарланған не келісілген (ашығырақ)",
  "legend.unbuiltShort": "жоспарланған не келісілген",

  "list.segments": "Учаскелер",
  "list.filling": { one: "{count} учаске тізімге қосылуда…", other: "{count} учаске тізімге қосылуда…" },
  "list.allOff": "Барлық қабат өшірулі. Шартты белгілерден біреуін қосыңыз.",
  "list.places": "Пункттер",
  "list.placesCount": "Пункттер ({count})",
  "list.annotationCount": { one: "{count} аннотация", other: "{count} аннотация" },

  "details.segment": "Учаске туралы",
  "details.place": "Пункт туралы",
  "details.close": "Мәліметті жабу",
  "details.expand": "Мәліметті кеңейту",
  "details.collapse": "Мәліметті жию",
  "details.kind": "Түрі",
  "details.status": "Мәртебесі",
  "details.role": "Рөлі",
  "details.route": "Бағыты",
  "details.flow": "Ағын",
  "details.countries": "Елдер",
  "details.country": "Ел",
  "details.length": "Ұзындығы",
  "details.alongLine": "картадағы сызық бойынша",
  "details.published": "Жарияланған дерек",
  "details.routeFrom": "Осы жерден бағыт",
  "details.routeTo": "Осы жерге бағыт",
  "details.asOf": "{date} жағдай бойынша",
  "details.asToday": ", бүгінгідей",
  "details.today": "; бүгін",
  "details.selectedSegment": {
    one: "Таңдалған учаске: {name}. {count} аннотация.",
    other: "Таңдалған учаске: {name}. {count} аннотация.",
  },
  "details.selectedPlace": "Таңдалған пункт: {name}.",

  "history.heading": "Тарихы",
  "history.target": "Мақсат: ",
  "history.now": " (көрсетілген күнгі жағдай)",
  "history.later": " (кейінірек)",

  "annotations.heading": "Дереккөздер не дейді ({count})",
  "annotations.headingFiltered": "Дереккөздер не дейді ({count} ішінен {shown})",
  "annotations.topic": "Тақырып",
  "annotations.source": "Дереккөз",
  "annotations.all": "барлығы",
  "annotations.none": "Бұл туралы әзірге бірде-бір мақала жазбаған.",
  "annotations.noMatch": "Бұл сүзгілерге сай аннотация жоқ.",
  "annotation.label": "Аннотация: {topic}",
  "annotation.draftLabel": "Аннотацияның жобасы: {topic}",
  "annotation.draft": "Жоба",
  "annotation.readInSource": "Дереккөзден оқу",
  "annotation.original": "Түпнұсқа мақала",
  "annotation.noUrl": " (жария сілтеме белгісіз)",
  "annotation.edit": "Өңдеу",
  "annotation.editLabel": "Осы аннотацияны өңдеу ({outlet}, {date})",
  "annotation.inEnglish": "(ағылшынша)",

  "facts.heading": "Деректер және олардың көздері",
  "facts.differ": "дереккөздер әртүрлі",
  "link.newTab": " (жаңа бетте ашылады)",
  "ref.source": "дереккөз",

  "date.months": "қаң.,ақп.,нау.,сәу.,мам.,мау.,шіл.,там.,қыр.,қаз.,қар.,жел.",
  "date.monthsAlone": "қаң.,ақп.,нау.,сәу.,мам.,мау.,шіл.,там.,қыр.,қаз.,қар.,жел.",
  "date.day": "{year} ж. {day} {month}",
  "date.month": "{year} ж. {month}",
  "date.year": "{year}",
  "number.group": "\u00a0",
  "number.decimal": ",",
  "unit.km": "{km} км",
  "date.yearInferred": "{date} (жылы жанама анықталған)",

  "timeline.region": "Уақыт шкаласы",
  "timeline.asOfLabel": "Күні",
  "timeline.asOf": "{date} жағдай бойынша",
  "timeline.todayTag": " (бүгін)",
  "timeline.today": "Бүгін",
  "timeline.play": "Ойнату",
  "timeline.pause": "Кідірту",
  "timeline.speed": "Жылдамдық",
  "timeline.slow": "Баяу",
  "timeline.normal": "Қалыпты",
  "timeline.fast": "Жылдам",
  "timeline.changesSince": "Өзгерістер…",
  "timeline.afterToday": "Бүгіннен кейін: тек мақсаттар. ",
  "timeline.target": "мақсат: ",
  "timeline.more": "; тағы {count}",
  "timeline.beforeFirst": "Тіркелген алғашқы оқиғаға дейін.",
  "timeline.article": "Мақала: {outlet}, {title}",
  "timeline.toggle": "Уақыт шкаласы",
  "since.label": "Осы күннен бергі өзгерістер",
  "since.show": "Көрсету",
  "since.cancel": "Бас тарту",
  "since.error": "Күнді ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ түрінде жазыңыз.",
  "badge.asOf": "Күні:",
  "badge.changesSince": "{date} бергі өзгерістер белгіленген",

  "changes.region": "Не өзгерді",
  "changes.heading": "Осы күннен бері не өзгерді:",
  "changes.close": "Жабу",
  "changes.today": "бүгін",
  "changes.nothing": "Сол күннен бастап {to} дейін ештеңе тіркелмеген.",
  "changes.events": { one: "{count} оқиға", other: "{count} оқиға" },
  "changes.features": { one: "{count} желіде не пунктте", other: "{count} желі мен пунктте" },
  "changes.summary": "{features} {events} (соңғы күн: {to}); желілер картада белгіленген.",
  "changes.notYetProposed": "әлі ұсынылмаған",

  "reader.kicker": "Дереккөз мақала",
  "reader.kickerDraft": "Дереккөз мақала · Жоба (тек осы браузерде)",
  "reader.outlet": "Басылым",
  "reader.date": "Күні",
  "reader.dateline": "Орны мен күні",
  "reader.title": "Тақырыбы",
  "reader.lede": "Тақырыбы белгісіз; оның орнына кіріспенің алғашқы сөздері берілген.",
  "reader.headline": "Жарияланған тақырыбы.",
  "reader.address": "Мекенжайы",
  "reader.notLinked": "(веб-мекенжай емес, сондықтан сілтеме берілмеген)",
  "reader.notKnown": "белгісіз",
  "reader.republished": "Қайта жарияланған",
  "reader.link": "сілтеме",
  "reader.loading": "Мақала жүктелуде…",
  "reader.highlighted": {
    one: "Белгіленгені: картада келтірілген үзінділер ({count} аннотация). Басылымның соңғы жолдағы жарнамасы алынып тасталған.",
    other:
      "Белгіленгені: картада келтірілген үзінділер ({count} аннотация). Басылымның соңғы жолдағы жарнамасы алынып тасталған.",
  },
  "reader.draftMark": "Аннотация жобасында келтірілген",

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
  "map.zoomIn": "Жақындату",
  "map.zoomOut": "Алыстату",
  "map.resetBearing": "Солтүстікті жоғары қою",
  "map.toggleAttribution": "Дереккөздерді көрсету не жасыру",
  "map.feedback": "Карта туралы пікір",
  "map.title": "Карта",
  "map.scaleKm": "км",
  "map.scaleM": "м",
  "map.canvasLabel": "Орта дәліздің картасы. Учаскені таңдау үшін учаскелер тізімін пайдаланыңыз.",
  "map.dataCredit": "Дәліз деректері: дереккөздер әр учаскеде көрсетілген",
  "map.noWebgl.title": "Бұл браузерде интерактивті картаны көрсету мүмкін емес",
  "map.noWebgl.body":
    "(WebGL қажет, ал мұнда ол өшірулі немесе жоқ). Төменде сол деректер бойынша сызылған статикалық шолу берілген.",
  "map.noWebgl.click": "Мәліметтері мен дереккөздерін оқу үшін сызықты басыңыз.",
};

export default kk;
