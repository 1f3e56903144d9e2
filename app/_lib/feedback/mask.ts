const email = /[^\s@<>()[\];:,"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Seven or more digits, allowing the spaces, dots, dashes, brackets and leading + that people type in numbers.
const phone = /\+?\(?\d[\d\s().-]{5,}\d/g;

/** A comment with anything that looks like an email address or a phone number replaced before it is stored. */
export function maskPersonalDetails(text: string): string {
  return text.replace(email, '[email]').replace(phone, (match) => (match.replace(/\D/g, '').length >= 7 ? '[phone]' : match));
}
