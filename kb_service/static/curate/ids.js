// Ids made of text, by the server's own rules, so that the page and `kb draft` give the same id
// for the same text (docs/curation.md, "Ids made of text"; tests/test_slug.py runs both sides on
// one table). Pure: it touches no page, so that node can import it.

// A source's id made of a file name: lower case, each run of characters other than a-z and 0-9
// one hyphen, no hyphen at either end; `fallback` when nothing is left
// (kb_service/curation/drafting/__init__.py, slug()).
export function slug(text, fallback = "source") {
  return kebabCase(String(text ?? "").toLowerCase()) || fallback;
}

// Russian and Arabic letters in Latin ones, letter by letter ("-": the letter is dropped)
// (kb_service/curation/drafting/transliteration.py).
const CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
const CYRILLIC_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya";
const ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ";
const ARABIC_LATIN = "a b t th j h kh d dh r z s sh s d t z - gh f q k l m n h w y a a - a i a w y";

function pairs(letters, latin) {
  const spelled = latin.split(" ");
  return [...letters].map((letter, index) => [letter, spelled[index]]);
}

const TABLE = new Map([...pairs(CYRILLIC_LETTERS, CYRILLIC_LATIN), ...pairs(ARABIC_LETTERS, ARABIC_LATIN)]);

// `name` in Latin letters: Russian and Arabic ones by the table, then accents and every other
// letter outside ASCII dropped (Sébastien -> Sebastien).
function latin(name) {
  const letters = [...String(name ?? "").toLowerCase()].map((letter) => {
    const spelled = TABLE.get(letter);
    if (spelled === undefined) { return letter; }
    return spelled === "-" ? "" : spelled;
  });
  return letters.join("").normalize("NFKD").replace(/[^\x00-\x7f]/gu, "");
}

// A registry entry's id made of its name: the kebab case of its Latin letters, "" when none is
// left (transliteration.py, kebab()).
export function nameId(name) {
  return kebabCase(latin(name).toLowerCase());
}

function kebabCase(lower) {
  return lower.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
