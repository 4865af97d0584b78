/**
 * The months and days of the week a passage names: in English ("January", "Jan."), in the
 * words of the source's `language` ("janvier", "в среду", "11 січня") and in numeric dates
 * ("2022-01-10", "10.01.2022"). Months are numbered 1–12, days 0–6 from Sunday, as Date's
 * getUTCDay does.
 */
export interface CalendarNames {
  readonly months: ReadonlySet<number>;
  readonly weekdays: ReadonlySet<number>;
}

// Each language: twelve months, then seven days from Sunday, separated by spaces; a name's
// other forms are alternatives inside it ("janvier", "ma(й|я|е)" for май, мая, мае).
const NAMES: Record<string, string> = {
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre dimanche lundi mardi mercredi jeudi vendredi samedi',
  es: 'enero febrero marzo abril mayo junio julio agosto (septiembre|setiembre) octubre noviembre diciembre domingo lunes martes miércoles jueves viernes sábado',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre domenica lunedì martedì mercoledì giovedì venerdì sabato',
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro domingo segunda(-feira)? terça(-feira)? quarta(-feira)? quinta(-feira)? sexta(-feira)? sábado',
  de: '(januar|jänner) februar märz april mai juni juli august september oktober november dezember sonntags? montags? dienstags? mittwochs? donnerstags? freitags? (samstag|sonnabend)s?',
  ru: 'январ(ь|я|е) феврал(ь|я|е) март(а|е)? апрел(ь|я|е) ма(й|я|е) июн(ь|я|е) июл(ь|я|е) август(а|е)? сентябр(ь|я|е) октябр(ь|я|е) ноябр(ь|я|е) декабр(ь|я|е) воскресень(е|я) понедельник(а)? вторник(а)? сред(а|у|ы) четверг(а)? пятниц(а|у|ы) суббот(а|у|ы)',
  uk: 'січ(ень|ня|ні) лют(ий|ого|ому) берез(ень|ня|ні) квіт(ень|ня|ні) трав(ень|ня|ні) черв(ень|ня|ні) лип(ень|ня|ні) серп(ень|ня|ні) верес(ень|ня|ні) жовт(ень|ня|ні) листопад(а|і)? груд(ень|ня|ні) неділ(я|ю|і) понеділ(ок|ка) вівтор(ок|ка) серед(а|у|и) четвер(га)? пʼятниц(я|ю|і) субот(а|у|и)',
};

/** English month names as a sentence or passage writes them; "May" only beside a number. */
export const ENGLISH_MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December'.split(
    '|',
  );
export const ENGLISH_WEEKDAYS = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday'.split(
  '|',
);
const ABBREVIATED = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec'.split('|');
const ABBREVIATED_DAYS = 'Sun|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat'.split('|');

// English names are capitalized, which keeps "may" the verb out; a name is a whole word.
const ENGLISH = new RegExp(
  `(?<!\\p{L})(?:(${[...ENGLISH_MONTHS, ...ABBREVIATED].join('|')})|(${[...ENGLISH_WEEKDAYS, ...ABBREVIATED_DAYS].join('|')}))(?!\\p{L})`,
  'gu',
);
const ISO = /(?<!\d)\d{4}-(\d{2})(?:-\d{2})?(?!\d)/g;
// "10.01.2022" or "01/10/2022": either order of day and month.
const NUMERIC = /(?<!\d)(\d{1,2})[./](\d{1,2})[./]\d{2,4}(?!\d)/g;

// Without accents, so "lunedi" meets "lunedì" (and the lists and the texts are read alike).
const plain = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/gu, 'ʼ');

const built = new Map<string, RegExp>();

function patternFor(code: string): RegExp {
  let re = built.get(code);
  if (!re) {
    const names = plain(NAMES[code]!).split(' ');
    const groups = names.map((n) => `(${n.replace(/\((?!\?)/g, '(?:')})`).join('|');
    re = new RegExp(`(?<!\\p{L})(?:${groups})(?!\\p{L})`, 'gu');
    built.set(code, re);
  }
  return re;
}

const monthOf = (name: string) => {
  const k = ENGLISH_MONTHS.findIndex((m) => name.startsWith(m.slice(0, 3)));
  return k + 1;
};
const weekdayOf = (name: string) =>
  ENGLISH_WEEKDAYS.findIndex((d) => name.startsWith(d.slice(0, 3)));

/** The months and weekdays `text`, a passage in `language`, names. */
export function calendarNamesIn(text: string, language: string | undefined): CalendarNames {
  const months = new Set<number>();
  const weekdays = new Set<number>();
  ENGLISH.lastIndex = 0;
  for (let m = ENGLISH.exec(text); m; m = ENGLISH.exec(text)) {
    if (m[1]) months.add(monthOf(m[1]));
    else weekdays.add(weekdayOf(m[2]!));
  }
  for (const m of text.matchAll(ISO)) months.add(Number(m[1]));
  for (const m of text.matchAll(NUMERIC))
    for (const n of [Number(m[1]), Number(m[2])]) if (n >= 1 && n <= 12) months.add(n);
  const code = language?.toLowerCase().split(/[-_]/)[0];
  if (code && code in NAMES) {
    const re = patternFor(code);
    const lower = plain(text);
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const k = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
      if (k < 12) months.add(k + 1);
      else weekdays.add(k - 12);
    }
  }
  return { months, weekdays };
}
