/**
 * The furniture of published news: what a page carries around the story and is no part of
 * it. Bylines, photo credits, the agency in a dateline, share and "Related:" lines, date
 * lines, all-capital headlines and a wiki's source list name people and bodies the story is
 * not about, and captions date the picture, not the story. Found by line shape alone, so
 * that the builder and the timeline read the same story.
 */

import type { Span } from './structure';

export interface Furniture {
  /** What is no part of the story: never read for names or dates. */
  readonly hidden: readonly Span[];
  /** Photo captions: they may name the story's people, but their dates are the picture's. */
  readonly captions: readonly Span[];
  /** The line that gives the publication date ("October 11, 2023 5:40 PM UTC", "Published: Sunday, 12 February 2023"). */
  readonly dateLine?: Span;
}

/** Lines a web page leaves behind: counters, share buttons, links to other stories and authors, a blog post's category line ("In Uncategorized on January 12, 2011 at 7:07 am"), a breadcrumb ("/ Front page / News"). */
const PAGE_LEFTOVERS =
  /^\s*\(?(?:[-–—•*]\s*)?(?:\d+\s+comments?|comments?|share(?: this(?: article| story)?)?|print|email|(?:read|find|see|get|watch) more\b.*|also read\b.*|\/\s*(?:\p{Lu}[\p{L}&' -]{0,24}?\s*\/\s*)*\p{Lu}[\p{L}&' -]{0,24}?|(?:\p{Lu}[\p{L}&' -]{0,24}?\s*\/\s*){2,}\p{Lu}[\p{L}&' -]{0,24}?|more (?:by|from) (?:this|the) (?:author|writer|reporter)\b.*|view all posts by\b.*|(?:in|posted in|filed under) [^\n.]{1,40}? on [^\n]{4,30}? at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|click on the headline\b.*|advertisement|\d+\s+min(?:ute)?s?\.?\s+read|our standards\s*:.*|related(?: articles| stories| news| coverage| content| topics)?\s*(?::.*)?|see also:.*|watch:.*|listen:.*|more:.*|follow us.*|sign up.*|subscribe.*|register (?:on|for|now|free|with|to) .*|to contact the (?:reporters?|editors?|authors?|writers?) .*|(?:\p{L}+ share icon\s*)+|(?:please )?enable javascript .*|click here.*|sources?\s*:.*|skip to (?:main )?content|(?:image|video|media) (?:source,|copyright).*|(?:skip|end of) (?:twitter|x|facebook|instagram|youtube|tiktok) (?:post|content)\b.*|allow (?:twitter|x|facebook|instagram|youtube|tiktok) content\?.*|loading (?:twitter|x|facebook|instagram|youtube|tiktok) content.*|view original (?:tweet|post) on \w+|.*\bis not responsible for the content of external (?:sites|websites)\b.*|full (?:report|story|coverage):.*|this story has been (?:corrected|updated).*|copyright .*|©.*|all rights reserved\.?|hide ad|(?:first )?published in [^\n,]{1,40}, [^\n]{0,30}\d{4}|(?:latest|recent|related|top) (?:stories|news|articles|headlines|posts)|.*(?:GMT|UTC) \d{1,2}:\d{2} \d{4} \p{L}+ ?, ?\d{1,2} \p{L}+|(?:most )?(?:popular|read|viewed)|short url|\p{L}+[-_]\d{6,}(?:\.(?:jpe?g|png|webp))?|change (?:text |font )?size|(?:log|sign) in(?: to)? (?:your|to) .*|please update your browser.*|your browser is out of date.*|this (?:report|story|article) by [^\n]{1,40} was first published\b.*|from \p{Lu}[\p{L}-]*, the free .*|.*\bpermission is granted to copy\b.*|.*\b(?:released|licensed|available) under (?:a |the )?creative commons\b.*)\s*$/iu;

/** A line that names the outlet alone, as a byline box does ("VOA News", "BBC News Staff", "Xinhua News Agency"); the outlet's own name first. */
const OUTLET_LINE =
  /^\s*((?:\p{Lu}[\p{L}.&'’-]*\s+){1,2}?)(?:News|Staff|Wire|Newsroom|Staff Writer|News Agency|News Service|Press)\s*$/u;

/** "As VOA’s Rosanne Skirble reports": the outlet a reporter files for, named to credit the report, not as part of the story. */
const REPORT_CREDIT =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.-]*['’]s)\s+(?:(?:correspondent|reporter)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:reports|reported|has more)\b/gu;

/** The credit closing a caption: "… on January 25, 2020. BULENT KILIC / AFP". */
const TRAILING_CREDIT =
  /(?:^|[.!?]["”’]?\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\/\s*(?:AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|Getty Images|GETTY IMAGES|Xinhua|XINHUA|Anadolu|ANADOLU|Bloomberg|Sputnik|SPUTNIK|Pool|POOL|File|FILE))\s*$/u;

/** A caption's credit in parts a bar divides, closing its line: "… in Nairobi. PHOTO | JANE ROE | DAILY LEDGER", "… Photo | File"; an agency's after a bar closing a paragraph ("… of the situation. |BGNES"). */
const PIPE_CREDIT =
  /(?:^|[.!?]["”’]?\s+)((?:(?:FILE )?(?:PHOTO|PICTURE|IMAGE|GRAPHIC|ILLUSTRATION|FILE)S?|(?:File )?(?:Photo|Picture|Image|Graphic|File)s?)\s*\|[^\n]{1,120}|[A-Z][A-Z .'’-]+(?:\s\|\s[A-Z][A-Z0-9 .&'’-]+)+|\|\s?[A-Z]{2,}[A-Z0-9&.-]*)\s*$/;

/** "Agencies/Dehradun", "News Desk / Lagos": a credit to unnamed wires or a desk before a town. */
const AGENCIES_BEFORE_TOWN = /^\s*(?:Agencies|Agency|Wires|News Desk|Web Desk)\s*\/\s*(?=\p{Lu})/u;

/** "EXCLUSIVE: …", "UPDATE: …": a kicker word in capitals before a colon, the outlet's label for the story. */
const KICKER_LABEL =
  /^\s*(?:EXCLUSIVE|UPDATE|UPDATED|BREAKING(?: NEWS)?|ANALYSIS|OPINION|EXPLAINER|FACTBOX|WATCH|LIVE|VIDEO|PHOTOS|REVIEW|EDITORIAL|CORRECTION|URGENT|FLASH|ALERT|INTERVIEW|FEATURE|COMMENTARY|PODCAST|COMMENT|BLOG|OBITUARY|RECAP)\s*:\s+/;

/** "SIR PETER WESTMACOTT, BRITISH AMBASSADOR TO THE US In the aftermath…": a lead-in in capitals opening a paragraph, a headline of its own. */
const CAPITALS_LEAD_IN = /^\s*((?:[\p{Lu}\d][\p{Lu}\d'’.&-]*,?\s+){3,})(?=\p{Lu}\p{Ll})/u;
/** What follows a dateline's city: a dash, or an agency in brackets and a dash, on the same line. */
const DATELINE_REST = /^[^\n]{0,60}?(?:\s[-–—]\s|\(\p{Lu}[\p{L}. &-]*\)\s*[-–—])/u;

/** A heading after which a page lists its sources or links, to the end ("Sources", "## Related news", "== Sources =="). */
const CLOSING_LISTS =
  /^\s*(?:#{1,6}\s*|={1,6}\s*)?(?:sources?|related news|see also|external links|references|further reading)\s*:?\s*=*\s*$/i;

/** A comment form's heading ("Leave a Reply", "3 thoughts on …"): after the story, the form runs to the end; above it, a link. */
const COMMENT_FORM =
  /^\s*(?:leave a (?:reply|comment)|post a comment|add a comment|\d+ (?:thoughts|responses|replies|comments) (?:on|to) .*)\s*:?\s*$/i;

/** Words a byline may hold besides names ("By Jane Doe and John Roe, Associated Press staff writer"). */
const BYLINE_WORDS = new Set([
  'and',
  'of',
  'the',
  'in',
  'for',
  'at',
  'with',
  'from',
  '|',
  '&',
  'staff',
  'writer',
  'writers',
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'editor',
  'bureau',
  'chief',
  'news',
  'senior',
  'special',
  'contributor',
  'de',
  'da',
  'van',
  'von',
  'der',
  'al',
  'el',
  'bin',
  'la',
  'le',
  'du',
  'y',
]);

/** "Reporting by …; Editing by …", "Additional reporting by …", "Compiled by …". */
const CONTRIBUTOR_LINE =
  /^[^\n]*\bcontributed to this (?:report|story|article)\b|^\s*\(?\s*(?:(?:additional |further )?reporting|writing|editing|compiled|produced|edited|written|translated|graphics?|contributing|contributors?)\b[^\n]*\bby\b|^\s*\(?\s*(?:contributing|contributors?)\s*:/i;

/** The same credit in brackets at the end of a paragraph ("… yen. (Reporting by Jane Roe; Editing by John Doe)"). */
const CONTRIBUTOR_BRACKET =
  /\(\s*(?:(?:additional |further )?reporting|writing|editing|compiled|produced|edited|written|translated)\b[^()\n]*\bby\b[^()\n]*\)/gi;

/** What a photo credit says ("AP Photo/Khalil Hamra", "Kremlin Pool Photo via AP", "Getty Images", "REUTERS/Leah Millis", "File"). */
const CREDIT_WORD =
  /\b(?:Photos?|PHOTOS?|Photograph|Photographer|Images?|IMAGES?|Pool|POOL|File|FILE|Getty|Shutterstock|AFP|EPA|Courtesy|Handout|Foto)\b|\bAP Photo|\bCredit:|\bvia\s+\p{Lu}|\b(?:Xinhua|Reuters|Anadolu|Sputnik|Bloomberg|TASS|Yonhap|Kyodo)\/\p{Lu}|^\p{Lu}[\p{L}.& ]{1,30}:\s+\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+)+$|\p{Lu}{2,}\/\p{Lu}|\/\s*(?:AP|AFP|Reuters|REUTERS|EPA|VOA|Getty)\b/u;

/** The wire agencies that credit copy and are cited as its source. */
const WIRE_AGENCY = String.raw`(?:AP|AFP|Reuters|REUTERS|UPI|dpa|DPA|Xinhua|EFE|ANSA|IANS|PTI|ANI|AAP|Bloomberg|Kyodo|Yonhap|TASS|Tass|Bernama|BERNAMA|Antara|ANTARA|NAN|KUNA|WAM|Lusa|LUSA)`;

/** An agency's name alone in brackets, wherever it is ("… returned from Mexico (AP)"): the wire credited, no part of the story. */
const AGENCY_BRACKET = new RegExp(String.raw`[([]${WIRE_AGENCY}[)\]]`, 'g');

/**
 * A wire agency cited as the story's source in its body ("told AFP", "according to Reuters",
 * "the Xinhua news agency", "an AFP journalist saw", "Reuters reported"): who reported, not
 * who is in the story. Its "said" is left alone: "Bloomberg said" may be a person.
 */
const SOURCE_AGENCY = new RegExp(
  String.raw`(?<=\b(?:told|to|according to|by|with|for)\s+(?:the\s+)?)${WIRE_AGENCY}(?![\p{L}\p{N}])(?!\s+(?:\p{Lu}|photo|/))|(?<![\p{L}\p{N}])${WIRE_AGENCY}(?=\s+(?:news agency|news service|journalists?|reporters?|correspondents?|photographers?|tally|count|reported|reports|cited|quoted|learned|understands)\b)`,
  'gu',
);

/** A share's ticker in brackets after a company ("(SCHW.N)", "(NYSE: XOM)"): a code, not a name. */
const TICKER_BRACKET =
  /\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|NSE|BSE|SGX|JSE|OTC|Euronext)\s*:\s*[\p{Lu}\d.]{1,8}|[\p{Lu}\d]{1,6}\.[\p{Lu}]{1,2})\)/gu;

/** Web addresses, hashtags, handles and a page's unfilled template fields ("pic.twitter.com/DMSo6y6V5X", "#RoadToRussia", "@AP", "{{1610635500000 | amCalendar}}"): no names. */
const WEB_TOKEN =
  /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+|(?<![\p{L}\p{N}&])[#@][\p{L}\p{N}_]+|\{\{[^{}\n]{0,80}\}\}/gu;

/** "… since 2011 [EPA]", "… in Cairo [Jane Roe/Reuters]": a picture's credit in square brackets closing a caption's line. */
const BRACKETED_CREDIT = /\[([A-Z][^[\]\n]{0,60})\]\s*$/;
const AGENCY_ALONE = new RegExp(String.raw`^${WIRE_AGENCY}$`);

/** "… after the win over Georgia Photosport": an agency glued to the last word of a caption that has no full stop. */
/** Agencies that credit news pictures. */
const PICTURE_AGENCY = String.raw`${WIRE_AGENCY}|EPA|Getty Images|GETTY IMAGES`;
const GLUED_AGENCY = new RegExp(
  String.raw`[a-z].* \S+ (${PICTURE_AGENCY}|Shutterstock|Alamy|Photo[a-z]+|PHOTO[A-Z]+)\s*$`,
);

/** A caption's closing credit with slashes ("REUTERS/Jim Young/File Photo", "Antara Foto/Nurul Ramadhan/ via REUTERS"), also glued to the caption's full stop, an agency's ("… on Tuesday.PAP/Jan Roe") or a photographer's before an agency ("… fell.Jan Roe/AP"). */
const SLASH_CREDIT = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+|(?<=\p{Ll}[.!?])(?=\p{Lu}{2,}\/|\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}\/${WIRE_AGENCY}\s*$))(\p{Lu}[^\n.!?/[]{0,40}\/[^\n]{0,80})$`,
  'u',
);

/**
 * A credit's label after a caption and what follows it to the end of the line ("… access. Photo: AFP / Chris McCALL"),
 * also glued to the caption's last word as some pages print it ("… on the EU stageImage: Jane Roe/Getty Images").
 */
const CREDIT_LABEL =
  /(?:(?<=[\p{L}\p{N}.!?)"”’]\s{1,3})|(?<=\p{Ll}))(?:\p{Lu}{2,5}\s)?(?:Photo|PHOTO|Picture|PICTURE|Pic|PIC|Image|IMAGE|Credit|CREDIT)S?s?\s*:\s*[^\n]{1,80}$/u;

/** The same credit inside a line, where the caption is printed twice and its second copy glued on ("Pic: SNS/Ross ParkerAberdeen's …"). */
const GLUED_CREDIT_LABEL =
  /(?<=[.!?]["”’]?\s{1,3})(?:Photo|Picture|Pic|Image|Credit)s?\s*:\s*[^\n.!?]{1,60}?\p{Ll}(?=\p{Lu}\p{Ll})/gu;

/** Inside a caption's line: a photographer in capitals after a label glued to a full stop ("… Johannesburg. Pic.JANE ROE.", "….PHOTO:JANE ROE"), or a copyright's holder ("© Daily Ledger."). */
const INLINE_CREDIT =
  /(?:(?<=[.!?]\s{0,3})(?:Pic|PIC|Photo|PHOTO)\.|(?<=[.!?])(?:Pic|PIC|Photo|PHOTO):)\s?\p{Lu}[\p{Lu}'’ -]*\p{Lu}(?=[.\s]|$)|©\s*[^\n.!?]{1,40}/gu;

/** Whether what stands before a slash credit's first slash is a caption's words ("… president Bernand Oundo/File photo"), not a name. */
function captionBeforeSlash(credit: string): boolean {
  const before = credit.slice(0, credit.indexOf('/'));
  return before.split(/\s+/).some((word) => /^\p{Ll}{3,}$/u.test(word) && word !== 'via');
}

/** "… president Bernand Oundo/File photo": a file picture's credit after a slash. */
const FILE_PHOTO_CREDIT = /\/\s*(?:File|FILE)(?:\s+(?:photo|Photo|PHOTO))?\s*$/u;

/** "in this photo taken by Antara Foto": who took the picture. */
const TAKEN_BY =
  /\b(?:photo|picture|image)s? (?:taken|provided|released) by (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/gu;

/** A bracket that credits a picture: "(AP Photo/Khalil Hamra)", "(Sergei Karpukhin, Sputnik, Kremlin Pool Photo via AP, File)". */
const CREDIT_BRACKET = /\(([^()\n]{1,200})\)/g;

/** A bracket's credit in lower case: "(Facebook photo/courtesy O/S Jane Roe)", "(photo courtesy of the ministry)". */
const LOWER_CASE_CREDIT = /\b(?:photo|courtesy)\b/;

/** A photographer's name in capitals in brackets closing a caption: "… and pensions (MARTIN BERNETTI)". */
const CAPITALS_NAME_BRACKET = /\((\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){1,3})\)\s*$/u;

/** A line that opens a caption: "FILE - …", "AP Photo,FILE - …", "FILE PHOTO: …", "Image: …", "Photo: …", "Caption: …", "Media captionSome…" (the label glued on). */
const CAPTION_OPENING =
  /^\s*(?:AP Photo,\s*)?(?:FILE(?: PHOTO)?|File(?: photo)?)\s*[-–—:]\s+|^\s*(?:Image|Photo|Picture|Caption)\s*:\s*|^\s*(?:Image|Media|Video) caption(?:,\s*|(?=\p{Lu}))/u;

/** "REUTERS - Caterpillar Inc reported …": an agency opening the story as its dateline, with no place. */
const AGENCY_LEAD_IN = new RegExp(String.raw`^[\s#>*]*(${WIRE_AGENCY})\s+[-–—]\s`);

/** "ANTAKYA, Turkey (AP) —", "HOUSTON, Oct 11 (Reuters) -", "Amman, Dec. 3 (Petra) --": the agency in a dateline (a town in title case only with a date or region after it), also after a source's bracket. */
const DATELINE_AGENCY =
  /^[\s#>*]*(?:\([^()\n]{2,60}\)\s*)?(?:\p{Lu}[\p{Lu} .'’-]*\p{Lu}(?:,[^\n()]{1,60})?|\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2},[^\n()]{1,60})\s(\([\p{Lu}][\p{L}. &-]{0,40}\))\s*[-–—]/u;

/** "(MENAFN- Jordan News Agency)": a syndicator in capitals and its source, in brackets, wherever the dateline puts them. */
const SYNDICATOR_BRACKET = /\(\p{Lu}{3,}[-–—]\s*[^()\n]{2,60}\)/gu;

/** "Local Journalism Initiative THUNDER BAY — …", "By Jane Roe The Canadian Press HALIFAX — …": a credit or a byline in title case glued before a dateline's town in capitals. */
const CREDIT_BEFORE_DATELINE =
  /^\s*((?:By\s+)?(?:\p{Lu}[\p{Ll}'’-]+ ){1,6})(?=\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*(?:,[^\n]{1,40})?\s+(?:--|[-–—])\s)/u;

/** "… outside the offices in Paris, France.AP": an agency's credit glued to a caption's full stop. */
const GLUED_STOP_AGENCY = new RegExp(String.raw`[\p{Ll}\p{N}][.!?](${PICTURE_AGENCY})\s*$`, 'u');

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;
/** A full date with its year, as a date line writes it. */
const DATE_WITH_YEAR = new RegExp(
  String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|\d{4}([-/])\d{2}\1\d{2})`,
  'i',
);
const PUBLISHED = /\bpublished\b/i;
/** What else a date line holds: weekdays, times, zones, "Updated", "Published", separators. */
const DATE_LINE_REST =
  /^(?:(?:updated|published|posted|last|modified):?|on|at|am|pm|a\.m\.|p\.m\.|[ap]m|utc|gmt|[a-z]{1,2}[sd]t|est|edt|cet|cest|bst|ist|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|\d{1,2}|[-–—|,:/•·()]+)$/i;

/**
 * "Syrian Crisis: After decades…": a headline run into the story's first sentence before a
 * colon, with the space after it; undefined when the text does not open so.
 */
export function openingKicker(text: string): Span | undefined {
  const lead = text.length - text.trimStart().length;
  const match = /^[^:\n]{3,60}:\s+/.exec(text.slice(lead));
  return match ? { start: lead, end: lead + match[0].length } : undefined;
}

/** Reads the furniture of `text` (line ends as written: LF, CRLF or CR). */
export function furnitureOf(text: string): Furniture {
  const hidden: Span[] = [];
  const captions: Span[] = [];
  let dateLine: Span | undefined;
  let lineIndex = 0;
  let afterHeadline = false;
  let bylineSeen = false;
  /** Whether the line before was a date line under a byline. */
  let bylineDate = false;
  for (const line of linesOf(text)) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') continue;
    lineIndex++;
    const opensStory = afterHeadline;
    afterHeadline = lineIndex === 1 && !/[.!?]["”’]?\s*$/.test(content);
    const afterBylineDate = bylineDate;
    bylineDate = false;
    // "By Jane Roe" / "Published: …" / "Ministry of Culture of Dravia" / "Former minister Jo Doe is…": a line of names
    // alone between a byline's date and a caption's sentence credits the picture, whatever it names.
    if (afterBylineDate && isNamesAlone(content) && /[.!?]["”’]?\s*$/.test(nextLineOf(text, line.end))) {
      hidden.push(line);
      continue;
    }
    // A section's name over the headline ("Africa", "Middle East"): one or two words alone on the first line.
    if (
      lineIndex === 1 &&
      /^\s*\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*)?\s*$/u.test(content) &&
      /\S/.test(text.slice(line.end, line.end + 200))
    ) {
      hidden.push(line);
      continue;
    }
    // "Live Updates | Turkey, Syria earthquake search intensifies": a section's name before a bar.
    const kicker = lineIndex === 1 ? /^\s*[^|\n]{1,30}?\s+\|\s+(?=\S)/.exec(content) : null;
    if (kicker) hidden.push({ start: line.start, end: line.start + kicker[0].length });
    if (CLOSING_LISTS.test(content) || (COMMENT_FORM.test(content) && line.start > text.length / 2)) {
      hidden.push({ start: line.start, end: text.length });
      break;
    }
    if (COMMENT_FORM.test(content)) hidden.push(line);
    const outlet = OUTLET_LINE.exec(content);
    if (outlet) {
      const name = outlet[1]!.trim() || content.trim();
      // What follows the closing byline box is the outlet's note about itself ("The Voice of America provides news…").
      const rest = text.slice(line.end);
      if (
        line.start > text.length / 2 &&
        rest.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '').length <= 2 &&
        rest.includes(name)
      ) {
        hidden.push({ start: line.start, end: text.length });
        break;
      }
    }
    if (lineIndex <= 4 && isByline(content)) bylineSeen = true;
    // A name alone under the headline ("Sabra Lane", "Xinhua News Agency"): the byline, without its "By".
    if (
      outlet ||
      (opensStory && isNameLine(content)) ||
      PAGE_LEFTOVERS.test(content) ||
      isByline(content) ||
      CONTRIBUTOR_LINE.test(content) ||
      isCreditLine(content) ||
      isAllCapitals(content)
    ) {
      // "Published in Dawn, July 12th, 2025", "This report … was first published Oct. 3, 2023.": the story's date.
      if (!dateLine && PUBLISHED.test(content) && DATE_WITH_YEAR.test(content)) dateLine = line;
      hidden.push(line);
      continue;
    }
    if (isDateLine(content)) {
      bylineDate = bylineSeen;
      if (!dateLine && lineIndex <= 12) dateLine = line;
      hidden.push(line);
      continue;
    }
    const agencyLeadIn = AGENCY_LEAD_IN.exec(content);
    if (agencyLeadIn) {
      const at = line.start + agencyLeadIn[0].indexOf(agencyLeadIn[1]!);
      hidden.push({ start: at, end: at + agencyLeadIn[1]!.length });
    }
    for (const source of content.matchAll(SYNDICATOR_BRACKET))
      hidden.push({ start: line.start + source.index, end: line.start + source.index + source[0].length });
    const creditBeforeDateline = CREDIT_BEFORE_DATELINE.exec(content);
    if (creditBeforeDateline) hidden.push({ start: line.start, end: line.start + creditBeforeDateline[0].length });
    const agency = DATELINE_AGENCY.exec(content);
    if (agency) {
      const at = line.start + agency.index + agency[0].indexOf(agency[1]!);
      hidden.push({ start: at, end: at + agency[1]!.length });
    }
    // "Agencies/Dehradun": the wire credited before the dateline's town.
    const agencies = AGENCIES_BEFORE_TOWN.exec(content);
    if (agencies) hidden.push({ start: line.start, end: line.start + agencies[0].length });
    const label = KICKER_LABEL.exec(content);
    if (label) hidden.push({ start: line.start, end: line.start + label[0].length });
    const leadIn = CAPITALS_LEAD_IN.exec(content);
    if (
      leadIn &&
      leadIn[1]!.replace(/[^\p{L}]/gu, '').length >= 12 &&
      !DATELINE_REST.test(content.slice(leadIn[0].length))
    ) {
      hidden.push({ start: line.start, end: line.start + leadIn[0].length });
    }
    const opening = CAPTION_OPENING.exec(content);
    let caption = false;
    if (opening) {
      hidden.push({ start: line.start, end: line.start + opening[0].length });
      caption = true;
    }
    const datelineAgencyAt = agency ? agency.index + agency[0].indexOf(agency[1]!) : -1;
    for (const bracket of content.matchAll(CREDIT_BRACKET)) {
      // "HARWICK, March 4 (AFP) -": the agency of a dateline credits the story, not a picture.
      if (bracket.index === datelineAgencyAt || !(CREDIT_WORD.test(bracket[1]!) || LOWER_CASE_CREDIT.test(bracket[1]!)))
        continue;
      hidden.push({ start: line.start + bracket.index!, end: line.start + bracket.index! + bracket[0].length });
      caption = true;
    }
    const photographer = CAPITALS_NAME_BRACKET.exec(content);
    if (photographer) {
      hidden.push({
        start: line.start + photographer.index,
        end: line.start + photographer.index + photographer[0].length,
      });
      caption = true;
    }
    for (const bracket of content.matchAll(AGENCY_BRACKET)) {
      if (bracket.index !== datelineAgencyAt)
        hidden.push({ start: line.start + bracket.index!, end: line.start + bracket.index! + bracket[0].length });
    }
    for (const source of content.matchAll(SOURCE_AGENCY))
      hidden.push({ start: line.start + source.index!, end: line.start + source.index! + source[0].length });
    for (const report of content.matchAll(REPORT_CREDIT))
      hidden.push({ start: line.start + report.index!, end: line.start + report.index! + report[1]!.length });
    for (const found of [
      ...content.matchAll(TICKER_BRACKET),
      ...content.matchAll(WEB_TOKEN),
      ...content.matchAll(CONTRIBUTOR_BRACKET),
    ])
      hidden.push({ start: line.start + found.index!, end: line.start + found.index! + found[0].length });
    for (const taker of content.matchAll(TAKEN_BY)) {
      const at = line.start + taker.index! + taker[0].indexOf(taker[1]!);
      hidden.push({ start: at, end: at + taker[1]!.length });
      caption = true;
    }
    for (const glued of [...content.matchAll(GLUED_CREDIT_LABEL), ...content.matchAll(INLINE_CREDIT)]) {
      hidden.push({ start: line.start + glued.index, end: line.start + glued.index + glued[0].length });
      caption = true;
    }
    const credit =
      TRAILING_CREDIT.exec(content) ??
      PIPE_CREDIT.exec(content) ??
      ((slash) => (slash && CREDIT_WORD.test(slash[1]!) && !captionBeforeSlash(slash[1]!) ? slash : null))(
        SLASH_CREDIT.exec(content),
      ) ??
      CREDIT_LABEL.exec(content) ??
      FILE_PHOTO_CREDIT.exec(content);
    if (credit) {
      hidden.push({ start: line.start + credit.index + credit[0].indexOf(credit[1] ?? credit[0]), end: line.end });
      caption = true;
    }
    const bracketed = credit ? null : BRACKETED_CREDIT.exec(content);
    if (
      bracketed &&
      (!/[a-z]/.test(bracketed[1]!) ||
        bracketed[1]!.includes('/') ||
        AGENCY_ALONE.test(bracketed[1]!) ||
        CREDIT_WORD.test(bracketed[1]!))
    ) {
      // (An agency alone in brackets is hidden already, wherever it stands.)
      if (!AGENCY_ALONE.test(bracketed[1]!)) hidden.push({ start: line.start + bracketed.index, end: line.end });
      caption = true;
    }
    const glued =
      (credit || /[.!?:;,"”’)\]]\s*$/.test(content) ? null : GLUED_AGENCY.exec(content)) ??
      GLUED_STOP_AGENCY.exec(content);
    if (glued) {
      hidden.push({ start: line.end - (content.length - content.lastIndexOf(glued[1]!)), end: line.end });
      caption = true;
    }
    if (caption) captions.push(line);
  }
  hidden.push(...reporterLines(text));
  hidden.push(...closingCredits(text).filter((credit) => !hidden.some((span) => span.start === credit.start)));
  hidden.push(...mastheadMentions(text));
  hidden.sort((a, b) => a.start - b.start);
  return { hidden, captions, ...(dateLine ? { dateLine } : {}) };
}

/** A presenter's sign-on ("I'm Jane Roe and this is Radio Ketu.") or a digest's opening ("Today on Radio Ketu :"): the outlet's own name. */
const MASTHEAD =
  /\bI['’]m [A-Z][^.!?\n]{0,40}? and this is ([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})(?=[.!,])|^\s*Today on ([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})\s*:/m;

/** Every mention of the outlet a text names as its own in a sign-on: the masthead, no part of the story. */
function mastheadMentions(text: string): Span[] {
  const found = MASTHEAD.exec(text);
  const name = found?.[1] ?? found?.[2];
  if (!name) return [];
  const spans: Span[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!/\w/.test(text[at + name.length] ?? '')) spans.push({ start: at, end: at + name.length });
  }
  return spans;
}

/** A short line of capitalised words and nothing else ("Sabra Lane"): under a headline, a byline. */
function isNameLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || BYLINE_WORDS.has(word.toLowerCase()))
  );
}

/** The text with `spans` (in order of their starts; they may overlap) blanked out, line breaks kept, so that every offset still points where it did. */
export function blankOut(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(at, span.start);
    out += text.slice(at, start) + text.slice(start, span.end).replace(/[^\r\n]/g, ' ');
    at = span.end;
  }
  return out + text.slice(at);
}

/** The story alone: the text without its furniture and, where `withoutCaptions`, without captions. */
export function storyText(text: string, furniture: Furniture = furnitureOf(text), withoutCaptions = false): string {
  return blankOut(
    text,
    withoutCaptions ? [...furniture.hidden, ...furniture.captions].sort((a, b) => a.start - b.start) : furniture.hidden,
  );
}

/** What a reporter's line in a byline box ends with ("RNZ Pacific Senior Journalist", "Presenter/Producer"). */
const REPORTER_JOB =
  /(?:^|[\s/])(?:Journalist|Reporter|Correspondent|Editor|Presenter|Producer|Writer|Columnist|Photographer|Anchor|Host)s?$/;
/** A reporter's job and outlet on the line under the name ("Journalist @New Vision", "Senior Reporter at The Star"). */
const JOB_AT_OUTLET =
  /^(?:\p{Lu}\p{L}+ )?(?:Journalist|Reporter|Correspondent|Editor|Writer|Columnist)s?\s*(?:@\s*|at\s+)\p{Lu}[^\n]{0,40}$/u;
/** How many lines from the top a byline box may reach. */
const BYLINE_BOX_LINES = 10;

/**
 * A byline box at the top, a reporter a line: "Jane Roe, Daily Ledger Senior Journalist", or
 * the job on a line of its own after "Jane Roe, Daily Ledger"; a layout may break the name
 * itself over two lines ("Jane" / "Roe, Daily Ledger …"), and the one word before is then its
 * given name. Who reported the story, not who is in it.
 */
function reporterLines(text: string): Span[] {
  const lines = [...linesOf(text)]
    .filter((line) => text.slice(line.start, line.end).trim() !== '')
    .slice(0, BYLINE_BOX_LINES);
  const contents = lines.map((line) => text.slice(line.start, line.end).trim());
  const capitalisedWords = (content: string, most: number) => {
    const words = content.split(/[\s/]+/);
    return words.length <= most && words.every((word) => /^\p{Lu}[\p{L}.'’&-]*$/u.test(word));
  };
  const jobLine = (i: number) =>
    contents[i] !== undefined && REPORTER_JOB.test(contents[i]!) && capitalisedWords(contents[i]!, 8);
  const found: Span[] = [];
  contents.forEach((content, i) => {
    // "Farooq Kasule" / "Journalist @New Vision": a name alone, then the job and the outlet.
    if (
      /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u.test(content) &&
      (jobLine(i + 1) || JOB_AT_OUTLET.test(contents[i + 1] ?? ''))
    ) {
      found.push(lines[i]!, lines[i + 1]!);
      return;
    }
    const reporter = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, (.+)$/u.exec(content);
    if (!reporter || !capitalisedWords(reporter[1]!, 8)) return;
    const jobAfter = !REPORTER_JOB.test(reporter[1]!) && jobLine(i + 1);
    if (!REPORTER_JOB.test(reporter[1]!) && !jobAfter) return;
    if (i > 0 && /^\p{Lu}[\p{L}'’-]+$/u.test(contents[i - 1]!)) found.push(lines[i - 1]!);
    found.push(lines[i]!);
    if (jobAfter) found.push(lines[i + 1]!);
  });
  return found;
}

/** Short lines of names after the story's last sentence ("Mohammed Yusuf", "VOA News"): who reported it, not who is in it. */
function closingCredits(text: string): Span[] {
  const lines = [...linesOf(text)].filter((line) => text.slice(line.start, line.end).trim() !== '');
  const credits: Span[] = [];
  for (let i = lines.length - 1; i > 0; i--) {
    const content = text.slice(lines[i]!.start, lines[i]!.end).trim();
    const words = content.split(/\s+/);
    if (
      words.length < 2 ||
      words.length > 5 ||
      !words.every((word) => /^\p{Lu}[\p{L}.'’-]*$/u.test(word) || word === 'and' || word === '&')
    )
      break;
    credits.push(lines[i]!);
  }
  return credits;
}

function* linesOf(text: string): Generator<Span> {
  const lineEnd = /\r\n?|\n/g;
  let start = 0;
  for (const match of text.matchAll(lineEnd)) {
    yield { start, end: match.index! };
    start = match.index! + match[0].length;
  }
  yield { start, end: text.length };
}

/** "By Jane Doe | Reuters", "By SUZAN FRASER and ZEYNEP BILGINSOY Associated Press": names and byline words only. */
function isByline(line: string): boolean {
  const match = /^\s*(?:By|BY)\s+(\S[^\n]*)$/.exec(line);
  if (!match) return false;
  const words = match[1]!.replace(/[,;:]/g, ' ').split(/\s+/).filter(Boolean);
  return (
    words.length <= 14 &&
    /[.!?]["”’]?$/.test(match[1]!.trim()) === false &&
    words.every(
      (word) => /^[\p{Lu}(]/u.test(word) || BYLINE_WORDS.has(word.toLowerCase()) || /^[\p{Lu}\p{Ll}.'’-]+@/u.test(word),
    )
  );
}

/** A short line that only credits a picture ("Kremlin Pool Photo via AP", "Getty Images", "File"). */
function isCreditLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  const endsSentence = /[.!?]["”’]?$/.test(line.trim()) && !/\b\p{Lu}\.$/u.test(line.trim());
  if (words.length > 10 || endsSentence) return false;
  return (
    CREDIT_WORD.test(line) &&
    words.every((word) => /^[\p{Lu}\d(/©]/u.test(word) || /^(?:via|and|for|by|of|\/)$/i.test(word))
  );
}

/** A short line of capitalised words and the particles inside names ("of", "de", "del"), with no sentence's stop. */
function isNamesAlone(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return (
    words.length <= 10 &&
    !/[.!?:]["”’]?$/.test(line.trim()) &&
    words.every((word) => /^\p{Lu}/u.test(word) || /^\p{Ll}{1,3}$/u.test(word))
  );
}

/** The next line after `from` that is not empty, trimmed. */
function nextLineOf(text: string, from: number): string {
  return /^\s*([^\r\n]*)/.exec(text.slice(from))![1]!.trim();
}

/** A line in capitals throughout ("TURKEY QUAKE DEATH TOLL TOPS 28,000"): a headline or kicker, whose words say nothing of case. */
function isAllCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && !/\p{Ll}/u.test(letters) && /\p{L}{2,}\s+\p{L}{2,}/u.test(line);
}

/** A line that gives a date and nothing else of substance ("Updated 3:12 PM EST, Sun February 12, 2023"). */
function isDateLine(line: string): boolean {
  if (line.length > 100) return false;
  const date = DATE_WITH_YEAR.exec(line);
  if (!date) return false;
  // "Xinhua, March 23, 2016": an outlet's name may open it.
  const before = line.slice(0, date.index).replace(/^\s*\p{Lu}[\p{L}.&'’ -]{0,30},\s*$/u, '');
  const rest = (before + ' ' + line.slice(date.index + date[0].length)).split(/[\s,]+/).filter(Boolean);
  return rest.every((word) => DATE_LINE_REST.test(word));
}

/** Lines of hard-wrapped copy are at most this long; longer lines are paragraphs of their own. */
const MAX_WRAP_WIDTH = 100;

/**
 * Wire copy wrapped at a fixed width ("…approved the choice, the\ncentral bank said…"),
 * read as its paragraphs: a line break inside a paragraph becomes a space (same length, so
 * every offset still points where it did). A text is hard-wrapped when its lines are short
 * and many of them near the longest; a break is a wrap when its line reaches past half that
 * width and the next line goes on with the sentence (the line ends none, or the next begins
 * in lower case). Headlines, datelines, captions and list items, lines of their own, stay.
 */
export function unwrapped(text: string): string {
  const lines = [...linesOf(text)];
  const lengths = lines.map((line) => line.end - line.start).filter((length) => length > 0);
  const width = Math.max(0, ...lengths);
  if (width === 0 || width > MAX_WRAP_WIDTH) return text;
  const nearWidth = lengths.filter((length) => length >= width * 0.75).length;
  if (nearWidth < 3 || nearWidth < lengths.length * 0.4) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = text.slice(lines[i]!.start, lines[i]!.end).trimEnd();
    const next = text.slice(lines[i + 1]!.start, lines[i + 1]!.end);
    const first = next.charAt(0);
    const startsLowerCase = first !== first.toUpperCase();
    const wraps =
      line.length >= width / 2 &&
      lines[i + 1]!.start === lines[i]!.end + 1 &&
      !LIST_OR_HEADING.test(line) &&
      !LIST_OR_HEADING.test(next) &&
      /^["“'‘(]?[A-Za-z0-9$£€]/.test(next) &&
      (startsLowerCase || !SENTENCE_END.test(line));
    if (!wraps) continue;
    out += `${text.slice(at, lines[i]!.end)} `;
    at = lines[i]!.end + 1;
  }
  return out + text.slice(at);
}

/** A line a list marker or a Markdown heading opens: a line of its own, whatever its length. */
const LIST_OR_HEADING = /^\s*(?:[-*•#>|]|\d+[.)]\s)/;
/** A line that ends a sentence: a stop, a question or an exclamation, maybe inside a quotation or brackets. */
const SENTENCE_END = /[.!?:;]["”'’)]*$/;
