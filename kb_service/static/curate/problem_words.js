// The problems the API finds, said in the page's language. The API answers each problem with a
// stable `code` and its `params` (kb_service/curation/problem_codes.py and the date reading's
// refusals in kb_service/model/date_reading.py); an English page shows the API's own words, an
// Arabic page the sentence here. Every code has a sentence (tests/test_workbench_arabic.py).
export const WORDS = {
  ar: {
    // the document's shape
    unknown_field: "حقل غير معروف",
    required: "حقل مطلوب وهو ناقص",
    wrong_type: "القيمة ليست من النوع المطلوب",
    null: "لا يقبل هذا الحقل قيمة فارغة",
    length: "الطول خارج الحد المسموح ({limit})",
    range: "القيمة خارج المدى المسموح",
    one_of: "القيمة ليست من الخيارات المسموحة",
    wrong_form: "القيمة لا توافق الصيغة المطلوبة",
    not_kebab_id: "ليس معرِّفًا صالحًا: حروف لاتينية صغيرة وأرقام وشرطات",
    not_kebab_term: "ليس مصطلحًا صالحًا: حروف لاتينية صغيرة وأرقام وشرطات",
    not_language: "ليس رمز لغة صالحًا",
    not_text_file: "يجب أن يكون اسم ملف نصي بجانب هذا الملف",
    not_qid: "ليس معرِّف ويكي بيانات صالحًا",
    not_period: "ليست مدة بصيغة ISO 8601",
    unsafe_character: "يحتوي النص على محرف تحكم غير مسموح ({character})",
    text_file_or_text: "أعطِ ملف النص أو النص نفسه، واحدًا منهما فقط",
    lat_and_lon: "أعطِ خط العرض وخط الطول معًا",
    point_or_bbox: "أعطِ نقطة أو مستطيلًا، لا الاثنين",
    bbox_order: "الجنوب والشمال خطا عرض، والجنوب أولًا",
    location_source: "اذكر مصدر الموقع",
    drafted_aliases: "اقتراحات الأسماء البديلة المصاغة لا تدخل في المصدر: انقلها إلى السجل",
    drafted_entries: "المداخل المقترحة لا تدخل في المصدر: أضفها إلى السجل",
    // files and their syntax
    file_too_large: "الملف أكبر من الحد المسموح",
    file_empty: "الملف فارغ",
    file_unreadable: "تعذرت قراءة الملف",
    no_such_file: "لا يوجد ملف أو مجلد بهذا الاسم",
    no_text_file: "ملف النص غير موجود بجانبه",
    no_text_part: "لم يُرسل ملف النص مع الوثيقة",
    text_inline_or_part: "أعطِ النص داخل الوثيقة أو أرسله معها",
    file_changed: "تغيَّر الملف أثناء الإدخال: أعد المحاولة",
    not_utf8: "الملف ليس بترميز UTF-8",
    not_mapping: "يجب أن يكون الملف الموثق خريطة مفاتيح وقيم",
    unknown_kind: "نوع الوثيقة غير معروف",
    wrong_document_kind: "لا يُقبل هنا هذا النوع من الوثائق",
    yaml_syntax: "خطأ في بنية الملف",
    yaml_character: "في الملف محرف لا تسمح به YAML",
    yaml_alias: "المراجع والمراسي غير مسموحة في YAML",
    yaml_documents: "يحمل الملف وثيقة واحدة فقط",
    yaml_tag: "وسم YAML غير مسموح",
    yaml_tag_value: "القيمة لا توافق وسمها",
    too_deep: "التداخل أعمق من المسموح",
    key_twice: "مفتاح مكرر",
    key_not_text: "يجب أن تكون المفاتيح نصًا عاديًا",
    lone_surrogate: "محرف ناقص (نصف زوج بديل)",
    // ids, terms and records
    unknown_id: "معرِّف غير معروف: {id}",
    id_defined_twice: "المعرِّف {id} معرَّف من قبل",
    id_used_by_other_kind: "المعرِّف {id} مستعمل لسجل من نوع آخر في قاعدة المعرفة",
    wrong_kind: "{id} من نوع لا يصلح هنا",
    term_defined_twice: "المصطلح {term} معرَّف من قبل",
    term_in_base: "المصطلح {term} موجود في المفردات الأساسية: أعطِ مصطلحًا جديدًا",
    unknown_term: "مصطلح غير معروف: {term}؛ الأقرب: {nearest}",
    not_reviewed: "عنصر مصاغ لم يُراجع بعد",
    candidates_not_reviewed: "لم يُبتَّ بعد في السجلات المحفوظة التي قد يكونها هذا العنصر",
    not_same_as_itself: "{id} هو معرِّف هذا العنصر نفسه",
    may_be_stored: "قد يكون {id} هو السجل المحفوظ {stored}",
    cited_elsewhere: "يستشهد مصدر آخر بـ {id}",
    // passages, quotes and dates
    passage_out_of_range: "لا توجد الفقرة {passage} في النص",
    quote_not_verbatim: "الاقتباس ليس حرفيًا في الفقرة {passage}",
    quote_not_in_cited: "الاقتباس ليس حرفيًا في أي فقرة مستشهد بها",
    date_after_publication: "التاريخ {date} بعد تاريخ نشر المصدر ({published})",
    renewal_needs_end: "المدة القابلة للتجديد تحتاج تاريخًا معروف النهاية",
    // registry updates
    cannot_remove_new: "لا يُحذف شيء من مدخل جديد ({id})",
    given_and_removed: "أُعطيت القيمة وحُذفت معًا: اترك إحداهما",
    not_stored: "القيمة غير محفوظة فلا تُحذف",
    required_new_entry: "حقل مطلوب: {id} مدخل جديد",
    place_loop: "الأماكن شجرة، و{id} سيقع داخل نفسه",
    // the drafter's reasons for a passage that is likely not content
    not_content_line: "سطر تنقل أو نسبة أو تعليق صورة",
    not_content_after_end: "بعد آخر جملة في النص: تذييل أو نسبة",
    // a date the date reading refuses
    date_empty: "التاريخ فارغ",
    date_too_long: "التاريخ أطول من {max} محرفًا",
    date_not_ascii: "{value} ليس تاريخًا بصيغة EDTF: اكتبه بالأرقام 0-9",
    date_set: "{value} مجموعة تواريخ: أعطِ تاريخًا واحدًا أو فترة",
    date_not_storable: "{value} تاريخ لا يمكن حفظه",
    date_not_edtf: "{value} ليس تاريخًا صالحًا بصيغة EDTF",
    date_reversed: "{value} ينتهي قبل أن يبدأ",
    date_no_such_day: "{value} يسمي يومًا لا وجود له",
    date_bound_not_day: "أحد طرفي {value} ليس يومًا",
    date_out_of_range: "{value} خارج السنوات من 1 إلى 9999",
    refused: "القيمة مرفوضة",
    // what would fix it, from the problem's details
    hint_nearest: "الأقرب: {ids}",
    hint_write_as: "اكتبه {edtf}",
    hint_edtf_forms: "صيغ EDTF: {forms}",
    hint_found_in: "الاقتباس حرفي في الفقرة {passages}: استشهد بها",
    hint_closest: "الأقرب في الفقرة: «{closest}»، ويختلفان عند المحرف {at}",
    hint_review: "راجعه مقابل النص وصحِّحه ثم أزل علامة المراجعة",
    hint_candidates: "استخدم معرِّف السجل المحفوظ أو ضعه في قائمة «ليس هو نفسه»",
    hint_scheduled: "الحدث الذي يعلنه المصدر حالته «مجدول»، والمهلة «مستحقة»",
    // why a stored record may be a drafted item (the same-as box's reasons)
    reason_same_date: "التاريخ نفسه ({date})",
    reason_same_span: "المدة نفسها ({date}، {days} من الأيام)",
    reason_dates_overlap: "يتداخل التاريخان ({dates})",
    reason_dates_near: "يتقارب التاريخان بما لا يزيد على {days} من الأيام ({dates})",
    reason_deadline_moved: "ربما تأجلت مهلة {days} من الأيام ({dates})",
    reason_date_within: "{inner} ضمن {outer}",
    reason_same_type: "النوع نفسه: {value}",
    reason_same_plover: "فئة PLOVER نفسها: {value}",
    reason_shared_participants: "مشاركون مشتركون: {value}",
    reason_shared_speakers: "متحدثون مشتركون: {value}",
    reason_shared_subject_object: "فاعل أو مفعول مشترك: {value}",
    reason_same_places: "الأماكن نفسها: {value}",
    reason_nested_places: "أماكن يقع بعضها في بعض: {value}",
    reason_words_in_common: "كلمات مشتركة: {value}",
  },
};

