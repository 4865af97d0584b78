/**
 * Number words of the languages sources are most often in, by ISO 639-1 code: a passage in
 * French that says "huit heures" gives the 8 of an English summary's "eight hours". Zero to
 * twenty and the tens, the words a count of hours, rounds or delegates is written in. The
 * words of one and of its articles ("un", "ein", "uno") are left out, as "one" is in English.
 */
const LISTS: Record<string, string> = {
  fr: 'zéro . deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt|trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix|cent mille douzaine',
  es: 'cero . dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte|treinta cuarenta cincuenta sesenta setenta ochenta noventa|cien mil docena',
  it: 'zero . due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti|trenta quaranta cinquanta sessanta settanta ottanta novanta|cento mille dozzina',
  pt: 'zero . dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte|trinta quarenta cinquenta sessenta setenta oitenta noventa|cem mil dúzia',
  de: 'null . zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig|dreißig vierzig fünfzig sechzig siebzig achtzig neunzig|hundert tausend dutzend',
  ru: 'ноль . два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать|тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто|сто тысяча дюжина',
  uk: 'нуль . два три чотири пʼять шість сім вісім девʼять десять одинадцять дванадцять тринадцять чотирнадцять пʼятнадцять шістнадцять сімнадцять вісімнадцять девʼятнадцять двадцять|тридцять сорок пʼятдесят шістдесят сімдесят вісімдесят девʼяносто|сто тисяча дюжина',
};

// Other spellings: the feminine "two" (pt "duas", ru "две", uk "дві"); "quatre-vingts".
const EXTRA: Record<string, readonly (readonly [string, number])[]> = {
  fr: [['quatre-vingts', 80]],
  pt: [['duas', 2]],
  ru: [['две', 2]],
  uk: [['дві', 2]],
};

const TENS_FROM_30 = [30, 40, 50, 60, 70, 80, 90];

function build(list: string, extra: readonly (readonly [string, number])[]): Map<string, number> {
  const [small, tens, big] = list.split('|') as [string, string, string];
  const out = new Map<string, number>(extra);
  small.split(' ').forEach((w, i) => {
    if (w !== '.') out.set(w, i);
  });
  tens.split(' ').forEach((w, i) => out.set(w, TENS_FROM_30[i]!));
  const [hundred, thousand, dozen] = big.split(' ') as [string, string, string];
  out.set(hundred, 100);
  out.set(thousand, 1000);
  out.set(dozen, 12);
  return out;
}

const built = new Map<string, { words: Map<string, number>; pattern: RegExp }>();

/** The numbers (as figures) a passage in `language` gives in its own number words. */
export function numberWordsIn(text: string, language: string | undefined): Set<string> {
  const code = language?.toLowerCase().split(/[-_]/)[0];
  const out = new Set<string>();
  if (!code || !(code in LISTS)) return out;
  let entry = built.get(code);
  if (!entry) {
    const words = build(LISTS[code]!, EXTRA[code] ?? []);
    // Longest first, so "dix-sept" is read before "dix"; letters on either side end a match.
    const alternation = [...words.keys()].sort((a, b) => b.length - a.length).join('|');
    entry = { words, pattern: new RegExp(`(?<![\\p{L}-])(${alternation})(?![\\p{L}-])`, 'giu') };
    built.set(code, entry);
  }
  const lower = text.normalize('NFC').toLowerCase().replace(/[’']/gu, 'ʼ');
  entry.pattern.lastIndex = 0;
  for (let m = entry.pattern.exec(lower); m; m = entry.pattern.exec(lower))
    out.add(String(entry.words.get(m[1]!)));
  return out;
}
