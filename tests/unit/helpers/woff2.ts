import { brotliDecompressSync } from 'node:zlib';

// WOFF2's table directory names common tables by their index in this list (WOFF2 spec, 5.1).
const knownTags = ('cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH ' +
  'PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc ' +
  'feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill').match(/.{4}(?: |$)/g)!.map((tag) => tag.slice(0, 4));

/** A WOFF2 font's tables as stored (glyf and loca stay transformed; the others are as in TrueType). */
export function woff2Tables(font: Buffer): Map<string, Buffer> {
  if (font.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font');
  let offset = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = font[offset++];
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    return value;
  };
  const directory: { tag: string; length: number }[] = [];
  for (let i = 0; i < font.readUInt16BE(12); i++) {
    const flags = font[offset++];
    let tag = knownTags[flags & 63];
    if ((flags & 63) === 63) {
      tag = font.toString('latin1', offset, offset + 4);
      offset += 4;
    }
    let length = base128();
    const transformed = tag === 'glyf' || tag === 'loca' ? flags >> 6 === 0 : flags >> 6 !== 0;
    if (transformed) length = base128();
    directory.push({ tag, length });
  }
  const data = brotliDecompressSync(font.subarray(offset, offset + font.readUInt32BE(20)));
  const tables = new Map<string, Buffer>();
  let at = 0;
  for (const { tag, length } of directory) {
    tables.set(tag, data.subarray(at, at + length));
    at += length;
  }
  return tables;
}