// The resemblance's reasons (kb_service/model/resemblance.py) come as English sentences: each
// form, the code of its sentence here and the names of its values.
const REASONS = [
  [/^same date \((.+)\)$/, "reason_same_date", ["date"]],
  [/^same span \((.+), (\d+) days\)$/, "reason_same_span", ["date", "days"]],
  [/^dates overlap \((.+)\)$/, "reason_dates_overlap", ["dates"]],
  [/^dates within (\d+) days \((.+)\)$/, "reason_dates_near", ["days", "dates"]],
  [/^a deadline moved by (\d+) days \((.+)\)$/, "reason_deadline_moved", ["days", "dates"]],
  [/^same type: (.+)$/, "reason_same_type", ["value"]],
  [/^same PLOVER category: (.+)$/, "reason_same_plover", ["value"]],
  [/^shared participants: (.+)$/, "reason_shared_participants", ["value"]],
  [/^shared speakers: (.+)$/, "reason_shared_speakers", ["value"]],
  [/^shared subject\/object: (.+)$/, "reason_shared_subject_object", ["value"]],
  [/^same places: (.+)$/, "reason_same_places", ["value"]],
  [/^nested places: (.+)$/, "reason_nested_places", ["value"]],
  [/^words in common: (.+)$/, "reason_words_in_common", ["value"]],
];

