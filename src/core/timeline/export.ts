import type { EntityIndex } from '../dictionary/entityIndex';
import type { Timeline, TimelineEvent } from './events';

function names(index: EntityIndex, event: TimelineEvent): string[] {
  return event.entities.map((id) => index.get(id)?.name ?? id);
}

function when(event: TimelineEvent): string {
  const { date, end, qualifier } = event.resolution!;
  return [date, end ? `to ${end}` : '', qualifier ? `(${qualifier})` : ''].filter(Boolean).join(' ');
}

/** A Markdown table of the dated events, then the undated ones. */
export function timelineToMarkdown(timeline: Timeline, index: EntityIndex, title: string): string {
  const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  const lines = [
    `# Timeline: ${cell(title)}`,
    '',
    `Told from ${timeline.anchor}.`,
    '',
    '| When | What | Who |',
    '| --- | --- | --- |',
  ];
  for (const event of timeline.events)
    lines.push(`| ${cell(when(event))} | ${cell(event.text)} | ${cell(names(index, event).join(', '))} |`);
  if (timeline.undated.length > 0) {
    lines.push('', '## Without a date', '');
    for (const event of timeline.undated)
      lines.push(
        `- ${cell(event.expression.duration ? `${event.expression.text} (${event.expression.duration})` : event.expression.text)}: ${cell(event.text)}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** CSV (RFC 4180) with one row per dated event. */
export function timelineToCsv(timeline: Timeline, index: EntityIndex): string {
  const field = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const rows = [['date', 'end', 'precision', 'qualifier', 'when_written', 'sentence', 'entities']];
  for (const event of timeline.events) {
    const { date, end, precision, qualifier } = event.resolution!;
    rows.push([
      date,
      end ?? '',
      precision,
      qualifier ?? '',
      event.expression.text,
      event.text,
      names(index, event).join('; '),
    ]);
  }
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The TimelineJS3 JSON format: start dates split into parts, headline and text per event. */
export function timelineToTimelineJs(timeline: Timeline, index: EntityIndex, title: string): object {
  const parts = (iso: string) => {
    const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso)!;
    const date: Record<string, string> = { year: match[1]! };
    if (match[2]) date.month = String(Number(match[2]));
    if (match[3]) date.day = String(Number(match[3]));
    if (match[4]) date.hour = String(Number(match[4]));
    if (match[5]) date.minute = String(Number(match[5]));
    return date;
  };
  return {
    title: { text: { headline: title, text: `Told from ${timeline.anchor}` } },
    events: timeline.events.map((event) => ({
      start_date: parts(event.resolution!.date),
      ...(event.resolution!.end ? { end_date: parts(event.resolution!.end) } : {}),
      text: { headline: event.expression.text, text: event.text },
      ...(event.entities.length > 0 ? { group: names(index, event)[0] } : {}),
    })),
  };
}
