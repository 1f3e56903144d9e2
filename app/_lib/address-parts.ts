/** An address cut after each `.`, `/`, `@`, `?`, `&` or `=`: the places a long one may wrap (`//` stays whole). */
export function addressParts(text: string): string[] {
  return text.split(/(?<=[.@?&=]|\/(?!\/))/).filter(Boolean);
}
