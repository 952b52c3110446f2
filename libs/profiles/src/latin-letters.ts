// Letters that Unicode does not decompose into a Latin base letter, spelled as their speakers write them in
// Latin script, so that "Łukasz Żółć" gets @lukasz-zolc and "Ελένη" @eleni rather than a handle with holes.

/**
 * Letters whose marks change their sound: German umlauts keep their e (Schröder → schroeder), Cyrillic й and ї are
 * not и and і. They are spelled before the other accents are dropped.
 */
const BEFORE_ACCENTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', й: 'y', ї: 'yi' };

/** Greek vowel pairs spelled as one sound (ELOT 743): Παπαδοπούλου → papadopoulou. */
const GREEK_PAIRS: Record<string, string> = { ου: 'ou', αυ: 'av', ευ: 'ev' };

// prettier-ignore
const LATIN_EXTRAS: Record<string, string> = {
  ł: 'l', đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng',
};

// prettier-ignore
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

// prettier-ignore
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

const SPELLINGS = { ...LATIN_EXTRAS, ...GREEK, ...CYRILLIC };

/** The name in lower-case Latin letters where a spelling is known; other characters are left as they are. */
export function spellInLatinLetters(name: string): string {
  // Other accents (é, ά, ή …) decompose; removing them first lets the tables hold base letters only.
  const lower = name
    .toLowerCase()
    .replace(/[äöüßйї]/g, (letter) => BEFORE_ACCENTS[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ου|αυ|ευ/g, (pair) => GREEK_PAIRS[pair]);
  return Array.from(lower, (letter) => SPELLINGS[letter] ?? letter).join('');
}
