// Русский интерфейс. Ключи — как в en.ts (проверяет компилятор); множественное число по CLDR:
// one (1, 21…), few (2–4, 22–24…), many (5–20, 25…), other (дробные).
import type { Catalogue } from "../catalogue.ts";

const ru: Catalogue = {
  "app.title": "Карта Среднего коридора",
  "app.subtitle":
    "Железные дороги, морские линии, кабели и трубопроводы от Китая до Европы — и что о них пишут источники",
  "app.skipToList": "Перейти к списку участков",
  "app.list": "Список",
  "app.addSource": "Добавить источник",
  "app.share": "Поделиться",
  "app.export": "Экспорт",
  "app.present": "Презентация",
  "app.language": "Язык",

  "group.transport": "Транспорт",
  "group.energy": "Энергетика",
  "group.telecom": "Связь",
  "group.trade": "Торговые потоки",

  "kind.rail": "Железная дорога",
  "kind.road": "Автодорога",
  "kind.sea": "Морская линия",
  "kind.pipeline": "Нефтепровод",
  "kind.power-cable": "Силовой кабель",
  "kind.fiber": "Оптоволокно",
  "kind.trade-flow": "Торговый поток",

  "pattern.rail": "сплошная",
  "pattern.road": "парный штрих",
  "pattern.sea": "штриховая",
  "pattern.pipeline": "штрих и две точки",
  "pattern.power-cable": "штрихпунктирная",
  "pattern.fiber": "пунктирная",
  "pattern.trade-flow": "длинный штрих",

  "status.operational": "Действует",
  "status.under-construction": "Строится",
  "status.agreed": "Согласован",
  "status.planned": "Запланирован",
  "status.proposed": "Предложен",
  "status.none": "Ещё не предложен",

  "role.main": "Основной маршрут",
  "role.branch": "Ответвление основного маршрута",
  "role.variant": "Вариант маршрута",
  "role.alternative": "Альтернативный маршрут",

  "nodeKind.port": "Порт",
  "nodeKind.border-crossing": "Пограничный переход",
  "nodeKind.terminal": "Терминал",
  "nodeKind.junction": "Узловая станция",
  "nodeKind.city": "Город",
  "nodeKind.landing-point": "Точка выхода кабеля",
  "nodeKinds.port": "Порты",
  "nodeKinds.border-crossing": "Пограничные переходы",
  "nodeKinds.terminal": "Терминалы",
  "nodeKinds.junction": "Узловые станции",
  "nodeKinds.city": "Города",
  "nodeKinds.landing-point": "Точки выхода кабеля",

  "topic.infrastructure": "инфраструктура",
  "topic.transit": "транзит",
  "topic.customs": "таможня",
  "topic.energy": "энергетика",
  "topic.telecom": "связь",
  "topic.trade": "торговля",
  "topic.diplomacy": "дипломатия",
  "topic.logistics": "логистика",

  "legend.region": "Условные обозначения и слои",
  "legend.heading": "Обозначения",
  "legend.compact": "Обозначения",
  "legend.show": "Показать",
  "legend.hide": "Скрыть",
  "legend.patternLine": "линия: {pattern}",
  "legend.built": "построено",
  "legend.unbuilt": "запланировано или согласовано (светлее)",
  "legend.unbuiltShort": "запланировано или согласовано",

  "list.segments": "Участки",
  "list.filling": {
    one: "Загружается {count} участок…",
    few: "Загружаются {count} участка…",
    many: "Загружаются {count} участков…",
    other: "Загружаются {count} участка…",
  },
  "list.allOff": "Все слои выключены. Включите хотя бы один в обозначениях.",
  "list.places": "Пункты",
  "list.placesCount": "Пункты ({count})",
  "list.annotationCount": {
    one: "{count} аннотация",
    few: "{count} аннотации",
    many: "{count} аннотаций",
    other: "{count} аннотации",
  },

  "details.segment": "Сведения об участке",
  "details.place": "Сведения о пункте",
  "details.close": "Закрыть сведения",
  "details.expand": "Развернуть сведения",
  "details.collapse": "Свернуть сведения",
  "details.kind": "Тип",
  "details.status": "Статус",
  "details.role": "Роль",
  "details.route": "Маршрут",
  "details.flow": "Поток",
  "details.countries": "Страны",
  "details.country": "Страна",
  "details.length": "Протяжённость",
  "details.alongLine": "по линии на карте",
  "details.published": "По данным источников",
  "details.routeFrom": "Маршрут отсюда",
  "details.routeTo": "Маршрут сюда",
  "details.asOf": "на {date}",
  "details.asToday": ", как и сегодня",
  "details.today": "; сегодня",
  "details.selectedSegment": {
    one: "Выбран участок: {name}. {count} аннотация.",
    few: "Выбран участок: {name}. {count} аннотации.",
    many: "Выбран участок: {name}. {count} аннотаций.",
    other: "Выбран участок: {name}. {count} аннотации.",
  },
  "details.selectedPlace": "Выбран пункт: {name}.",

  "history.heading": "История",
  "history.target": "Цель: ",
  "history.now": " (на выбранную дату)",
  "history.later": " (позже)",

  "annotations.heading": "Что пишут источники ({count})",
  "annotations.headingFiltered": "Что пишут источники ({shown} из {count})",
  "annotations.topic": "Тема",
  "annotations.source": "Источник",
  "annotations.all": "все",
  "annotations.none": "Об этом пока не пишет ни одна статья.",
  "annotations.noMatch": "Под эти фильтры не подходит ни одна аннотация.",
  "annotation.label": "Аннотация: {topic}",
  "annotation.draftLabel": "Черновик аннотации: {topic}",
  "annotation.draft": "Черновик",
  "annotation.readInSource": "Читать в источнике",
  "annotation.original": "Оригинал статьи",
  "annotation.noUrl": " (публичная ссылка неизвестна)",
  "annotation.edit": "Изменить",
  "annotation.editLabel": "Изменить аннотацию ({outlet}, {date})",
  "annotation.inEnglish": "(на английском)",

  "facts.heading": "Факты и их источники",
  "facts.differ": "источники расходятся",
  "link.newTab": " (откроется в новой вкладке)",
  "ref.source": "источник",

  "date.months": "янв.,февр.,мар.,апр.,мая,июн.,июл.,авг.,сент.,окт.,нояб.,дек.",
  "date.monthsAlone": "янв.,февр.,март,апр.,май,июнь,июль,авг.,сент.,окт.,нояб.,дек.",
  "date.day": "{day} {month} {year} г.",
  "date.month": "{month} {year} г.",
  "date.year": "{year}",
  "number.group": "\u00a0",
  "number.decimal": ",",
  "unit.km": "{km} км",
  "date.yearInferred": "{date} (год установлен косвенно)",

  "timeline.region": "Шкала времени",
  "timeline.asOfLabel": "На дату",
  "timeline.asOf": "На {date}",
  "timeline.todayTag": " (сегодня)",
  "timeline.today": "Сегодня",
  "timeline.play": "Пуск",
  "timeline.pause": "Пауза",
  "timeline.speed": "Скорость",
  "timeline.slow": "Медленно",
  "timeline.normal": "Обычно",
  "timeline.fast": "Быстро",
  "timeline.changesSince": "Изменения…",
  "timeline.afterToday": "После сегодняшнего дня — только цели. ",
  "timeline.target": "цель: ",
  "timeline.more": "; и ещё {count}",
  "timeline.beforeFirst": "До первого известного события.",
  "timeline.article": "Статья: {outlet}, {title}",
  "timeline.toggle": "Шкала времени",
  "since.label": "Изменения с",
  "since.show": "Показать",
  "since.cancel": "Отмена",
  "since.error": "Укажите дату в виде ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ.",
  "badge.asOf": "На",
  "badge.changesSince": "отмечены изменения с {date}",

  "changes.region": "Что изменилось",
  "changes.heading": "Что изменилось с",
  "changes.close": "Закрыть",
  "changes.today": "сегодняшнего дня",
  "changes.nothing": "С той даты до {to} ничего не отмечено.",
  "changes.events": {
    one: "{count} событие",
    few: "{count} события",
    many: "{count} событий",
    other: "{count} события",
  },
  "changes.features": {
    one: "на {count} линии или пункте",
    few: "на {count} линиях и пунктах",
    many: "на {count} линиях и пунктах",
    other: "на {count} линиях и пунктах",
  },
  "changes.summary": "{events} {features} до {to}; линии отмечены на карте.",
  "changes.notYetProposed": "ещё не предложен",

  "reader.kicker": "Статья-источник",
  "reader.kickerDraft": "Статья-источник · Черновик (только в этом браузере)",
  "reader.outlet": "Издание",
  "reader.date": "Дата",
  "reader.dateline": "Место и дата",
  "reader.title": "Заголовок",
  "reader.lede": "Заголовок неизвестен; вместо него — начало первого абзаца.",
  "reader.headline": "Заголовок как в публикации.",
  "reader.address": "Адрес",
  "reader.notLinked": "(не веб-адрес, поэтому без ссылки)",
  "reader.notKnown": "неизвестен",
  "reader.republished": "Перепечатка",
  "reader.link": "ссылка",
  "reader.loading": "Загружаем статью…",
  "reader.highlighted": {
    one: "Выделены фрагменты, которые цитируются на карте ({count} аннотация). Рекламная последняя строка издания опущена.",
    few: "Выделены фрагменты, которые цитируются на карте ({count} аннотации). Рекламная последняя строка издания опущена.",
    many: "Выделены фрагменты, которые цитируются на карте ({count} аннотаций). Рекламная последняя строка издания опущена.",
    other:
      "Выделены фрагменты, которые цитируются на карте ({count} аннотации). Рекламная последняя строка издания опущена.",
  },
  "reader.draftMark": "Цитируется в черновике аннотации",

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
  "map.zoomIn": "Приблизить",
  "map.zoomOut": "Отдалить",
  "map.resetBearing": "Север вверху",
  "map.toggleAttribution": "Показать или скрыть источники карты",
  "map.feedback": "Сообщить об ошибке на карте",
  "map.title": "Карта",
  "map.scaleKm": "км",
  "map.scaleM": "м",
  "map.canvasLabel": "Карта Среднего коридора. Чтобы выбрать участок, воспользуйтесь списком участков.",
  "map.dataCredit": "Данные коридора: источники указаны у каждого участка",
  "map.noWebgl.title": "В этом браузере интерактивную карту показать нельзя",
  "map.noWebgl.body":
    "(нужен WebGL, а он здесь отключён или недоступен). Ниже — статичная схема по тем же данным.",
  "map.noWebgl.click": "Нажмите на линию, чтобы открыть сведения о ней и источники.",
};

export default ru;