// The sentence of `code` in `lang`, with its {values} filled in.
export function said(lang, code, values) {
  const sentences = WORDS[lang] || {};
  let text = sentences[code] || sentences.refused;
  Object.entries(values || {}).forEach(([name, value]) => {
    text = text.split(`{${name}}`).join(String(value));
  });
  return text;
}

// What would fix a problem, from its details.
function hints(lang, param) {
  const list = (values) => values.join("، ");
  const found = [];
  if ((param.nearest_ids || []).length) { found.push(said(lang, "hint_nearest", { ids: list(param.nearest_ids) })); }
  if (param.write_as) { found.push(said(lang, "hint_write_as", { edtf: param.write_as })); }
  if ((param.edtf_forms || []).length) { found.push(said(lang, "hint_edtf_forms", { forms: list(param.edtf_forms) })); }
  if ((param.found_in_passages || []).length) {
    found.push(said(lang, "hint_found_in", { passages: list(param.found_in_passages) }));
  } else if (param.closest) {
    found.push(said(lang, "hint_closest", { closest: param.closest, at: param.differs_at }));
  }
  if (param.code === "not_reviewed") { found.push(said(lang, "hint_review")); }
  if (param.code === "candidates_not_reviewed") { found.push(said(lang, "hint_candidates")); }
  if (param.code === "date_after_publication" && /^events/.test(param.name)) { found.push(said(lang, "hint_scheduled")); }
  return found;
}

// A problem of the API's invalid_params in `lang`: its code's sentence, then what would fix it.
export function inWords(lang, param) {
  return [said(lang, param.code, param.params), ...hints(lang, param)].join(" — ");
}

// An EDTF date in a right-to-left sentence is isolated, so that it reads left to right whole
// (2020-09-27, never 27-09-2020).
const DATED = new Set(["date", "dates"]);
function leftToRight(text) { return `\u2066${text}\u2069`; }

function reasonValue(lang, name, value) {
  const within = / within /.test(value) ? value.split(" within ") : null;
  if (within && within.length === 2) {
    return said(lang, "reason_date_within", { inner: leftToRight(within[0]), outer: leftToRight(within[1]) });
  }
  return value.split(", ").map(DATED.has(name) ? leftToRight : String).join("، ");
}

// A same-as candidate's reason in `lang`; one of an unknown form stays as the API said it.
export function reasonInWords(lang, reason) {
  const form = REASONS.find(([pattern]) => pattern.test(reason));
  if (lang === "en" || !form) { return reason; }
  const [pattern, code, valueNames] = form;
  const found = reason.match(pattern);
  const values = {};
  valueNames.forEach((name, index) => { values[name] = reasonValue(lang, name, found[index + 1]); });
  return said(lang, code, values);
}
