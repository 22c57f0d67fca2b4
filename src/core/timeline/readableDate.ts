const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sat 7 Dec 2024, 22:30", "late Nov 2024", "2023": an ISO prefix as a reader says it. */
export function readableDate(date: string, qualifier?: string, end?: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  const time = date.length > 10 ? `, ${date.slice(11)}` : '';
  let text: string;
  if (day !== undefined && month !== undefined) {
    const weekday = new Date(Date.UTC(year!, month - 1, day)).getUTCDay();
    text = `${WEEKDAY_NAMES[weekday]} ${day} ${MONTH_NAMES[month - 1]} ${year}${time}`;
  } else if (month !== undefined) text = `${MONTH_NAMES[month - 1]} ${year}`;
  else text = String(year);
  if (end) text += ` – ${readableDate(end)}`;
  return qualifier && !/^[A-Z]{2,5}$|local time/.test(qualifier) ? `${text} (${qualifier})` : text;
}
