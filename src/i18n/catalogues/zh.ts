// 简体中文界面。键与 en.ts 相同（由编译器检查）；中文只有 other 一种复数形式。
import type { Catalogue } from "../catalogue.ts";

const zh: Catalogue = {
  "app.title": "中间走廊地图",
  "app.subtitle": "从中国到欧洲的铁路、海运、电缆和管道线路，以及各方来源的说法",
  "app.skipToList": "跳到线路列表",
  "app.list": "列表",
  "app.addSource": "添加来源",
  "app.share": "分享",
  "app.export": "导出",
  "app.present": "演示",
  "app.language": "语言",

  "group.transport": "交通",
  "group.energy": "能源",
  "group.telecom": "通信",
  "group.trade": "贸易流",

  "kind.rail": "铁路",
  "kind.road": "公路",
  "kind.sea": "海上航线",
  "kind.pipeline": "输油管道",
  "kind.power-cable": "输电电缆",
  "kind.fiber": "光缆",
  "kind.trade-flow": "贸易流",

  "pattern.rail": "实线",
  "pattern.road": "双短划线",
  "pattern.sea": "虚线",
  "pattern.pipeline": "双点划线",
  "pattern.power-cable": "点划线",
  "pattern.fiber": "点线",
  "pattern.trade-flow": "长划线",

  "status.operational": "运营中",
  "status.under-construction": "在建",
  "status.agreed": "已达成协议",
  "status.planned": "已规划",
  "status.proposed": "已提议",
  "status.none": "尚未提议",

  "role.main": "主线",
  "role.branch": "主线支线",
  "role.variant": "线路变体",
  "role.alternative": "备选线路",

  "nodeKind.port": "港口",
  "nodeKind.border-crossing": "口岸",
  "nodeKind.terminal": "码头/终端",
  "nodeKind.junction": "铁路枢纽",
  "nodeKind.city": "城市",
  "nodeKind.landing-point": "电缆登陆点",
  "nodeKinds.port": "港口",
  "nodeKinds.border-crossing": "口岸",
  "nodeKinds.terminal": "码头/终端",
  "nodeKinds.junction": "铁路枢纽",
  "nodeKinds.city": "城市",
  "nodeKinds.landing-point": "电缆登陆点",

  "topic.infrastructure": "基础设施",
  "topic.transit": "过境运输",
  "topic.customs": "海关",
  "topic.energy": "能源",
  "topic.telecom": "通信",
  "topic.trade": "贸易",
  "topic.diplomacy": "外交",
  "topic.logistics": "物流",

  "legend.region": "图例和图层",
  "legend.heading": "图例",
  "legend.compact": "图例",
  "legend.show": "显示",
  "legend.hide": "隐藏",
  "legend.patternLine": "{pattern}",
  "legend.built": "已建成",
  "legend.unbuilt": "已规划或已达成协议（颜色较浅）",
  "legend.unbuiltShort": "已规划或已达成协议",

  "list.segments": "线路",
  "list.filling": { other: "正在列出 {count} 条线路…" },
  "list.allOff": "所有图层均已关闭。请在图例中打开至少一个。",
  "list.places": "地点",
  "list.placesCount": "地点（{count}）",
  "list.annotationCount": { other: "{count} 条注释" },

  "details.segment": "线路详情",
  "details.place": "地点详情",
  "details.close": "关闭详情",
  "details.expand": "展开详情",
  "details.collapse": "收起详情",
  "details.kind": "类型",
  "details.status": "状态",
  "details.role": "作用",
  "details.route": "线路",
  "details.flow": "流向",
  "details.countries": "国家",
  "details.country": "国家",
  "details.length": "长度",
  "details.alongLine": "按图上线路计算",
  "details.published": "公开数据",
  "details.routeFrom": "从这里出发",
  "details.routeTo": "到这里",
  "details.asOf": "截至{date}",
  "details.asToday": "，与今天相同",
  "details.today": "；今天",
  "details.selectedSegment": { other: "已选线路：{name}。{count} 条注释。" },
  "details.selectedPlace": "已选地点：{name}。",

  "history.heading": "历史",
  "history.target": "目标：",
  "history.now": "（截至所示日期）",
  "history.later": "（之后）",

  "annotations.heading": "来源怎么说（{count}）",
  "annotations.headingFiltered": "来源怎么说（{count} 条中的 {shown} 条）",
  "annotations.topic": "主题",
  "annotations.source": "来源",
  "annotations.all": "全部",
  "annotations.none": "尚无来源文章提及此处。",
  "annotations.noMatch": "没有符合这些筛选条件的注释。",
  "annotation.label": "注释：{topic}",
  "annotation.draftLabel": "注释草稿：{topic}",
  "annotation.draft": "草稿",
  "annotation.readInSource": "在原文中阅读",
  "annotation.original": "原文链接",
  "annotation.noUrl": "（无已知公开链接）",
  "annotation.edit": "编辑",
  "annotation.editLabel": "编辑此注释（{outlet}，{date}）",
  "annotation.inEnglish": "（英文）",

  "facts.heading": "数据及其来源",
  "facts.differ": "各来源说法不一",
  "link.newTab": "（在新标签页中打开）",
  "ref.source": "来源",

  "date.months": "1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月",
  "date.monthsAlone": "1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月",
  "date.day": "{year}年{month}{day}日",
  "date.month": "{year}年{month}",
  "date.year": "{year}年",
  "number.group": ",",
  "number.decimal": ".",
  "unit.km": "{km}公里",
  "date.yearInferred": "{date}（年份为推断）",

  "timeline.region": "时间轴",
  "timeline.asOfLabel": "截至日期",
  "timeline.asOf": "截至{date}",
  "timeline.todayTag": "（今天）",
  "timeline.today": "今天",
  "timeline.play": "播放",
  "timeline.pause": "暂停",
  "timeline.speed": "速度",
  "timeline.slow": "慢",
  "timeline.normal": "正常",
  "timeline.fast": "快",
  "timeline.changesSince": "变化…",
  "timeline.afterToday": "今天之后：仅有目标。",
  "timeline.target": "目标：",
  "timeline.more": "；另有 {count} 项",
  "timeline.beforeFirst": "早于第一个有记录的事件。",
  "timeline.article": "文章：{outlet}，{title}",
  "timeline.toggle": "时间轴",
  "since.label": "自此日期以来的变化",
  "since.show": "显示",
  "since.cancel": "取消",
  "since.error": "请按 YYYY-MM-DD、YYYY-MM 或 YYYY 格式填写日期。",
  "badge.asOf": "截至",
  "badge.changesSince": "已标出自{date}以来的变化",

  "changes.region": "有何变化",
  "changes.heading": "自以下日期以来的变化：",
  "changes.close": "关闭",
  "changes.today": "今天",
  "changes.nothing": "从那时到{to}没有记录。",
  "changes.events": { other: "{count} 个事件" },
  "changes.features": { other: "涉及 {count} 条线路或地点" },
  "changes.summary": "截至{to}，{features}，共 {events}；地图上已标出这些线路。",
  "changes.notYetProposed": "尚未提议",

  "reader.kicker": "来源文章",
  "reader.kickerDraft": "来源文章 · 草稿（仅在此浏览器中）",
  "reader.outlet": "媒体",
  "reader.date": "日期",
  "reader.dateline": "电头",
  "reader.title": "标题",
  "reader.lede": "标题不详；此处以导语开头代替。",
  "reader.headline": "发表时的标题。",
  "reader.address": "网址",
  "reader.notLinked": "（不是网址，因此不加链接）",
  "reader.notKnown": "不详",
  "reader.republished": "转载",
  "reader.link": "链接",
  "reader.loading": "正在加载文章…",
  "reader.highlighted": {
    other: "高亮部分为地图上引用的段落（{count} 条注释）。已略去发布方末行的推广语。",
  },
  "reader.draftMark": "被注释草稿引用",

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
};

export default zh;
